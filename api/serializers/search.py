"""The desk's one search."""

from django.urls import reverse
from rest_framework import serializers

from api.json_types import StrictSerializer
from claims.models import Claim
from publishing.search import KINDS, QUERY_MAX_LENGTH


class SearchQuerySerializer(StrictSerializer):
    q = serializers.CharField(
        max_length=QUERY_MAX_LENGTH,
        help_text="Words to find, in French or English; accents, case and word endings do not matter.",
    )
    kind = serializers.ChoiceField(
        choices=KINDS,
        required=False,
        help_text="claim (on the desk), factcheck (published here), imported (another newsroom's), document.",
    )
    status = serializers.ChoiceField(
        choices=Claim.Status.choices, required=False, help_text="A claim's status: only claims are listed then."
    )


class SearchResultSerializer(StrictSerializer):
    kind = serializers.ChoiceField(choices=KINDS)
    id = serializers.IntegerField(source="pk")
    text = serializers.CharField(help_text="A claim's text, a fact-check's claim reviewed, a document's title.")
    highlighted = serializers.CharField(help_text="`text` as HTML, escaped, the words found in <mark>.")
    snippet = serializers.CharField(help_text="A document's passage around the first word found, as HTML.")
    score = serializers.FloatField(help_text="BM25, as matching ranks; comparable within one search only.")
    status = serializers.CharField(help_text="A claim's status; empty for the others.")
    rating = serializers.CharField(help_text="An imported fact-check's rating; empty for the others.")
    date = serializers.DateField(source="day", allow_null=True)
    url = serializers.SerializerMethodField(help_text="Where the desk shows it.")

    def get_url(self, result) -> str:
        name, pk = {
            "claim": ("desk:claim", result.pk),
            "factcheck": ("desk:claim", result.pk),
            "imported": ("desk:imported_factcheck", result.pk),
            "document": ("desk:document", result.pk),
        }[result.kind]
        return self.context["request"].build_absolute_uri(reverse(name, args=[pk]))
