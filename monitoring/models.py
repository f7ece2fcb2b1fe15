"""Feeds the desk watches, the items they carried, and the leads found in them.

A lead is a check-worthy sentence of a monitored article. It is not a claim ticket: it sits in no
review queue and is assigned to no one until a member promotes it (the promotion makes the ticket).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from claims.transcripts import timecode
from factcheck.limits import URL_MAX_LENGTH


class Topic(models.Model):
    """A subject the desk follows, as keyword lists in each language: a lead in that language is
    tagged when one of `any_*` (or every one of `all_*`) is in it and none of `exclude_*`. Terms
    are compared stemmed, without accents or case, as whole words (monitoring.topic_terms)."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    any_en = models.JSONField(_("any of these words (English)"), default=list, blank=True)
    all_en = models.JSONField(_("all of these words (English)"), default=list, blank=True)
    exclude_en = models.JSONField(_("none of these words (English)"), default=list, blank=True)
    any_fr = models.JSONField(_("any of these words (French)"), default=list, blank=True)
    all_fr = models.JSONField(_("all of these words (French)"), default=list, blank=True)
    exclude_fr = models.JSONField(_("none of these words (French)"), default=list, blank=True)
    # Bumped at each change of terms; the leads were re-tagged for `tagged_version` (the beat
    # sweep re-sends the re-tagging of a topic whose two numbers differ: a lost task is redone).
    terms_version = models.PositiveIntegerField(default=0, editable=False)
    tagged_version = models.PositiveIntegerField(default=0, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def terms(self, language: str) -> dict[str, list[str]]:
        language = "fr" if language == "fr" else "en"
        return {kind: getattr(self, f"{kind}_{language}") for kind in ("any", "all", "exclude")}


class Feed(models.Model):
    class Kind(models.TextChoices):
        UNKNOWN = "", _("Not read yet")
        RSS = "rss", _("RSS")
        ATOM = "atom", _("Atom")
        JSON = "json", _("JSON Feed")
        SITEMAP = "sitemap", _("News sitemap")

    url = models.URLField(_("URL"), max_length=URL_MAX_LENGTH, unique=True)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, blank=True)
    title = models.CharField(_("title"), max_length=300, blank=True)
    source = models.ForeignKey("sources.Source", on_delete=models.SET_NULL, null=True, blank=True, related_name="feeds")
    language = models.CharField(_("language"), max_length=8)
    topics = models.ManyToManyField(Topic, blank=True, related_name="feeds")
    poll_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=15)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    # Conditional GET: the validators of the last full answer.
    etag = models.CharField(max_length=300, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    next_poll_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_polled_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    paused_reason = models.TextField(_("paused because"), blank=True)
    # Whoever polls holds the lease until it ends: two beats or a retried task never poll one feed at once.
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    lease_token = models.CharField(max_length=36, blank=True, editable=False)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return self.title or self.url

    @property
    def paused(self) -> bool:
        return bool(self.paused_reason)

    @property
    def pushed(self) -> bool:
        """Whether its WebSub hub pushes its new items to us (it is polled all the same, as a fallback)."""
        push = getattr(self, "push", None)
        return bool(not self.paused and push and push.subscribed_until and push.subscribed_until > timezone.now())


class FeedItem(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be read")
        DONE = "done", _("Article read")
        FAILED = "failed", _("Article could not be read")

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="items")
    # The entry's id (its guid, else its link) as the feed gives it: an old item republished is known again.
    entry_key = models.CharField(max_length=64)
    url = models.URLField(max_length=URL_MAX_LENGTH)
    url_key = models.CharField(max_length=64, db_index=True)  # of the address with tracking stripped
    title = models.CharField(max_length=500, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    document = models.ForeignKey(
        "claims.Document", on_delete=models.PROTECT, null=True, blank=True, related_name="feed_items"
    )
    lease_until = models.DateTimeField(null=True, blank=True, editable=False)
    lease_token = models.CharField(max_length=36, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]
        constraints = [models.UniqueConstraint(fields=["feed", "entry_key"], name="one_item_per_feed_entry")]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self):
        return self.title or self.url


class PushSubscription(models.Model):
    """A feed's WebSub subscription: its hub pushes each new version of the feed to our callback (the
    address `token` names), signed with `secret`. Polling goes on beside it, on the feed's interval.
    A deleted feed leaves its row (feed empty) until its hub confirmed the unsubscription."""

    class Mode(models.TextChoices):
        NONE = "", _("Nothing asked")
        SUBSCRIBE = "subscribe", _("Subscription asked")
        UNSUBSCRIBE = "unsubscribe", _("Unsubscription asked")

    feed = models.OneToOneField(Feed, on_delete=models.SET_NULL, null=True, blank=True, related_name="push")
    hub = models.URLField(_("hub"), max_length=URL_MAX_LENGTH)
    topic = models.URLField(_("topic"), max_length=URL_MAX_LENGTH)
    token = models.CharField(max_length=64, unique=True, editable=False)
    secret = models.CharField(max_length=64, editable=False)
    # What we asked the hub and wait for it to verify: only that is confirmed to the hub's GET.
    pending = models.CharField(max_length=12, choices=Mode.choices, blank=True)
    requested_at = models.DateTimeField(null=True, blank=True)
    subscribed_until = models.DateTimeField(_("subscribed until"), null=True, blank=True)
    # When the beat asks the hub (again): a first request, a renewal before the lease ends, a retry.
    next_request_at = models.DateTimeField(null=True, blank=True, db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    last_push_at = models.DateTimeField(_("last push"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"{self.topic} at {self.hub}"


class FeedPush(models.Model):
    """A new version of a feed its hub pushed, its signature checked: read by a worker as a poll's
    answer is, then deleted."""

    feed = models.ForeignKey(Feed, on_delete=models.CASCADE, related_name="pushes")
    body = models.BinaryField()
    content_type = models.CharField(max_length=200, blank=True)
    received_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["pk"]

    def __str__(self):
        return f"Push {self.pk} of feed {self.feed_id}"


class HostSlot(models.Model):
    """When the next request to a host may leave: at most one a second per host, across every worker."""

    host = models.CharField(max_length=300, primary_key=True)
    next_request_at = models.DateTimeField()

    def __str__(self):
        return self.host


class Lead(models.Model):
    class State(models.TextChoices):
        OPEN = "open", _("To decide")
        PROMOTED = "promoted", _("Promoted to a ticket")
        DISMISSED = "dismissed", _("Dismissed")

    document = models.ForeignKey("claims.Document", on_delete=models.PROTECT, related_name="leads")
    text = models.TextField(_("text"))
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)
    said_at_ms = models.PositiveIntegerField(_("said at"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    score = models.FloatField(_("check-worthiness"))
    reasons = models.JSONField(default=list, blank=True)
    # Leads saying the same thing share one key: at first the hash of the sentence's words (the same
    # sentence anywhere), then, once compared by meaning (services.grouping), the key of the group it joined.
    group_key = models.CharField(max_length=64, db_index=True)
    state = models.CharField(_("state"), max_length=10, choices=State.choices, default=State.OPEN)
    claim = models.OneToOneField("claims.Claim", on_delete=models.PROTECT, null=True, blank=True, related_name="lead")
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    # Tagged by their words when found, again when a topic's terms change (a feed's own topics
    # apply too, read through the feed: monitoring.selectors.leads_of_topic).
    topics = models.ManyToManyField(Topic, blank=True, related_name="tagged_leads")
    # Old leads leave the view but are kept: archiving never deletes.
    archived_at = models.DateTimeField(null=True, blank=True, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    # Its sentence embedding (matching's model, "query" role): compared with recent leads and fact-checks.
    embedding = models.BinaryField(null=True, blank=True, editable=False)
    # When it was compared with the fact-checks and the recent leads; empty until then (the sweep's rows).
    compared_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The published claim or imported fact-check it repeats, when one scored above the match threshold.
    matched_claim = models.ForeignKey(
        "claims.Claim", on_delete=models.SET_NULL, null=True, blank=True, related_name="+", editable=False
    )
    matched_external = models.ForeignKey(
        "publishing.ExternalFactCheck", on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        editable=False,
    )  # fmt: skip
    match_score = models.FloatField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-score", "pk"]
        constraints = [models.UniqueConstraint(fields=["document", "start", "end"], name="one_lead_per_span")]
        indexes = [
            models.Index(fields=["group_key", "state"], name="lead_group_state_idx"),
            models.Index(
                fields=["created_at"], condition=models.Q(compared_at__isnull=True), name="lead_uncompared_idx"
            ),
        ]

    def __str__(self):
        return self.text[:80]

    @property
    def timecode(self) -> str:
        return timecode(self.said_at_ms)

    @property
    def appearance(self) -> str:
        """How its repeat of a fact-check names it (publishing.models.Repeat.appearance)."""
        return f"lead:{self.pk}"


class MonitoredTranscript(models.Model):
    """A transcript (a debate, a broadcast) given to monitoring by a member: its check-worthy sentences
    become leads, as a feed's articles do, not tickets."""

    document = models.OneToOneField("claims.Document", on_delete=models.CASCADE, related_name="monitored_transcript")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"Monitored transcript {self.document_id}"


class DigestSchedule(models.Model):
    """When the desk's morning digest leaves: one row for the installation's one desk, made from the
    settings' defaults (FACTCHECK_DIGEST_HOUR, FACTCHECK_DIGEST_TIME_ZONE) the first time it is read."""

    hour = models.PositiveSmallIntegerField(_("hour of the digest"))
    time_zone = models.CharField(_("time zone"), max_length=64)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"{self.hour:02d}:00 {self.time_zone}"


class DigestSubscription(models.Model):
    """A member's wish to get the morning digest: of every topic, or of the topics chosen."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digest_subscription")
    all_topics = models.BooleanField(_("every topic"), default=True)
    topics = models.ManyToManyField(Topic, blank=True, related_name="subscriptions")
    language = models.CharField(_("language of the digest"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.user}"


class Digest(models.Model):
    """The morning digest one person got on one day: kept as it was sent."""

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="digests")
    # The desk's local date of the morning it was made for.
    edition = models.DateField(_("edition"))
    language = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    # Set before the email leaves (and cleared if sending fails): a retried task never sends twice.
    emailed_at = models.DateTimeField(null=True, blank=True)
    # When its email task was handed to the broker: the sweep queues again only an email never queued
    # or lost (notifications.services.email_requeue_due), not one waiting its turn.
    email_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-edition", "-pk"]
        constraints = [models.UniqueConstraint(fields=["recipient", "edition"], name="one_digest_per_person_a_day")]

    def __str__(self):
        return f"{self.edition} for {self.recipient}"


class DigestEntry(models.Model):
    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="entries")
    topic = models.ForeignKey(Topic, on_delete=models.SET_NULL, null=True, related_name="+")
    topic_name = models.CharField(max_length=100)
    lead = models.ForeignKey(Lead, on_delete=models.PROTECT, related_name="+")
    position = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["topic_name", "position"]

    def __str__(self):
        return f"{self.topic_name} #{self.position}"
