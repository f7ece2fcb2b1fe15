from django.conf import settings
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _

from factcheck.limits import URL_MAX_LENGTH


class Evidence(models.Model):
    class Kind(models.TextChoices):
        URL = "url", _("Web page")
        FILE = "file", _("File")
        QUOTE = "quote", _("Quote")

    class Stance(models.TextChoices):
        SUPPORTS = "supports", _("Supports")
        CONTRADICTS = "contradicts", _("Contradicts")
        CONTEXT = "context", _("Context")

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="evidence")
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices)
    url = models.URLField(_("URL"), max_length=URL_MAX_LENGTH, blank=True)
    file = models.FileField(_("file"), upload_to="evidence/%Y/%m/", blank=True)
    sha256 = models.CharField(max_length=64, blank=True, editable=False)
    # Recognised from the file's bytes when it was uploaded, never from its name.
    content_type = models.CharField(_("content type"), max_length=100, blank=True, editable=False)
    excerpt = models.TextField(_("excerpt"), blank=True)
    note = models.TextField(_("note"), blank=True)
    source = models.ForeignKey(
        "sources.Source",
        verbose_name=_("source"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="evidence",
    )
    stance = models.CharField(_("stance"), max_length=12, choices=Stance.choices)
    public = models.BooleanField(
        _("public"),
        default=False,
        help_text=_("An uploaded file shown on the published fact-check; web pages and quotes are public by nature."),
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # The URL's host as the registry matches it (sources.selectors.domain_of: IDNA-encoded, no
    # "www."), "" without one; kept by save() so the database can group the domains no source covers.
    domain = models.CharField(_("domain"), max_length=253, blank=True, default="", editable=False)

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name_plural = "evidence"
        indexes = [
            # Serves reviews.selectors.unmatched_domains (GROUP BY domain, distinct claims) and only
            # holds the web evidence still waiting for a source, so it shrinks as the registry grows.
            models.Index(
                fields=["domain", "claim"],
                condition=Q(source__isnull=True, kind="url"),
                name="evidence_unmatched_domain",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["claim", "sha256"], condition=~Q(sha256=""), name="evidence_file_once_per_claim"
            ),
            models.CheckConstraint(
                condition=(Q(kind="url") & ~Q(url=""))
                | (Q(kind="file") & ~Q(file=""))
                | (Q(kind="quote") & ~Q(excerpt="")),
                name="evidence_has_content",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.get_stance_display()}) for claim {self.claim_id}"

    def save(self, *args, **kwargs):
        # Every write that goes through the model (services, the admin's change form, factories)
        # keeps `domain` in step with `url`; bulk_create and update() must set it themselves.
        from sources.selectors import domain_of

        self.domain = domain_of(self.url)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "url" in update_fields:
            kwargs["update_fields"] = {*update_fields, "domain"}
        super().save(*args, **kwargs)


class ArchivedPage(models.Model):
    """A copy of a URL evidence's page as it was when archived, so the evidence outlives the page."""

    class State(models.TextChoices):
        PENDING = "pending", _("Pending")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    evidence = models.OneToOneField(Evidence, on_delete=models.CASCADE, related_name="archive")
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.PENDING)
    error = models.TextField(_("error"), blank=True)
    attempts = models.PositiveIntegerField(default=0)
    final_url = models.URLField(_("final URL"), max_length=URL_MAX_LENGTH, blank=True)
    status = models.PositiveSmallIntegerField(_("HTTP status"), null=True, blank=True)
    content_type = models.CharField(_("content type"), max_length=200, blank=True)
    sha256 = models.CharField(max_length=64, blank=True)
    body = models.FileField(_("page as fetched"), upload_to="archives/%Y/%m/", blank=True)
    title = models.CharField(_("title"), max_length=500, blank=True)
    text = models.TextField(_("text"), blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("fetched"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Archive of evidence {self.evidence_id} ({self.state})"


class Assignment(models.Model):
    """Who was given which claim, by whom, until when; the claim holds the current one."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments")
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    assigned_at = models.DateTimeField(auto_now_add=True)
    due_at = models.DateTimeField(null=True, blank=True)
    released_at = models.DateTimeField(null=True, blank=True)
    completed_at = models.DateTimeField(null=True, blank=True)
    # Set once by the overdue sweep; its conditional update is what makes the notice go out once.
    overdue_notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-assigned_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["claim"],
                condition=Q(released_at__isnull=True, completed_at__isnull=True),
                name="one_open_assignment_per_claim",
            ),
        ]

    def __str__(self):
        return f"Claim {self.claim_id} → {self.reviewer}"


class Verdict(models.Model):
    class Rating(models.TextChoices):
        TRUE = "true", _("True")
        MOSTLY_TRUE = "mostly-true", _("Mostly true")
        MIXED = "mixed", _("Mixed")
        MISLEADING = "misleading", _("Misleading")
        FALSE = "false", _("False")
        UNVERIFIABLE = "unverifiable", _("Unverifiable")

    class State(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="verdicts")
    rating = models.CharField(_("rating"), max_length=12, choices=Rating.choices)
    summary = models.TextField(_("summary"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="verdicts")
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.DRAFT)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    decision_comment = models.TextField(_("editor's comment"), blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            # One verdict in the making per claim; approved ones stay as history.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(state__in=["draft", "submitted", "rejected"]), name="one_open_verdict"
            ),
        ]
        indexes = [models.Index(fields=["state", "updated_at"], name="verdict_state_idx")]
        permissions = [("decide_verdict", "Can approve or reject verdicts")]

    def __str__(self):
        return f"{self.get_rating_display()} on claim {self.claim_id}"


class ReviewerProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reviewer_profile")
    languages = models.JSONField(default=list, blank=True, help_text="Language codes this person reads, e.g. fr, en.")
    # Off until the person agrees: their name then appears on the fact-checks they wrote or approved
    # (the public page's byline, the ClaimReview and the feeds).
    named_publicly = models.BooleanField(_("name me on published fact-checks"), default=False)

    def __str__(self):
        return f"{self.user} ({', '.join(self.languages)})"


class SavedView(models.Model):
    """A queue with its filters and sort, named by a person: private, or shared with the desk."""

    class Queue(models.TextChoices):
        MINE = "mine", _("My queue")
        UNASSIGNED = "unassigned", _("Unassigned claims")
        WATCHING = "watching", _("My watched claims")

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_views")
    name = models.CharField(_("name"), max_length=80)
    queue = models.CharField(max_length=12, choices=Queue.choices)
    # The list's query string (filters and sort) as the queue page builds it.
    query = models.CharField(max_length=1000, blank=True)
    shared = models.BooleanField(_("shared with the desk"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="saved_view_unique_name")]

    def __str__(self):
        return self.name


class ClaimComment(models.Model):
    """A desk member's note on a claim, for the others working it; @username mentions notify."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField(_("comment"))
    # Who the comment's mentions notified: desk members who may see the claim, the author aside.
    mentioned = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"Comment {self.pk} on claim {self.claim_id}"


class ClaimWatch(models.Model):
    """Someone who wants to hear of a claim's moves and verdicts without working on it."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="watches")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="watched_claims")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "user"], name="claim_watch_once")]

    def __str__(self):
        return f"{self.user} watches claim {self.claim_id}"


class Tag(models.Model):
    """A topic the desk files claims under ("health", "energy"), to find and share them by subject."""

    name = models.CharField(_("name"), max_length=40)
    claims = models.ManyToManyField("claims.Claim", blank=True, related_name="tags")

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(Lower("name"), name="tag_name_unique_any_case")]

    def __str__(self):
        return self.name


class ChecklistItem(models.Model):
    """A step of the desk-wide checklist every claim gets ("contact the speaker"); editors keep it."""

    text = models.CharField(_("step"), max_length=200)
    position = models.PositiveIntegerField(default=0)
    # Retired steps stay, so the ticks recorded against them keep their meaning.
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["position", "id"]

    def __str__(self):
        return self.text


class ChecklistTick(models.Model):
    """A checklist step done on a claim: who ticked it, and when."""

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="checklist_ticks")
    item = models.ForeignKey(ChecklistItem, on_delete=models.CASCADE, related_name="ticks")
    ticked_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    ticked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["claim", "item"], name="checklist_tick_once")]

    def __str__(self):
        return f"{self.item} done on claim {self.claim_id}"
