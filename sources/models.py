"""The registry of sources: who publishes where, how reliable they are, and the history of each entry."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from factcheck.audit import AppendOnly


class Source(models.Model):
    class Kind(models.TextChoices):
        NEWS_OUTLET = "news_outlet", _("News outlet")
        GOVERNMENT = "government", _("Government")
        AGENCY = "agency", _("Agency")
        INTERNATIONAL_ORGANISATION = "international_organisation", _("International organisation")
        COMPANY = "company", _("Company")
        NGO = "ngo", _("NGO or think tank")
        ACADEMIC = "academic", _("Academic")
        PERSON = "person", _("Person")
        SOCIAL_ACCOUNT = "social_account", _("Social account")
        OTHER = "other", _("Other")

    class Reliability(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM = "medium", _("Medium")
        LOW = "low", _("Low")
        UNKNOWN = "unknown", _("Unknown")
        # A new source until an editor rates it: it does not count towards corroboration.
        UNRATED = "unrated", _("Not yet rated")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    reliability = models.CharField(
        _("reliability"), max_length=8, choices=Reliability.choices, default=Reliability.UNRATED
    )
    notes = models.TextField(_("notes"), blank=True)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        # Moved from the reviews app with its rows: the table keeps its name.
        db_table = "reviews_source"
        ordering = ["name"]

    def __str__(self):
        return self.name


class SourceDomain(models.Model):
    """A web domain a Source publishes on; subdomains match it too."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="domains")
    domain = models.CharField(_("domain"), max_length=253, unique=True)

    class Meta:
        db_table = "reviews_sourcedomain"
        ordering = ["domain"]
        constraints = [
            models.CheckConstraint(condition=Q(domain=models.functions.Lower("domain")), name="domain_lowercase"),
        ]

    def __str__(self):
        return self.domain


class SourceEvent(AppendOnly, models.Model):
    """The history of a Source's registry entry, reliability changes above all. Append-only."""

    class Kind(models.TextChoices):
        CREATED = "created", _("Created")
        RELIABILITY_CHANGED = "reliability_changed", _("Reliability changed")
        MERGED = "merged", _("Merged")
        IMPORTED = "imported", _("Imported")
        DOMAIN_ADDED = "domain_added", _("Domain added")
        CHANGED = "changed", _("Changed")
        DOMAIN_REMOVED = "domain_removed", _("Domain removed")

    # A merged-away Source is deleted; its events stay, named, with the link cleared.
    source = models.ForeignKey(Source, null=True, on_delete=models.SET_NULL, related_name="events")
    source_name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    old_value = models.CharField(max_length=200, blank=True)
    new_value = models.CharField(max_length=200, blank=True)
    details = models.JSONField(default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        db_table = "reviews_sourceevent"
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.source_name}"


class SourceProposal(models.Model):
    """A desk member's request that an editor register the domain of their evidence as a Source."""

    class State(models.TextChoices):
        PENDING = "pending", _("Awaiting an editor")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    domain = models.CharField(_("domain"), max_length=253)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=32, choices=Source.Kind.choices, default=Source.Kind.OTHER)
    reliability = models.CharField(
        _("suggested reliability"), max_length=8, choices=Source.Reliability.choices, default=Source.Reliability.UNRATED
    )
    note = models.TextField(_("why"), blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices, default=State.PENDING)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="source_proposals"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decline_reason = models.TextField(_("reason"), blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            # One open question per domain: a second proposal would ask the editors twice.
            models.UniqueConstraint(
                fields=["domain"], condition=Q(state="pending"), name="one_pending_proposal_per_domain"
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.domain})"
