"""Public fact-checks: matches, withdrawals, corrections, imports and matching any text."""

from django.urls import reverse
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from publishing.models import ClaimReviewImport


class MatchDecisionSerializer(StrictSerializer):
    note = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")


class WithdrawSerializer(StrictSerializer):
    reason = serializers.CharField(max_length=20_000, help_text="Shown to readers on the withdrawn page.")


class CorrectSerializer(StrictSerializer):
    text = serializers.CharField(max_length=20_000, help_text="Published, dated, under the fact-check.")


class ImportFileSerializer(StrictSerializer):
    file = serializers.FileField(max_length=255, help_text="ClaimReview JSON-LD: one object, a list, or an @graph.")


class ClaimReviewImportSerializer(StrictModelSerializer):
    progress_url = serializers.SerializerMethodField(help_text="Where to follow this import.")

    class Meta:
        model = ClaimReviewImport
        fields = [
            "id",
            "state",
            "total",
            "processed",
            "created",
            "updated",
            "problems",
            "created_at",
            "finished_at",
            "progress_url",
        ]
        extra_kwargs = {
            "total": {"help_text": "Reviews in the file, once it has been read."},
            "processed": {"help_text": "Reviews written so far."},
            "updated": {"help_text": "Already imported (same review URL), refreshed."},
            "problems": {"help_text": "Every problem of a file that imported nothing (state `failed`)."},
        }

    def get_progress_url(self, started) -> str:
        path = reverse("api:factchecks-import-detail", args=[started.pk])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class MatchTextSerializer(StrictSerializer):
    text = serializers.CharField(max_length=5000, help_text="A claim, a post, a tip: links and handles are ignored.")
    language = serializers.ChoiceField(choices=["en", "fr"], required=False, default="")


class TextMatchSerializer(StrictSerializer):
    url = serializers.CharField(help_text="The fact-check.")
    claim_reviewed = serializers.CharField()
    rating = serializers.CharField()
    publisher = serializers.CharField()
    date = serializers.DateField(allow_null=True)
    score = serializers.FloatField(help_text="0 to 1: words and meaning together.")
    kind = serializers.ChoiceField(choices=["claim", "external"], help_text="Published here, or imported.")
    id = serializers.IntegerField(help_text="The claim's id (kind claim) or the imported fact-check's.")
    appearance = serializers.CharField(help_text="Where the checked claim was made, when known.")


class RepeatFilterSerializer(StrictSerializer):
    kind = serializers.ChoiceField(
        choices=["claim", "external"],
        default="external",
        help_text="As in the match answer: a claim published here, or an imported fact-check (default).",
    )


class RepeatSerializer(StrictSerializer):
    claim = serializers.IntegerField(
        source="claim_id",
        allow_null=True,
        help_text="The claim that repeats it; null for a sentence seen by monitoring (a lead).",
    )
    text = serializers.SerializerMethodField()
    document = serializers.IntegerField(source="document_id", allow_null=True)
    document_title = serializers.SerializerMethodField()
    document_url = serializers.SerializerMethodField()
    outlet = serializers.CharField()
    speaker = serializers.CharField()
    said_on = serializers.DateField(help_text="The article's date when known, else when the claim came in.")
    recorded_at = serializers.DateTimeField()

    def get_text(self, repeat) -> str:
        return repeat.claim.text if repeat.claim_id else repeat.text

    def get_document_title(self, repeat) -> str:
        return repeat.document.title if repeat.document else ""

    def get_document_url(self, repeat) -> str:
        return repeat.document.url if repeat.document else ""
