from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from factcheck.limits import URL_MAX_LENGTH


class Publication(models.Model):
    """An approved verdict shown to the public at /factchecks/<slug>/."""

    verdict = models.OneToOneField("reviews.Verdict", on_delete=models.PROTECT, related_name="publication")
    claim = models.ForeignKey("claims.Claim", on_delete=models.PROTECT, related_name="publications")
    slug = models.SlugField(max_length=100, unique=True)
    # The page's language, which also names the rating ("False" / "Faux").
    language = models.CharField(_("language"), max_length=8)
    published_at = models.DateTimeField(_("published"))
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    withdrawal_reason = models.TextField(_("reason for withdrawal"), blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when its claim is reopened: the page stays at its address, marked "under review", until an
    # editor publishes a correction or withdraws it.
    under_review_since = models.DateTimeField(_("under review since"), null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        constraints = [
            # A claim approved again after a reopen replaces its page; only one is live.
            models.UniqueConstraint(
                fields=["claim"], condition=Q(withdrawn_at__isnull=True), name="one_live_publication_per_claim"
            ),
        ]
        indexes = [models.Index(fields=["withdrawn_at", "published_at"], name="publication_live_idx")]

    def __str__(self):
        return self.slug

    def get_absolute_url(self):
        return reverse("publishing:factcheck", args=[self.slug])

    @property
    def is_live(self) -> bool:
        return self.withdrawn_at is None


class Correction(models.Model):
    publication = models.ForeignKey(Publication, on_delete=models.CASCADE, related_name="corrections")
    text = models.TextField(_("correction"))
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]

    def __str__(self):
        return self.text[:80]


class SearchIndexed(models.Model):
    """What the relevance search keeps of a row (publishing.match_index): its stemmed words, padded with
    spaces (" w1 w2 "), and its sentence embedding once the matching worker has computed it.

    `embedding` is empty until then (the row is still found by its words), and emptied again when
    the text changes, which queues it for the worker."""

    language = models.CharField(max_length=8, blank=True)
    terms = models.TextField(blank=True, default="")
    term_count = models.PositiveIntegerField(default=0)
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    embedded_at = models.DateTimeField(null=True, blank=True, db_index=True)
    # When its embedding was last asked of the worker: the beat sweep asks again for a row still
    # without one long after (the broker was down, the message was lost).
    embedding_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        abstract = True


class MatchTerm(models.Model):
    """How many indexed rows (claims and fact-checks together) use a word, for BM25's weights.

    Kept up to date by publishing.match_index as rows are indexed, so ranking never counts at query
    time. Two reserved keys, DOCUMENTS_KEY and LENGTH_KEY, hold the number of rows and their words."""

    term = models.CharField(max_length=100, primary_key=True)
    documents = models.BigIntegerField(default=0)

    def __str__(self):
        return f"{self.term}: {self.documents}"


class ClaimText(SearchIndexed):
    """A claim's text in the form matching compares (publishing.text.match_form).

    Kept beside the claim rather than on it so matching owns its indexes; on PostgreSQL a GIN index
    covers its words (SearchIndexed.terms, created in migrations).
    """

    claim = models.OneToOneField("claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="match_text")
    normalized_text = models.TextField()

    def __str__(self):
        return self.normalized_text[:80]


class PendingMatching(models.Model):
    """A claim whose search for matches has not run yet: made with the claim, removed once it has run.

    `queued_at` is empty while no task could be queued (the broker was down); the beat sweep
    (matching.claims_requeue_unmatched) queues those again, and those queued so long ago that
    their task must have been lost. Only claims waiting for their search have a row.
    """

    claim = models.OneToOneField(
        "claims.Claim", on_delete=models.CASCADE, primary_key=True, related_name="pending_matching"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    queued_at = models.DateTimeField(null=True, blank=True)
    # Set when the search ran past FACTCHECK_MATCHING_TIMEOUT_MS: the sweep leaves it alone from then on.
    timed_out_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Matching of claim {self.claim_id}"


class DocumentText(models.Model):
    """A document's words for the desk's search (publishing.search): its title, outlet, byline and
    the start of its text, stemmed as matching stems them (publishing.match_index.document_index).

    Documents are searched by people, never matched, so they have no embedding and their words do not
    count in MatchTerm (matching's ranking stays as it was); on PostgreSQL a GIN index covers the words."""

    document = models.OneToOneField(
        "claims.Document", on_delete=models.CASCADE, primary_key=True, related_name="search_text"
    )
    language = models.CharField(max_length=8, blank=True)
    terms = models.TextField(blank=True, default="")
    term_count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"Words of document {self.document_id}"


class ExternalFactCheck(SearchIndexed):
    """A fact-check published elsewhere (a newsroom's archive), imported from ClaimReview JSON-LD."""

    url = models.URLField(_("review URL"), max_length=URL_MAX_LENGTH, unique=True)
    claim_reviewed = models.TextField(_("claim reviewed"))
    headline = models.CharField(_("headline"), max_length=500, blank=True)
    normalized_text = models.TextField()
    rating_name = models.CharField(_("rating"), max_length=200)
    rating_value = models.FloatField(null=True, blank=True)
    best_rating = models.FloatField(null=True, blank=True)
    worst_rating = models.FloatField(null=True, blank=True)
    reviewer = models.CharField(_("published by"), max_length=300, blank=True)
    speaker = models.CharField(_("speaker"), max_length=300, blank=True)
    date_published = models.DateField(_("published"), null=True, blank=True)
    appearance_url = models.URLField(_("appearance"), max_length=URL_MAX_LENGTH, blank=True)
    imported_at = models.DateTimeField(auto_now_add=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-date_published", "-id"]
        verbose_name = _("external fact-check")

    def __str__(self):
        return self.claim_reviewed[:80]


class ClaimReviewImport(models.Model):
    """One ClaimReview file being imported by a task: its progress and outcome."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    file = models.FileField(upload_to="imports/%Y/%m/")
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.QUEUED)
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    # Every problem found in the file (it then imports nothing), as the person should read them.
    problems = models.JSONField(default=list, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    # When the broker last took its task; empty while it was never queued (the broker was down).
    queued_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("ClaimReview import")

    def __str__(self):
        return f"ClaimReview import {self.pk} ({self.state})"


class ClaimMatch(models.Model):
    """A suggestion that a new claim was checked before, as a claim here or an external fact-check."""

    class State(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        LINKED = "linked", _("Linked")
        DISMISSED = "dismissed", _("Dismissed")

    claim = models.ForeignKey("claims.Claim", on_delete=models.CASCADE, related_name="matches")
    matched_claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="matched_by"
    )
    matched_external = models.ForeignKey(
        ExternalFactCheck, null=True, blank=True, on_delete=models.CASCADE, related_name="matched_by"
    )
    score = models.FloatField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.SUGGESTED)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-score", "id"]
        verbose_name_plural = "claim matches"
        constraints = [
            models.CheckConstraint(
                condition=Q(matched_claim__isnull=False, matched_external__isnull=True)
                | Q(matched_claim__isnull=True, matched_external__isnull=False),
                name="claimmatch_one_target",
            ),
            models.UniqueConstraint(
                fields=["claim", "matched_claim"],
                condition=Q(matched_claim__isnull=False),
                name="claimmatch_claim_once",
            ),
            models.UniqueConstraint(
                fields=["claim", "matched_external"],
                condition=Q(matched_external__isnull=False),
                name="claimmatch_external_once",
            ),
            models.UniqueConstraint(fields=["claim"], condition=Q(state="linked"), name="claimmatch_one_link"),
        ]

    def __str__(self):
        return f"Claim {self.claim_id} ~ {self.matched_claim_id or f'external {self.matched_external_id}'}"


class Repeat(models.Model):
    """A claim found again after it was checked: an incoming claim linked to a published claim
    here or to an imported fact-check (publishing.repeats). One row per repeating claim, or per
    sentence seen by monitoring (a lead, named by `appearance`, with its words in `text`)."""

    claim = models.OneToOneField("claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="repeat")
    # "lead:<id>" for a monitored sentence that is no claim (yet): one row per appearance.
    appearance = models.CharField(max_length=40, null=True, blank=True, unique=True)
    text = models.TextField(_("what was said"), blank=True)
    checked_claim = models.ForeignKey(
        "claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="repeats"
    )
    external = models.ForeignKey(
        ExternalFactCheck, null=True, blank=True, on_delete=models.CASCADE, related_name="repeats"
    )
    document = models.ForeignKey("claims.Document", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    speaker = models.CharField(_("speaker"), max_length=300, blank=True)
    # When it was said: the article's date when known, else when the claim came in.
    said_on = models.DateField(_("date"))
    recorded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-said_on", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(checked_claim__isnull=False, external__isnull=True)
                | Q(checked_claim__isnull=True, external__isnull=False),
                name="repeat_one_target",
            ),
            models.CheckConstraint(
                condition=Q(claim__isnull=False) | Q(appearance__isnull=False), name="repeat_claim_or_appearance"
            ),
        ]
        indexes = [models.Index(fields=["said_on"], name="repeat_said_on_idx")]

    def __str__(self):
        said = f"Claim {self.claim_id}" if self.claim_id else self.appearance
        return f"{said} repeats {self.checked_claim_id or f'external {self.external_id}'}"
