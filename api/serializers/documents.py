"""Documents, their candidates, and claims as lists show them."""

from django.conf import settings
from django.utils import timezone
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import Username
from claims.models import Candidate, Claim, Document
from claims.services import intake_too_large_message
from factcheck.limits import URL_MAX_LENGTH


class DocumentSubmitSerializer(StrictSerializer):
    text = serializers.CharField(required=False, max_length=1_000_000)
    title = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    language = serializers.CharField(required=False, allow_blank=True, max_length=8, default="")
    url = serializers.URLField(required=False, max_length=URL_MAX_LENGTH)
    file = serializers.FileField(required=False, max_length=255)

    def validate_file(self, file):
        if file.size > settings.FACTCHECK_INTAKE_MAX_BYTES:
            raise serializers.ValidationError(intake_too_large_message())
        return file

    def validate(self, data):
        given = [name for name in ("text", "url", "file") if data.get(name)]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of text, url or file.")
        return data


class CandidateSerializer(StrictModelSerializer):
    class Meta:
        model = Candidate
        fields = ["id", "text", "start", "end", "speaker", "score", "reasons"]


class DocumentSerializer(StrictModelSerializer):
    submitted_by = Username(allow_null=True)

    class Meta:
        model = Document
        fields = ["id", "title", "url", "language", "byline", "published", "publisher", "extraction_state"]
        fields += ["extraction_error", "submitted_by", "created_at", "updated_at"]


def _datetime(value, zone) -> str | None:
    """What DRF's DateTimeField writes: ISO 8601 in the current time zone (`zone`), "Z" for UTC."""
    if value is None:
        return None
    written = value.astimezone(zone).isoformat()
    return written[:-6] + "Z" if written.endswith("+00:00") else written


class ClaimSerializer(StrictModelSerializer):
    """A claim as lists and queues show it. The declared fields describe it (schema, other
    serializers); `to_representation` writes the same thing directly, because lists write up to
    100 claims and DRF's field-by-field path costs several times more (tests/api/test_claim_rows.py).
    It takes a claim, or a dict of the `ROW` values, which lists read instead of building models."""

    ROW = ("id", "document_id", "text", "start", "end", "speaker", "language", "score", "reasons", "status")
    ROW += ("version", "priority", "assignee__username", "due_at", "closed_at", "created_at", "updated_at")

    assignee = Username(allow_null=True)

    class Meta:
        model = Claim
        fields = ["id", "document", "text", "start", "end", "speaker", "language", "score", "reasons", "status"]
        fields += ["version", "priority", "assignee", "due_at", "closed_at", "created_at", "updated_at"]

    def to_representation(self, claim):
        row = claim if isinstance(claim, dict) else _claim_row(claim)
        zone = timezone.get_current_timezone()
        return {
            "id": row["id"],
            "document": row["document_id"],
            "text": row["text"],
            "start": row["start"],
            "end": row["end"],
            "speaker": row["speaker"],
            "language": row["language"],
            "score": float(row["score"]),
            "reasons": row["reasons"],
            "status": row["status"],
            "version": row["version"],
            "priority": row["priority"],
            "assignee": row["assignee__username"],
            "due_at": _datetime(row["due_at"], zone),
            "closed_at": _datetime(row["closed_at"], zone),
            "created_at": _datetime(row["created_at"], zone),
            "updated_at": _datetime(row["updated_at"], zone),
        }


def _claim_row(claim: Claim) -> dict:
    row = {name: getattr(claim, name) for name in ClaimSerializer.ROW if "__" not in name}
    row["assignee__username"] = claim.assignee.username if claim.assignee_id is not None else None
    return row


class DocumentDetailSerializer(DocumentSerializer):
    claims = ClaimSerializer(many=True, read_only=True)
    candidates = CandidateSerializer(many=True, read_only=True)

    class Meta(DocumentSerializer.Meta):
        fields = [*DocumentSerializer.Meta.fields, "text", "claims", "candidates"]
