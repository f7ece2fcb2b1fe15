"""Reads about a person's own notifications."""

from django.db.models import BooleanField, ExpressionWrapper, Q, QuerySet

from claims import roles
from notifications.models import Notification


def inbox(user) -> QuerySet:
    if not roles.is_member(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user).select_related("claim")


def unread_count(user) -> int:
    return inbox(user).filter(read_at__isnull=True).count()


def inbox_unread_first(user, *, unread: bool | None = None) -> QuerySet:
    """My notifications, unread ones first, each group newest first; `unread` keeps one group."""
    notifications = inbox(user)
    if unread is not None:
        notifications = notifications.filter(read_at__isnull=unread)
    is_unread = ExpressionWrapper(Q(read_at__isnull=True), output_field=BooleanField())
    return notifications.order_by(is_unread.desc(), "-created_at", "-id")
