"""Writes about notifications: each one lands in the inbox at once and goes by email after commit."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from factcheck.celery import runs_in_process
from notifications.models import Notification

logger = logging.getLogger(__name__)

# The sweep re-sends the email of a notification no older than this; the inbox keeps them all.
EMAIL_REQUEUE_MAX_AGE = timedelta(hours=24)


def notify(
    recipient, kind: str, *, text: str, dedupe_key: str, claim=None, link: str = "", by_email: bool = True
) -> Notification | None:
    """Tell `recipient` once per `dedupe_key`; None when they were already told or cannot be.

    Called inside the caller's transaction: the inbox row commits or rolls back with the
    change it reports, and the email is queued only once that change is committed. With
    `by_email=False` the caller sends an email of its own (the morning digest): this notice is
    marked as emailed so the sweep never sends a second one.
    """
    if recipient is None or not recipient.is_active:
        return None
    try:
        with transaction.atomic():
            notification = Notification.objects.create(
                recipient=recipient,
                kind=kind,
                claim=claim,
                link=link,
                text=text,
                dedupe_key=dedupe_key[:200],
                emailed_at=None if by_email else timezone.now(),
            )
    except IntegrityError:
        return None
    if by_email:
        transaction.on_commit(lambda: enqueue_email(notification.pk))
    return notification


def enqueue_email(notification_id: int) -> None:
    """Queue the email and note when, or without a broker send it now.

    If the broker is unreachable the email stays unqueued and the periodic sweep
    (`requeue_unsent_emails`) queues it again later; if sending in-process fails, the failure
    is logged as such and the notice stays in the inbox, unsent."""
    from notifications.tasks import send_notification_email

    try:
        send_notification_email.delay(notification_id)
    except Exception:
        # The inbox row is there; only the email is missing, which is not worth failing the request.
        if runs_in_process():
            logger.exception("Sending the email for notification %s failed", notification_id)
            return
        logger.warning(
            "Could not queue the email for notification %s (broker unreachable); it stays unsent until the sweep "
            "queues it again",
            notification_id,
            exc_info=True,
        )
    else:
        Notification.objects.filter(pk=notification_id).update(email_queued_at=timezone.now())


def email_requeue_due(now, *, max_age: timedelta) -> Q:
    """The email sweeps' rule (the notices', the morning digests'), over rows with `emailed_at`,
    `email_queued_at` and `created_at`: not sent, and either never queued (the broker was down) though
    made FACTCHECK_PENDING_REQUEUE_MINUTES ago (a moment ago, its own caller may still be queueing it), or
    queued longer ago than FACTCHECK_EMAIL_STALE_MINUTES (its task was lost); one waiting its turn in a
    busy queue is left alone. None made longer than `max_age` ago: an email that late is news no longer."""
    return Q(emailed_at__isnull=True, created_at__gte=now - max_age) & (
        Q(
            email_queued_at__isnull=True,
            created_at__lt=now - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES),
        )
        | Q(email_queued_at__lt=now - timedelta(minutes=settings.FACTCHECK_EMAIL_STALE_MINUTES))
    )


def email_send_once(rows, pk: int, send) -> bool:
    """Send a row's email (a notice's, a digest's) unless it was sent; True when this call sent it.
    The row is claimed first (`emailed_at`), so a retried or doubled task never sends it twice; `send()`
    returns False when there is nothing to send (no address); a failure unclaims it for the retry."""
    claimed = rows.filter(pk=pk, emailed_at__isnull=True).update(emailed_at=timezone.now())
    if not claimed:
        return False
    try:
        return send()
    except Exception:
        rows.filter(pk=pk).update(emailed_at=None)
        raise


def notifications_requeue_unsent() -> list[int]:
    """Queue again the email of every notification whose task could not be queued (the broker
    was down) or was lost (`email_requeue_due`); returns their ids. One older than
    EMAIL_REQUEUE_MAX_AGE stays in the inbox only."""
    ids = list(
        Notification.objects.filter(email_requeue_due(timezone.now(), max_age=EMAIL_REQUEUE_MAX_AGE))
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    for notification_id in ids:
        enqueue_email(notification_id)
    return ids


def notification_email(notification_id: int) -> bool:
    """Send the notification's email unless it was sent; True when this call sent it."""

    def send() -> bool:
        notification = Notification.objects.select_related("recipient").get(pk=notification_id)
        address = notification.recipient.email
        if not address:
            return False
        send_mail(
            subject=f"[Factcheck desk] {notification.get_kind_display()}",
            message=notification.text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[address],
        )
        return True

    return email_send_once(Notification.objects, notification_id, send)


def notification_mark_read(notification: Notification, *, actor) -> None:
    Notification.objects.filter(pk=notification.pk, recipient=actor, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def notifications_mark_all_read(*, actor) -> int:
    return Notification.objects.filter(recipient=actor, read_at__isnull=True).update(read_at=timezone.now())
