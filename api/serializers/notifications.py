"""Each person's inbox."""

from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from notifications.models import Notification


class NotificationSerializer(StrictModelSerializer):
    unread = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "claim", "link", "text", "unread", "read_at", "created_at"]

    def get_unread(self, notification) -> bool:
        return notification.read_at is None


class NotificationFilterSerializer(StrictSerializer):
    unread = serializers.BooleanField(
        required=False, allow_null=True, default=None, help_text="true: unread only; false: read only."
    )


class MarkedReadSerializer(StrictSerializer):
    marked = serializers.IntegerField(help_text="Notifications marked read by this call.")
