"""Feeds, topics and leads (monitoring)."""

from django.conf import settings
from django.core.validators import URLValidator
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import MAX_ID
from factcheck.limits import URL_MAX_LENGTH
from monitoring.models import Feed, Lead, Topic
from sources.models import Source


class TopicSerializer(StrictModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "name"]


class FeedSerializer(StrictModelSerializer):
    topics = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    paused = serializers.BooleanField(read_only=True)

    class Meta:
        model = Feed
        fields = ["id", "url", "kind", "title", "source", "language", "topics", "poll_minutes", "paused"]
        fields += ["paused_reason", "last_error", "consecutive_failures", "last_polled_at", "last_success_at"]
        fields += ["next_poll_at", "created_at"]


class FeedCreateSerializer(StrictSerializer):
    url = serializers.URLField(max_length=URL_MAX_LENGTH, validators=[URLValidator(schemes=["http", "https"])])
    language = serializers.ChoiceField(choices=[code for code, _name in settings.LANGUAGES])
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), required=False, allow_null=True)
    topics = serializers.ListField(
        child=serializers.CharField(max_length=100), required=False, default=list, max_length=20
    )
    poll_minutes = serializers.IntegerField(required=False, default=15, min_value=1, max_value=24 * 60)


class LeadFilterSerializer(StrictSerializer):
    feed = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    topic = serializers.CharField(required=False, max_length=100)
    language = serializers.CharField(required=False, max_length=8)
    day = serializers.DateField(required=False, help_text="The day the lead was found (YYYY-MM-DD).")


class AppearanceSerializer(serializers.Serializer):
    """Where else the same sentence was said."""

    lead = serializers.IntegerField(source="pk")
    document_url = serializers.CharField(source="document.url")
    outlet = serializers.CharField(source="document.outlet")
    found_at = serializers.DateTimeField(source="created_at")


class LeadSerializer(StrictModelSerializer):
    document = serializers.IntegerField(source="document_id")
    document_url = serializers.CharField(source="document.url")
    document_title = serializers.CharField(source="document.title")
    outlet = serializers.CharField(source="document.outlet")
    feeds = serializers.SerializerMethodField()
    appearances = serializers.SerializerMethodField()
    timecode = serializers.CharField(help_text="When it was said in its transcript, as 00:12:34; empty elsewhere.")

    class Meta:
        model = Lead
        fields = ["id", "text", "score", "speaker", "language", "state", "created_at", "document", "document_url"]
        fields += ["document_title", "outlet", "feeds", "appearances", "said_at_ms", "timecode"]

    def get_feeds(self, lead) -> list[int]:
        return sorted({item.feed_id for item in lead.document.feed_items.all()})

    def get_appearances(self, lead) -> list[dict]:
        """Every lead of its group (the same sentence, however written), this one included."""
        group = self.context.get("groups", {}).get(lead.group_key, [lead])
        return AppearanceSerializer(group, many=True).data
