"""A transcript submitted by upload (to monitoring, by default)."""

from django.conf import settings
from django.core.validators import URLValidator
from rest_framework import serializers

from api.json_types import StrictSerializer
from claims.services import intake_too_large_message
from factcheck.limits import URL_MAX_LENGTH


class TranscriptSubmitSerializer(StrictSerializer):
    file = serializers.FileField(max_length=255, help_text="An .srt, a .vtt, or a .txt of speaker turns.")
    monitor = serializers.BooleanField(
        default=True, help_text="Its claims become leads in monitoring (true) or tickets in the queues (false)."
    )
    url = serializers.URLField(
        required=False,
        allow_blank=True,
        max_length=URL_MAX_LENGTH,
        default="",
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Where it was published.",
    )
    byline = serializers.CharField(
        required=False, allow_blank=True, max_length=300, default="", help_text="Its author or broadcaster."
    )
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200, default="")
    published = serializers.DateField(required=False, allow_null=True, default=None)

    def validate_file(self, file):
        if file.size > settings.FACTCHECK_INTAKE_MAX_BYTES:
            raise serializers.ValidationError(intake_too_large_message())
        return file
