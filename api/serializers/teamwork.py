"""Comments on a claim and watching it."""

from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import Username
from reviews.models import ChecklistItem, ClaimComment
from reviews.services.checklist import STEP_MAX_LENGTH
from reviews.services.teamwork import COMMENT_MAX_LENGTH, TAG_MAX_LENGTH, TAGS_PER_CLAIM


class CommentSerializer(StrictModelSerializer):
    author = Username(allow_null=True)
    mentioned = Username(many=True, help_text="The people the comment's @mentions notified.")

    class Meta:
        model = ClaimComment
        fields = ["id", "author", "text", "mentioned", "created_at"]
        read_only_fields = fields


class CommentCreateSerializer(StrictSerializer):
    text = serializers.CharField(
        max_length=COMMENT_MAX_LENGTH, help_text="Plain text; @username notifies a desk member who may see the claim."
    )


class WatchSerializer(StrictSerializer):
    watching = serializers.BooleanField()
    watchers = serializers.IntegerField(help_text="How many people watch the claim.")


class TagsSerializer(StrictSerializer):
    tags = serializers.ListField(
        child=serializers.CharField(max_length=TAG_MAX_LENGTH),
        max_length=TAGS_PER_CLAIM,
        help_text="The claim's topics; given, the list replaces them (new names create tags).",
    )


class ChecklistStepSerializer(StrictSerializer):
    id = serializers.IntegerField()
    text = serializers.CharField()
    done = serializers.BooleanField()
    ticked_by = serializers.CharField(allow_null=True)
    ticked_at = serializers.DateTimeField(allow_null=True)


class TickSerializer(StrictSerializer):
    done = serializers.BooleanField()


class ChecklistItemSerializer(StrictModelSerializer):
    class Meta:
        model = ChecklistItem
        fields = ["id", "text", "position"]
        read_only_fields = fields


class ChecklistItemCreateSerializer(StrictSerializer):
    text = serializers.CharField(max_length=STEP_MAX_LENGTH, help_text="The step, added at the end of the checklist.")
