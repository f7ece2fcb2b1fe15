"""A claim in detail: its evidence, events, assignment, verdict and publication, and the moves on it."""

import math

from django.contrib.auth import get_user_model
from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from api.serializers.common import MAX_ID, MAX_VERSION, Username
from api.serializers.documents import ClaimSerializer, DocumentSerializer
from claims.models import Claim, ClaimEvent
from factcheck.limits import URL_MAX_LENGTH
from publishing.models import ClaimMatch, Correction, Publication
from reviews.models import ArchivedPage, Assignment, Evidence, Verdict
from sources.models import Source


class FiniteFloatField(serializers.FloatField):
    def to_internal_value(self, data):
        value = super().to_internal_value(data)
        if not math.isfinite(value):
            raise serializers.ValidationError("A finite number is required.")
        return value


class ClaimFilterSerializer(StrictSerializer):
    ORDERINGS = ["created_at", "-created_at", "updated_at", "-updated_at", "score", "-score"]

    status = serializers.ChoiceField(choices=Claim.Status.choices, required=False)
    assignee = serializers.CharField(required=False, max_length=150, help_text="A username, or `me`.")
    unassigned = serializers.BooleanField(required=False, allow_null=True, default=None)
    document = serializers.IntegerField(required=False, min_value=1, max_value=MAX_ID)
    language = serializers.CharField(required=False, max_length=8)
    speaker = serializers.CharField(required=False, max_length=200, help_text="Part of the speaker's name.")
    tag = serializers.CharField(required=False, max_length=40, help_text="Claims filed under this tag (any case).")
    min_score = FiniteFloatField(required=False, min_value=0, max_value=1)
    watching = serializers.BooleanField(required=False, default=False, help_text="Only the claims you watch.")
    q = serializers.CharField(
        required=False,
        max_length=200,
        help_text="Words of the claim or its speaker, found as the desk's search finds them (GET /api/v1/search/).",
    )
    ordering = serializers.ChoiceField(choices=ORDERINGS, required=False, default="-created_at")


class ArchiveSerializer(StrictModelSerializer):
    class Meta:
        model = ArchivedPage
        fields = ["state", "error", "fetched_at", "final_url", "sha256", "title", "published"]


class ArchiveTextSerializer(ArchiveSerializer):
    class Meta(ArchiveSerializer.Meta):
        fields = [*ArchiveSerializer.Meta.fields, "status", "content_type", "text"]


class EvidenceSerializer(StrictModelSerializer):
    added_by = Username(allow_null=True)
    source_name = serializers.CharField(source="source.name", read_only=True, default=None, allow_null=True)
    file = serializers.SerializerMethodField(help_text="Name of the stored file; download it from `file_url`.")
    content_type = serializers.CharField(read_only=True, help_text="The file's type, found in its bytes.")
    file_url = serializers.SerializerMethodField(help_text="Where members download the file; null without one.")
    archive = serializers.SerializerMethodField(help_text="A web page's archived copy; null for files and quotes.")
    public = serializers.BooleanField(
        read_only=True,
        help_text="For a file: shown on the published fact-check (an editor decides). "
        "Web pages and quotes are always shown.",
    )

    class Meta:
        model = Evidence
        fields = ["id", "claim", "kind", "stance", "url", "file", "content_type", "sha256", "file_url", "archive"]
        fields += ["public", "excerpt", "note", "source", "source_name", "added_by", "created_at"]

    def get_file(self, evidence) -> str:
        return evidence.file.name if evidence.file else ""

    def get_file_url(self, evidence) -> str | None:
        if not evidence.file:
            return None
        return reverse("api:claim-evidence-file", args=[evidence.claim_id, evidence.pk])

    @extend_schema_field(ArchiveSerializer(allow_null=True))
    def get_archive(self, evidence):
        # Select the archive with the evidence (select_related("archive")) or this costs a query per item.
        archive = getattr(evidence, "archive", None)
        return ArchiveSerializer(archive).data if archive else None


class EvidencePublicSerializer(StrictSerializer):
    public = serializers.BooleanField(help_text="true to show the file on the published fact-check, false to hide it.")


class EvidenceCreateSerializer(StrictSerializer):
    file = serializers.FileField(required=False, max_length=255)
    url = serializers.URLField(required=False, max_length=URL_MAX_LENGTH)
    quote = serializers.CharField(required=False, max_length=20_000)
    stance = serializers.ChoiceField(choices=Evidence.Stance.choices)
    source = serializers.PrimaryKeyRelatedField(queryset=Source.objects.all(), required=False, allow_null=True)
    excerpt = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")
    note = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")

    # No size check here: the upload rules (reviews.uploads) judge size and type together, and
    # their refusal reaches the caller as code `refused` with the reason.

    def validate(self, data):
        given = [name for name in ("file", "url", "quote") if data.get(name)]
        if len(given) != 1:
            raise serializers.ValidationError("Give exactly one of file, url or quote.")
        if data.get("quote") and data.get("excerpt"):
            raise serializers.ValidationError({"excerpt": ["A quote is its own excerpt; leave this out."]})
        data["kind"] = {"file": Evidence.Kind.FILE, "url": Evidence.Kind.URL, "quote": Evidence.Kind.QUOTE}[given[0]]
        return data


class EventSerializer(StrictModelSerializer):
    actor = Username(allow_null=True)

    class Meta:
        model = ClaimEvent
        fields = ["id", "kind", "from_status", "to_status", "actor", "note", "details", "created_at"]


class AssignmentSerializer(StrictModelSerializer):
    reviewer = Username()
    assigned_by = Username(allow_null=True)

    class Meta:
        model = Assignment
        fields = ["id", "reviewer", "assigned_by", "assigned_at", "due_at"]


class VerdictSerializer(StrictModelSerializer):
    author = Username()
    decided_by = Username(allow_null=True)

    class Meta:
        model = Verdict
        fields = ["id", "claim", "rating", "summary", "author", "state", "decided_by", "decision_comment"]
        fields += ["decided_at", "created_at", "updated_at"]


class VerdictWithClaimSerializer(VerdictSerializer):
    claim = ClaimSerializer(read_only=True)


class MoveSerializer(StrictSerializer):
    to = serializers.ChoiceField(choices=Claim.Status.choices)
    label = serializers.CharField()
    allowed = serializers.BooleanField()
    missing = serializers.ListField(child=serializers.CharField(), help_text="What stands in the way.")


class MatchSerializer(StrictSerializer):
    """One "checked before" suggestion: an earlier claim here, or a fact-check published elsewhere."""

    id = serializers.IntegerField(source="match.id")
    text = serializers.CharField(help_text="The earlier claim, as it was checked.")
    score = serializers.FloatField(help_text="Similarity, 0 to 1.")
    state = serializers.ChoiceField(choices=ClaimMatch.State.choices)
    checked = serializers.BooleanField(help_text="It has a published verdict, here or elsewhere.")
    rating = serializers.CharField(help_text="The published rating's name; empty when not checked.")
    date = serializers.DateField(source="rating_date", allow_null=True, help_text="When it was published.")
    url = serializers.SerializerMethodField(help_text="The published fact-check; empty when none.")
    claim = serializers.IntegerField(source="claim_id", allow_null=True, help_text="The earlier claim, if ours.")
    external = serializers.IntegerField(source="external_id", allow_null=True, help_text="The imported fact-check.")

    def get_url(self, view) -> str:
        request = self.context.get("request")
        return request.build_absolute_uri(view.url) if view.url and request else view.url


class CorrectionSerializer(StrictModelSerializer):
    class Meta:
        model = Correction
        fields = ["id", "text", "created_at"]


class PublicationSerializer(StrictModelSerializer):
    url = serializers.SerializerMethodField(help_text="The public fact-check page.")
    corrections = CorrectionSerializer(many=True, read_only=True)

    class Meta:
        model = Publication
        fields = ["id", "url", "language", "published_at", "withdrawn_at", "withdrawal_reason", "corrections"]

    def get_url(self, publication) -> str:
        request = self.context.get("request")
        path = publication.get_absolute_url()
        return request.build_absolute_uri(path) if request else path


class ClaimDetailSerializer(ClaimSerializer):
    document = DocumentSerializer(read_only=True)
    evidence = EvidenceSerializer(many=True, read_only=True)
    events = EventSerializer(many=True, read_only=True)
    assignment = serializers.SerializerMethodField()
    verdict = serializers.SerializerMethodField(help_text="The verdict in the making, else the last approved one.")
    moves = serializers.SerializerMethodField(help_text="Every move out of the current status, for the caller.")
    matches = serializers.SerializerMethodField(help_text="Checked before? Suggestions not dismissed, linked first.")
    publication = serializers.SerializerMethodField(help_text="The live public fact-check, else the latest one.")
    timecode = serializers.CharField(help_text="When it was said in its transcript, as 00:12:34; empty elsewhere.")

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "evidence", "events", "assignment", "verdict", "moves"]
        fields += ["matches", "publication", "said_at_ms", "timecode"]

    def to_representation(self, claim):
        # One claim with nested parts: the field-by-field path, not the list's shortcut.
        return serializers.ModelSerializer.to_representation(self, claim)

    @extend_schema_field(AssignmentSerializer(allow_null=True))
    def get_assignment(self, claim):
        open_ones = claim.open_assignments
        return AssignmentSerializer(open_ones[0]).data if open_ones else None

    @extend_schema_field(VerdictSerializer(allow_null=True))
    def get_verdict(self, claim):
        verdicts = list(claim.verdicts.all())
        current = next((verdict for verdict in verdicts if verdict.state != Verdict.State.APPROVED), None)
        current = current or (verdicts[0] if verdicts else None)
        return VerdictSerializer(current).data if current else None

    @extend_schema_field(MoveSerializer(many=True))
    def get_moves(self, claim):
        return MoveSerializer(self.context["moves"], many=True).data

    @extend_schema_field(MatchSerializer(many=True))
    def get_matches(self, claim):
        return MatchSerializer(self.context["matches"], many=True, context=self.context).data

    @extend_schema_field(PublicationSerializer(allow_null=True))
    def get_publication(self, claim):
        # Publications come newest first; a claim has at most one live one.
        publications = list(claim.publications.all())
        shown = next((item for item in publications if item.withdrawn_at is None), None)
        shown = shown or (publications[0] if publications else None)
        return PublicationSerializer(shown, context=self.context).data if shown else None


class TransitionSerializer(StrictSerializer):
    to = serializers.ChoiceField(choices=Claim.Status.choices)
    note = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")
    version = serializers.IntegerField(min_value=1, max_value=MAX_VERSION, help_text="The version you last saw.")


class VersionSerializer(StrictSerializer):
    version = serializers.IntegerField(
        required=False, min_value=1, max_value=MAX_VERSION, help_text="The version you last saw, to refuse stale moves."
    )


class AssignSerializer(VersionSerializer):
    reviewer = serializers.SlugRelatedField(slug_field="username", queryset=get_user_model().objects.all())
    due = serializers.DateTimeField(required=False, allow_null=True, default=None)


class VerdictDraftSerializer(StrictSerializer):
    rating = serializers.ChoiceField(choices=Verdict.Rating.choices)
    summary = serializers.CharField(max_length=20_000)


class ApproveSerializer(StrictSerializer):
    comment = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")


class RejectSerializer(StrictSerializer):
    comment = serializers.CharField(max_length=20_000, help_text="What the author should change.")
