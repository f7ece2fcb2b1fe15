"""Reads about a person's own notifications."""

from django.db.models import QuerySet

from claims import roles
from notifications.models import Notification


def inbox(user) -> QuerySet:
    if not roles.is_member(user):
        return Notification.objects.none()
    return Notification.objects.filter(recipient=user).select_related("claim")


def unread_count(user) -> int:
    return inbox(user).filter(read_at__isnull=True).count()
