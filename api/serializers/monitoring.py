"""Feeds, topics and leads (monitoring)."""

from datetime import datetime

from django.conf import settings
from django.core.validators import URLValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import MAX_ID
from factcheck.limits import URL_MAX_LENGTH
from monitoring import selectors
from monitoring.models import (
    Digest,
    DigestEntry,
    DigestSchedule,
    DigestSubscription,
    Feed,
    Lead,
    PushSubscription,
    Topic,
)
from monitoring.services.topics import TERM_FIELDS
from monitoring.topic_terms import MAX_TERM_LENGTH, MAX_TERMS_PER_LIST
from sources.models import Source


class TopicSerializer(StrictModelSerializer):
    class Meta:
        model = Topic
        fields = ["id", "name", *TERM_FIELDS, "updated_at"]


def _terms_field():
    return serializers.ListField(
        child=serializers.CharField(max_length=MAX_TERM_LENGTH, allow_blank=False),
        required=False,
        max_length=MAX_TERMS_PER_LIST,
        help_text="Words or phrases, compared stemmed, without accents or case, as whole words.",
    )


class TopicWriteSerializer(StrictSerializer):
    """A topic's name and its terms in English and French: a lead is tagged when it says one of the
    `any` terms (if any), every `all` term and no `exclude` term of its language."""

    name = serializers.CharField(max_length=100)
    any_en = _terms_field()
    all_en = _terms_field()
    exclude_en = _terms_field()
    any_fr = _terms_field()
    all_fr = _terms_field()
    exclude_fr = _terms_field()


class PushSubscriptionSerializer(StrictModelSerializer):
    """The feed's WebSub hub and our subscription there (its callback and secret are never shown)."""

    class Meta:
        model = PushSubscription
        fields = ["hub", "topic", "pending", "subscribed_until", "last_push_at", "last_error"]
        read_only_fields = fields


class FeedSerializer(StrictModelSerializer):
    topics = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    paused = serializers.BooleanField(read_only=True)
    pushed = serializers.BooleanField(
        read_only=True, help_text="Its hub pushes new items as they appear; polling goes on as a fallback."
    )
    push = PushSubscriptionSerializer(
        read_only=True, allow_null=True, help_text="The WebSub hub the feed names, if any, and our subscription."
    )

    class Meta:
        model = Feed
        fields = ["id", "url", "kind", "title", "source", "language", "topics", "poll_minutes", "paused"]
        fields += ["paused_reason", "last_error", "consecutive_failures", "last_polled_at", "last_success_at"]
        fields += ["next_poll_at", "created_at", "pushed", "push"]


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
    outlet = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, help_text="A Source's id: leads of the feeds tied to it."
    )
    speaker = serializers.CharField(required=False, max_length=200, help_text="Part of the speaker's name, any case.")
    language = serializers.CharField(required=False, max_length=8)
    day = serializers.DateField(required=False, help_text="The day the lead was found (YYYY-MM-DD).")


class AppearanceSerializer(serializers.Serializer):
    """Where else the same sentence was said."""

    lead = serializers.IntegerField(source="pk")
    document_url = serializers.CharField(source="document.url")
    outlet = serializers.CharField(source="document.outlet")
    found_at = serializers.DateTimeField(source="created_at")


class MatchedFactCheckSerializer(serializers.Serializer):
    """The published or imported fact-check the lead repeats."""

    url = serializers.CharField()
    claim_reviewed = serializers.CharField()
    rating = serializers.CharField()
    score = serializers.FloatField()


class LeadSerializer(StrictModelSerializer):
    """One group's row: its most check-worthy lead, with the group's figures and appearances."""

    document = serializers.IntegerField(source="document_id")
    document_url = serializers.CharField(source="document.url")
    document_title = serializers.CharField(source="document.title")
    outlet = serializers.CharField(source="document.outlet")
    feeds = serializers.SerializerMethodField()
    topics = serializers.SerializerMethodField()
    appearance_count = serializers.SerializerMethodField()
    outlet_count = serializers.SerializerMethodField()
    first_seen = serializers.SerializerMethodField()
    last_seen = serializers.SerializerMethodField()
    appearances = serializers.SerializerMethodField()
    matched_factcheck = serializers.SerializerMethodField()
    timecode = serializers.CharField(help_text="When it was said in its transcript, as 00:12:34; empty elsewhere.")

    class Meta:
        model = Lead
        fields = ["id", "text", "score", "speaker", "language", "state", "created_at", "document", "document_url"]
        fields += ["document_title", "outlet", "feeds", "topics", "appearance_count", "outlet_count"]
        fields += ["first_seen", "last_seen", "appearances", "matched_factcheck", "said_at_ms", "timecode"]

    def get_feeds(self, lead) -> list[int]:
        return sorted({item.feed_id for item in lead.document.feed_items.all()})

    def get_topics(self, lead) -> list[str]:
        """The topics its words are tagged with and those of the feeds that carried it."""
        names = {topic.name for topic in lead.topics.all()}
        names |= {topic.name for item in lead.document.feed_items.all() for topic in item.feed.topics.all()}
        return sorted(names)

    def _group(self, lead) -> list[Lead]:
        # An archived lead's group holds no open lead any more: it is then its own appearance.
        return self.context.get("groups", {}).get(lead.group_key) or [lead]

    def get_appearance_count(self, lead) -> int:
        return getattr(lead, "appearance_count", None) or len(self._group(lead))

    def get_outlet_count(self, lead) -> int:
        outlets = {appearance.document.outlet or appearance.document.url for appearance in self._group(lead)}
        return getattr(lead, "outlet_count", None) or len(outlets)

    def get_first_seen(self, lead) -> datetime:
        return getattr(lead, "first_seen", None) or min(appearance.created_at for appearance in self._group(lead))

    def get_last_seen(self, lead) -> datetime:
        return getattr(lead, "last_seen", None) or max(appearance.created_at for appearance in self._group(lead))

    def get_appearances(self, lead) -> list[dict]:
        """Every lead of its group (the same thing said, however worded), this one included."""
        return AppearanceSerializer(self._group(lead), many=True).data

    @extend_schema_field(MatchedFactCheckSerializer(allow_null=True))
    def get_matched_factcheck(self, lead) -> dict | None:
        return selectors.matched_factcheck(lead)


class DigestEntrySerializer(StrictModelSerializer):
    topic = serializers.CharField(source="topic_name")
    lead = serializers.IntegerField(source="lead_id")
    text = serializers.CharField(source="lead.text")
    speaker = serializers.CharField(source="lead.speaker")
    score = serializers.FloatField(source="lead.score")
    state = serializers.CharField(source="lead.state")
    document_url = serializers.CharField(source="lead.document.url")
    outlet = serializers.CharField(source="lead.document.outlet")

    class Meta:
        model = DigestEntry
        fields = ["topic", "position", "lead", "text", "speaker", "score", "state", "document_url", "outlet"]


class DigestSerializer(StrictModelSerializer):
    class Meta:
        model = Digest
        fields = ["id", "edition", "language", "created_at", "emailed_at"]


class DigestDetailSerializer(DigestSerializer):
    entries = DigestEntrySerializer(source="entries_sent", many=True)

    class Meta(DigestSerializer.Meta):
        fields = [*DigestSerializer.Meta.fields, "entries"]


class DigestSubscriptionSerializer(StrictSerializer):
    """What I get each morning: every topic, or those listed (by id), in a language of the desk."""

    subscribed = serializers.BooleanField(read_only=True)
    all_topics = serializers.BooleanField(default=False)
    topics = serializers.PrimaryKeyRelatedField(queryset=Topic.objects.all(), many=True, required=False, default=list)
    language = serializers.CharField(
        max_length=8, help_text="A language of the desk (en, fr); empty when not subscribed."
    )

    def to_representation(self, subscription: DigestSubscription | None):
        if subscription is None:
            return {"subscribed": False, "all_topics": False, "topics": [], "language": ""}
        return {
            "subscribed": True,
            "all_topics": subscription.all_topics,
            "topics": sorted(topic.pk for topic in subscription.topics.all()),
            "language": subscription.language,
        }


class DigestScheduleSerializer(StrictModelSerializer):
    """The desk's digest hour (0 to 23) in its time zone (e.g. Europe/Paris)."""

    # The service checks both (one rule with the desk's form): its refusals name the field.
    hour = serializers.IntegerField()
    time_zone = serializers.CharField(max_length=64)

    class Meta:
        model = DigestSchedule
        fields = ["hour", "time_zone"]
