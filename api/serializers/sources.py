"""The source registry and the domains it does not cover yet."""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import Username
from factcheck.limits import URL_MAX_LENGTH
from sources.models import Source, SourceEvent, SourceProposal
from sources.selectors import normalise_domain


class DomainField(serializers.CharField):
    """A domain in the form the registry stores it, by the registry's own rule (normalise_domain):
    "www.München.de" and "https://münchen.de/a" both become "xn--mnchen-3ya.de"."""

    def to_internal_value(self, data):
        domain = normalise_domain(super().to_internal_value(data))
        if not domain:
            raise serializers.ValidationError("Enter a domain such as example.org.")
        return domain


class DomainListField(serializers.ListField):
    child = DomainField(max_length=253)

    def to_representation(self, domains):
        return [row.domain for row in domains.all()]


class SourceSerializer(StrictModelSerializer):
    domains = DomainListField(
        required=False, max_length=100, help_text="Web domains the source publishes on; given, it replaces the list."
    )

    class Meta:
        model = Source
        fields = ["id", "name", "kind", "reliability", "notes", "active", "domains", "created_at", "updated_at"]


class SourceEventSerializer(StrictModelSerializer):
    actor = Username(allow_null=True)

    class Meta:
        model = SourceEvent
        fields = ["id", "kind", "old_value", "new_value", "details", "actor", "created_at"]


class SourceDetailSerializer(SourceSerializer):
    history = SourceEventSerializer(
        source="events", many=True, read_only=True, help_text="Creation, reliability changes, imports and merges."
    )

    class Meta(SourceSerializer.Meta):
        fields = [*SourceSerializer.Meta.fields, "history"]


class AffectedClaimSerializer(StrictSerializer):
    """reviews.services.AffectedClaim: an open claim a change left in a status its evidence no longer supports."""

    id = serializers.IntegerField(source="claim_id")
    status = serializers.CharField(help_text="Its status, as the desk shows it.")
    unmet = serializers.ListField(child=serializers.CharField(), help_text="What its evidence lacks now.")
    url = serializers.SerializerMethodField(help_text="The claim in the API.")

    def get_url(self, row) -> str:
        path = reverse("api:claim", args=[row.claim_id])
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class SourceChangedSerializer(SourceDetailSerializer):
    claims_no_longer_supported = serializers.SerializerMethodField(
        help_text="Open claims this change left in a status their evidence no longer supports (a reliability "
        "change that stops the source counting); each is also listed at /api/v1/claims/unsupported/."
    )

    class Meta(SourceDetailSerializer.Meta):
        fields = [*SourceDetailSerializer.Meta.fields, "claims_no_longer_supported"]

    @extend_schema_field(AffectedClaimSerializer(many=True))
    def get_claims_no_longer_supported(self, source) -> list:
        return AffectedClaimSerializer(self.context.get("affected", []), many=True, context=self.context).data


class UnmatchedDomainSerializer(StrictSerializer):
    domain = serializers.CharField(
        help_text="As stored and registered: lower case, without “www.”, international domains IDNA-encoded "
        "(“xn--caf-dma.fr” for café.fr; decode it with IDNA to show it). Send it back as is to register it."
    )
    evidence_count = serializers.IntegerField(help_text="Web evidence on this domain (or its subdomains).")
    claim_count = serializers.IntegerField(help_text="Claims that evidence is attached to.")


class RegisterDomainSerializer(StrictSerializer):
    domain = serializers.CharField(max_length=URL_MAX_LENGTH, help_text="A domain, or an address on it.")
    name = serializers.CharField(
        required=False, allow_blank=True, max_length=200, default="", help_text="The domain when left out."
    )
    kind = serializers.ChoiceField(choices=Source.Kind.choices, required=False, default=Source.Kind.OTHER)
    reliability = serializers.ChoiceField(
        choices=Source.Reliability.choices,
        required=False,
        default=Source.Reliability.UNRATED,
        help_text="Left out, the source is not yet rated and does not count towards corroboration until rated.",
    )


class RegisteredDomainSerializer(StrictSerializer):
    source = SourceDetailSerializer()
    linked = serializers.IntegerField(help_text="Evidence items now linked to the new source.")


class UnsupportedClaimSerializer(StrictSerializer):
    """reviews.selectors.UnsupportedClaim: an open claim a registry change left unsupported."""

    id = serializers.IntegerField(source="claim.pk")
    text = serializers.CharField(source="claim.text")
    status = serializers.CharField(source="claim.status")
    unmet = serializers.ListField(
        child=serializers.CharField(), help_text="What its evidence lacks now for its status, as a move refusal says."
    )
    changed_at = serializers.DateTimeField(help_text="When the latest registry change that left it unsupported ran.")
    change = serializers.CharField(help_text="What that change recorded on the claim.")
    url = serializers.SerializerMethodField(help_text="The claim in the API.")
    workspace_url = serializers.SerializerMethodField(help_text="The claim's workspace in the desk.")

    def _absolute(self, path: str) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path

    def get_url(self, row) -> str:
        return self._absolute(reverse("api:claim", args=[row.claim.pk]))

    def get_workspace_url(self, row) -> str:
        return self._absolute(reverse("desk:claim", args=[row.claim.pk]))


class SourceProposalSerializer(StrictModelSerializer):
    proposed_by = Username(allow_null=True)
    decided_by = Username(allow_null=True)

    class Meta:
        model = SourceProposal
        fields = [
            "id", "domain", "name", "kind", "reliability", "note", "state", "proposed_by", "created_at",
            "decided_by", "decided_at", "decline_reason", "source",
        ]  # fmt: skip
        read_only_fields = fields


class ProposeSourceSerializer(StrictSerializer):
    domain = serializers.CharField(
        max_length=URL_MAX_LENGTH, help_text="A domain, or an address on it, of evidence no source covers."
    )
    name = serializers.CharField(max_length=200)
    kind = serializers.ChoiceField(choices=Source.Kind.choices, required=False, default=Source.Kind.OTHER)
    reliability = serializers.ChoiceField(
        choices=Source.Reliability.choices,
        required=False,
        default="",
        help_text="A suggestion for the editor who decides; left out (or unrated), no suggestion.",
    )
    note = serializers.CharField(required=False, allow_blank=True, default="", max_length=2000)


class AcceptProposalSerializer(StrictSerializer):
    name = serializers.CharField(required=False, default="", max_length=200, help_text="The proposal's when left out.")
    kind = serializers.ChoiceField(choices=Source.Kind.choices, required=False, default="")
    reliability = serializers.ChoiceField(choices=Source.Reliability.choices, required=False, default="")


class DeclineProposalSerializer(StrictSerializer):
    reason = serializers.CharField(max_length=2000, help_text="Sent to the proposer.")


class AcceptedProposalSerializer(StrictSerializer):
    proposal = SourceProposalSerializer()
    source = SourceDetailSerializer()
    linked = serializers.IntegerField(help_text="Evidence items now linked to the new source.")
