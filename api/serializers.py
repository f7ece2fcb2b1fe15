"""Representations and input shapes. Validation of shape only: the rules live in services."""

import math

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from claims import roles
from claims.models import Candidate, Claim, ClaimEvent, Document
from claims.services import intake_too_large_message
from factcheck.limits import URL_MAX_LENGTH
from notifications import selectors as notification_selectors
from notifications.models import Notification
from publishing.models import ClaimMatch, ClaimReviewImport, Correction, Publication
from reviews.models import ArchivedPage, Assignment, Evidence, Verdict
from sources.models import Source, SourceEvent
from sources.selectors import normalise_domain

# Ids and versions are 64-bit in PostgreSQL; anything larger cannot name a row.
MAX_ID = 2**63 - 1
MAX_VERSION = 2**31 - 1


class Username(serializers.SlugRelatedField):
    def __init__(self, **kwargs):
        super().__init__(slug_field="username", read_only=True, **kwargs)


# Errors


class ErrorSerializer(StrictSerializer):
    detail = serializers.CharField()
    code = serializers.CharField()


class BadRequestSerializer(ErrorSerializer):
    fields = serializers.DictField(
        child=serializers.JSONField(), required=False, help_text="With code `invalid`: messages by field."
    )
    conditions = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="With code `refused`: what the rules still need."
    )


class ClaimStateSerializer(StrictSerializer):
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    version = serializers.IntegerField()


class ConflictSerializer(ErrorSerializer):
    current = ClaimStateSerializer()


# Auth and people


class CredentialsSerializer(StrictSerializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(StrictSerializer):
    token = serializers.CharField(help_text="Shown this once: only its digest is stored.")
    expiry = serializers.DateTimeField(allow_null=True, help_text="When the token stops working.")


class MeSerializer(StrictModelSerializer):
    role = serializers.SerializerMethodField(help_text="admin, editor, fact-checker or none.")
    groups = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    languages = serializers.SerializerMethodField()
    can_assign = serializers.SerializerMethodField()
    can_edit_sources = serializers.SerializerMethodField()
    unread_notifications = serializers.SerializerMethodField(help_text="How many of my notifications are unread.")

    class Meta:
        model = get_user_model()
        fields = ["id", "username", "first_name", "last_name", "email", "role", "groups", "languages"]
        fields += ["can_assign", "can_edit_sources", "unread_notifications"]

    def get_role(self, user) -> str:
        return roles.role_name(user)

    def get_languages(self, user) -> list[str]:
        profile = getattr(user, "reviewer_profile", None)
        return list(profile.languages) if profile else []

    def get_can_assign(self, user) -> bool:
        return roles.can_assign_claims(user)

    def get_can_edit_sources(self, user) -> bool:
        return roles.can_edit_sources(user)

    def get_unread_notifications(self, user) -> int:
        return notification_selectors.unread_count(user)


# Documents


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


# Claims


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
    min_score = FiniteFloatField(required=False, min_value=0, max_value=1)
    q = serializers.CharField(required=False, max_length=200, help_text="Words in the claim, speaker or title.")
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

    class Meta(ClaimSerializer.Meta):
        fields = [*ClaimSerializer.Meta.fields, "evidence", "events", "assignment", "verdict", "moves"]
        fields += ["matches", "publication"]

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


# Verdicts


class VerdictDraftSerializer(StrictSerializer):
    rating = serializers.ChoiceField(choices=Verdict.Rating.choices)
    summary = serializers.CharField(max_length=20_000)


class ApproveSerializer(StrictSerializer):
    comment = serializers.CharField(required=False, allow_blank=True, max_length=20_000, default="")


class RejectSerializer(StrictSerializer):
    comment = serializers.CharField(max_length=20_000, help_text="What the author should change.")


# Sources


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


class RegisteredDomainSerializer(StrictSerializer):
    source = SourceDetailSerializer()
    linked = serializers.IntegerField(help_text="Evidence items now linked to the new source.")


# Notifications


class NotificationSerializer(StrictModelSerializer):
    unread = serializers.SerializerMethodField()

    class Meta:
        model = Notification
        fields = ["id", "kind", "claim", "text", "unread", "read_at", "created_at"]

    def get_unread(self, notification) -> bool:
        return notification.read_at is None


class NotificationFilterSerializer(StrictSerializer):
    unread = serializers.BooleanField(
        required=False, allow_null=True, default=None, help_text="true: unread only; false: read only."
    )


class MarkedReadSerializer(StrictSerializer):
    marked = serializers.IntegerField(help_text="Notifications marked read by this call.")


# Publishing


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


# Reports


class ReportFilterSerializer(StrictSerializer):
    weeks = serializers.IntegerField(required=False, default=8, min_value=1, max_value=104)


class WeekFlowSerializer(StrictSerializer):
    week_start = serializers.DateField(help_text="The Monday the week starts on.")
    created = serializers.IntegerField(help_text="Claims created that week.")
    closed = serializers.IntegerField(help_text="Claims closed that week (verdict approved or linked).")


class RatingCountSerializer(StrictSerializer):
    rating = serializers.ChoiceField(choices=Verdict.Rating.choices)
    count = serializers.IntegerField()


class ReviewerLoadSerializer(StrictSerializer):
    reviewer = serializers.CharField()
    open_claims = serializers.IntegerField()
    overdue_claims = serializers.IntegerField()


class ReportSummarySerializer(StrictSerializer):
    weekly_flow = WeekFlowSerializer(many=True, help_text="Oldest week first; the last is this week.")
    median_hours_to_verdict = serializers.FloatField(
        allow_null=True,
        help_text="Median from intake (document stored) to published verdict, over the last 90 days; "
        "null when nothing was published then.",
    )
    verdicts_by_rating = RatingCountSerializer(many=True, help_text="Approved verdicts.")
    open_claims_per_reviewer = ReviewerLoadSerializer(many=True, help_text="The most loaded first.")


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
