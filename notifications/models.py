from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """One message to one person: shown in their inbox and sent by email."""

    class Kind(models.TextChoices):
        ASSIGNED = "assigned", _("Claim assigned")
        VERDICT_APPROVED = "verdict_approved", _("Verdict approved")
        VERDICT_REJECTED = "verdict_rejected", _("Verdict rejected")
        OVERDUE = "overdue", _("Claim overdue")
        VERDICT_RETURNED = "verdict_returned", _("Verdict returned by a reopen")
        PROPOSAL_ACCEPTED = "proposal_accepted", _("Source proposal accepted")
        PROPOSAL_DECLINED = "proposal_declined", _("Source proposal declined")
        MENTIONED = "mentioned", _("Mentioned in a comment")
        WATCHED_CLAIM = "watched_claim", _("News of a claim you watch")
        DIGEST = "digest", _("Morning digest")
        REPEATED = "repeated", _("A checked claim was repeated")

    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    claim = models.ForeignKey("claims.Claim", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    text = models.TextField(_("text"))
    # A desk page the notice is about when it is not a claim (a digest), as a path.
    link = models.CharField(max_length=300, blank=True)
    # Names the occasion (e.g. "overdue:assignment-7:user-3"): a task that runs twice sends nothing twice.
    dedupe_key = models.CharField(max_length=200, unique=True)
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)
    # When the email task was handed to the broker; empty while it could not be (the broker was
    # down), for the beat sweep (services.notifications_requeue_unsent) to queue it again, as it does
    # one queued so long ago that its task was lost.
    email_queued_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
            # The sweep's rows: the few emails not sent yet (services.email_requeue_due).
            models.Index(fields=["created_at"], condition=Q(emailed_at__isnull=True), name="notification_unsent_idx"),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} for {self.recipient}"
