from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from claims.transcripts import timecode
from factcheck.audit import AppendOnly
from factcheck.limits import URL_MAX_LENGTH

TRANSCRIPT_KINDS = [("srt", "SubRip (.srt)"), ("vtt", "WebVTT (.vtt)"), ("turns", _("Text with speaker turns"))]


class Document(models.Model):
    class ExtractionState(models.TextChoices):
        PENDING = "pending", _("Pending")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    url = models.URLField(_("URL"), max_length=URL_MAX_LENGTH, blank=True)
    byline = models.CharField(_("byline"), max_length=300, blank=True)
    # The outlet as the person who submitted it named it; `publisher` is the registered Source, when known.
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    publisher = models.ForeignKey(
        "sources.Source", verbose_name=_("publisher"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # SHA-256 of the text: the same text submitted twice is one document. Empty
    # until a URL document has been fetched, hence nullable.
    content_hash = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    # claims.addresses.url_key of the address a document was submitted by: the same page submitted
    # twice, even at the same moment, is one document. Empty for pasted texts and files.
    url_key = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    # An uploaded file, kept as sent: a worker reads it (claims.readers) when it extracts the document,
    # so a file that is slow to read holds a worker under its time limit, never a web process.
    upload = models.FileField(upload_to="uploads/%Y/%m/", blank=True, editable=False)
    upload_name = models.CharField(max_length=255, blank=True, editable=False)
    # SHA-256 of the uploaded bytes: the same file uploaded twice, even at the same moment, is one document.
    upload_key = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    extraction_state = models.CharField(
        _("extraction"), max_length=10, choices=ExtractionState.choices, default=ExtractionState.PENDING
    )
    extraction_error = models.TextField(_("extraction error"), blank=True)
    extraction_started_at = models.DateTimeField(null=True, blank=True)
    # The task that holds the running lock: the same task delivered again (its worker died
    # before acknowledging it) takes the lock over at once instead of waiting for it to go stale.
    extraction_task_id = models.CharField(max_length=64, blank=True, editable=False)
    # Runs that took the lock and never ended (their worker was killed: out of time or memory).
    # Back to 0 whenever a run ends; past claims.services.MAX_UNFINISHED_RUNS the document fails.
    unfinished_runs = models.PositiveSmallIntegerField(default=0, editable=False)
    # Set for a transcript (subtitles or speaker turns): its text is one turn per paragraph, and its Turn rows
    # say who spoke each one and when.
    transcript = models.CharField(_("transcript"), max_length=5, choices=TRANSCRIPT_KINDS, blank=True, editable=False)
    # When extraction was last handed to the broker; null when that failed (broker down), so the
    # sweep re-sends only documents never queued, not those waiting their turn in the queue.
    queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["extraction_state", "updated_at"], name="document_extraction_idx")]

    def __str__(self):
        return self.title or self.url or f"Document {self.pk}"


class Claim(models.Model):
    class Status(models.TextChoices):
        UNVERIFIED = "unverified", _("Unverified")
        SOURCED = "sourced", _("Sourced")
        CORROBORATED = "corroborated", _("Corroborated")
        DISPUTED = "disputed", _("Disputed")

    class Priority(models.TextChoices):
        NORMAL = "normal", _("Normal")
        URGENT = "urgent", _("Urgent")

    document = models.ForeignKey(Document, on_delete=models.PROTECT, related_name="claims")
    text = models.TextField(_("text"))
    start = models.PositiveIntegerField(help_text=_("Character offset of the claim in its document's text."))
    end = models.PositiveIntegerField()
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    # When it was said, in milliseconds from the start of its transcript's recording (None elsewhere).
    said_at_ms = models.PositiveIntegerField(_("said at"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    score = models.FloatField(_("check-worthiness"), default=0.0)
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.UNVERIFIED)
    # Bumped by every change that another person's pending action must not overwrite.
    version = models.PositiveIntegerField(default=1)
    priority = models.CharField(_("priority"), max_length=6, choices=Priority.choices, default=Priority.NORMAL)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_claims",
    )
    due_at = models.DateTimeField(_("due"), null=True, blank=True)
    # Set when the claim leaves the queues (its verdict approved); cleared on reopen.
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["document", "start", "end"], name="claim_unique_span"),
            models.CheckConstraint(condition=Q(start__lte=models.F("end")), name="claim_span_ordered"),
            models.CheckConstraint(condition=Q(score__gte=0) & Q(score__lte=1), name="claim_score_range"),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"], name="claim_status_age_idx"),
            models.Index(fields=["assignee", "status"], name="claim_assignee_status_idx"),
            models.Index(
                fields=["priority", "created_at"],
                condition=Q(assignee__isnull=True, closed_at__isnull=True),
                name="claim_unassigned_queue_idx",
            ),
            # "Take next": within a priority, the most check-worthy first, then the oldest.
            models.Index(
                "priority",
                models.F("score").desc(),
                "created_at",
                "id",
                condition=Q(assignee__isnull=True, closed_at__isnull=True),
                name="claim_unassigned_take_next_idx",
            ),
            # "My queue": a reviewer's open claims in queue order, counted and paged from the index alone.
            models.Index(
                fields=["assignee", "due_at", "created_at", "id"],
                condition=Q(closed_at__isnull=True),
                name="claim_open_by_assignee_idx",
            ),
        ]
        permissions = [
            ("assign_claim", "Can assign claims to reviewers"),
            ("reopen_claim", "Can reopen claims"),
            ("move_any_claim", "Can move any claim's status"),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def timecode(self) -> str:
        return timecode(self.said_at_ms)


class Candidate(models.Model):
    """A scored sentence below the claim threshold, kept so it can be promoted."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="candidates")
    text = models.TextField()
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    speaker = models.CharField(max_length=200, blank=True)
    said_at_ms = models.PositiveIntegerField(null=True, blank=True)
    score = models.FloatField(default=0.0)
    reasons = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["document", "start"]
        constraints = [models.UniqueConstraint(fields=["document", "start", "end"], name="candidate_unique_span")]

    def __str__(self):
        return self.text[:80]


class Turn(models.Model):
    """One speaker's turn in a transcript document: who spoke, where the speech lies in the document's text,
    and when it was said (subtitles only)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="turns")
    position = models.PositiveIntegerField()
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    starts_at_ms = models.PositiveIntegerField(null=True, blank=True)
    ends_at_ms = models.PositiveIntegerField(null=True, blank=True)
    # [offset in the document's text, time in ms] where each of its cues begins: a sentence's time is its cue's.
    cue_starts = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["document", "position"]
        constraints = [models.UniqueConstraint(fields=["document", "position"], name="turn_unique_position")]

    def __str__(self):
        return f"{self.speaker or '?'} ({self.start}–{self.end})"

    @property
    def timecode(self) -> str:
        return timecode(self.starts_at_ms)


class ClaimEvent(AppendOnly, models.Model):
    class Kind(models.TextChoices):
        CREATED = "created", _("Created")
        STATUS = "status", _("Status changed")
        ASSIGNED = "assigned", _("Assigned")
        RELEASED = "released", _("Released")
        EVIDENCE_ADDED = "evidence_added", _("Evidence added")
        EVIDENCE_REMOVED = "evidence_removed", _("Evidence removed")
        VERDICT_DRAFTED = "verdict_drafted", _("Verdict drafted")
        VERDICT_SUBMITTED = "verdict_submitted", _("Verdict submitted")
        VERDICT_APPROVED = "verdict_approved", _("Verdict approved")
        VERDICT_REJECTED = "verdict_rejected", _("Verdict rejected")
        PUBLISHED = "published", _("Published")
        WITHDRAWN = "withdrawn", _("Publication withdrawn")
        CORRECTED = "corrected", _("Correction published")
        LINKED = "linked", _("Linked to an earlier fact-check")
        DISMISSED = "dismissed", _("Match dismissed")
        EVIDENCE_SOURCE_CHANGED = "evidence_source", _("Evidence source changed")
        OVERDUE = "overdue", _("Overdue")
        EVIDENCE_PUBLIC = "evidence_public", _("Evidence file shown or hidden on the public fact-check")
        VERDICT_RETURNED = "verdict_returned", _("Verdict returned to its author by a reopen")
        UNDER_REVIEW = "under_review", _("Public fact-check marked under review")
        PRIORITY = "priority", _("Priority changed")
        TAGS = "tags", _("Tags changed")
        CHECKLIST = "checklist", _("Checklist step ticked or unticked")

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    from_status = models.CharField(max_length=12, choices=Claim.Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Claim.Status.choices, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()} on claim {self.claim_id}"
