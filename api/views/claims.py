from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.filters import filter_claims
from api.negotiation import ErrorsInJson
from api.pagination import NewestFirstCursorPagination
from api.parsers import JSONParser
from api.permissions import IsMember
from api.schema import errors
from claims import selectors, workflow
from claims.models import ClaimEvent
from publishing import selectors as publishing_selectors
from publishing import services as publishing_services
from publishing.models import Publication
from reviews import downloads, exports
from reviews import services as reviews_services
from reviews.models import ArchivedPage, Assignment, Evidence, Verdict


def visible_claim(request, claim_id):
    return get_object_or_404(selectors.claims_visible_to(request.user), pk=claim_id)


def visible_evidence(request, claim_id, evidence_id) -> Evidence:
    claim = visible_claim(request, claim_id)
    return get_object_or_404(claim.evidence.select_related("claim"), pk=evidence_id)


def claim_detail(request, claim_id) -> dict:
    """The full representation of a claim, in a fixed number of queries."""
    evidence = Evidence.objects.select_related("source", "added_by", "archive")
    open_assignments = Assignment.objects.filter(released_at__isnull=True, completed_at__isnull=True)
    claim = get_object_or_404(
        selectors.claims_visible_to(request.user)
        .select_related("document__submitted_by", "assignee")
        .prefetch_related(
            Prefetch("evidence", queryset=evidence),
            Prefetch("events", queryset=ClaimEvent.objects.select_related("actor")),
            Prefetch(
                "assignments",
                queryset=open_assignments.select_related("reviewer", "assigned_by"),
                to_attr="open_assignments",
            ),
            Prefetch("verdicts", queryset=Verdict.objects.select_related("author", "decided_by")),
            Prefetch(
                "publications",
                queryset=Publication.objects.order_by("-published_at", "-id").prefetch_related("corrections"),
            ),
        ),
        pk=claim_id,
    )
    context = {
        "request": request,
        "moves": workflow.available_moves(claim, request.user, evidence=list(claim.evidence.all())),
        "matches": publishing_selectors.matches_for(claim),
    }
    return serializers.ClaimDetailSerializer(claim, context=context).data


class ClaimListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = NewestFirstCursorPagination
    serializer_class = serializers.ClaimSerializer

    @extend_schema(
        operation_id="claims_list",
        summary="Claims, filtered and ordered",
        parameters=[serializers.ClaimFilterSerializer],
        responses={200: serializers.ClaimSerializer(many=True), **errors(400, 401, 403, 404)},
        tags=["claims"],
    )
    def get(self, request):
        filters = serializers.ClaimFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        self.ordering = filters.validated_data["ordering"]
        claims = filter_claims(selectors.claims_visible_to(request.user), filters.validated_data, request.user)
        page = self.paginate_queryset(claims.values(*serializers.ClaimSerializer.ROW))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class ClaimExportView(APIView):
    permission_classes = [IsAuthenticated, IsMember]
    content_negotiation_class = ErrorsInJson

    @extend_schema(
        operation_id="claims_export_csv",
        summary="The claims list as CSV: the same filters and order, every row, streamed",
        description="Columns: " + ", ".join(exports.COLUMNS) + ". The latest verdict's rating and state. Text "
        "that a spreadsheet would run as a formula (starting with =, +, - or @) is prefixed with a quote.",
        parameters=[serializers.ClaimFilterSerializer],
        responses={
            (200, "text/csv"): OpenApiResponse(OpenApiTypes.STR, description="UTF-8 CSV, as an attachment."),
            **errors(400, 401, 403),
        },
        tags=["claims"],
    )
    def get(self, request):
        filters = serializers.ClaimFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        ordering = filters.validated_data["ordering"]
        claims = filter_claims(selectors.claims_visible_to(request.user), filters.validated_data, request.user)
        return exports.claims_csv_response(claims.order_by(ordering, "-id" if ordering.startswith("-") else "id"))


class ClaimDetailView(APIView):
    @extend_schema(
        operation_id="claims_retrieve",
        summary="A claim with its evidence, history, assignment, verdict and the moves open to you",
        responses={200: serializers.ClaimDetailSerializer, **errors(401, 404)},
        tags=["claims"],
    )
    def get(self, request, claim_id):
        return Response(claim_detail(request, claim_id))


class ClaimTransitionView(APIView):
    @extend_schema(
        operation_id="claims_transition",
        summary="Move a claim to another status",
        description="`version` is the version you last saw: if the claim changed since, the answer is 409 "
        "with its current status and version. Reopening (to `unverified`) needs a `note`.",
        request=serializers.TransitionSerializer,
        responses={200: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404, 409)},
        tags=["claims"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        move = serializers.TransitionSerializer(data=request.data)
        move.is_valid(raise_exception=True)
        publishing_services.claim_move(claim, actor=request.user, **move.validated_data)
        return Response(claim_detail(request, claim.pk))


class ClaimAssignView(APIView):
    @extend_schema(
        operation_id="claims_assign",
        summary="Assign a claim to a reviewer (editors)",
        request=serializers.AssignSerializer,
        responses={200: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404, 409)},
        tags=["claims"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        assignment = serializers.AssignSerializer(data=request.data)
        assignment.is_valid(raise_exception=True)
        reviews_services.claim_assign(claim, actor=request.user, **assignment.validated_data)
        return Response(claim_detail(request, claim.pk))


class ClaimReleaseView(APIView):
    @extend_schema(
        operation_id="claims_release",
        summary="Give a claim back to the unassigned queue",
        request=serializers.VersionSerializer,
        responses={200: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404, 409)},
        tags=["claims"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        release = serializers.VersionSerializer(data=request.data)
        release.is_valid(raise_exception=True)
        reviews_services.claim_release(claim, actor=request.user, **release.validated_data)
        return Response(claim_detail(request, claim.pk))


class ClaimTakeNextView(APIView):
    @extend_schema(
        operation_id="claims_take_next",
        summary="Take the next unassigned claim: urgent first, then oldest, in a language you read",
        request=None,
        responses={
            200: serializers.ClaimDetailSerializer,
            204: OpenApiResponse(description="Nothing left to take."),
            **errors(401, 403),
        },
        tags=["claims"],
    )
    def post(self, request):
        claim = reviews_services.claim_take_next(actor=request.user)
        if claim is None:
            return Response(status=status.HTTP_204_NO_CONTENT)
        return Response(claim_detail(request, claim.pk))


class ClaimEvidenceView(APIView):
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    @extend_schema(
        operation_id="claims_evidence_list",
        summary="The claim's evidence",
        responses={200: serializers.EvidenceSerializer(many=True), **errors(401, 404)},
        tags=["evidence"],
    )
    def get(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        evidence = claim.evidence.select_related("source", "added_by", "archive")
        return Response(serializers.EvidenceSerializer(evidence, many=True).data)

    @extend_schema(
        operation_id="claims_evidence_add",
        summary="Attach evidence: a file (multipart), a web page (`url`) or a quote",
        description="A web page without `source` is linked to the source whose domain it is on, if any, and "
        "archived in the background. A file is judged by its bytes: one of a type not accepted, empty or too "
        "large is refused (400, code `refused`, the reason in `detail`), and so is a file already attached.",
        request={
            "application/json": serializers.EvidenceCreateSerializer,
            "multipart/form-data": serializers.EvidenceCreateSerializer,
        },
        responses={201: serializers.EvidenceSerializer, **errors(400, 401, 403, 404)},
        tags=["evidence"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        item = serializers.EvidenceCreateSerializer(data=request.data)
        item.is_valid(raise_exception=True)
        data = item.validated_data
        excerpt = data.get("quote") or data["excerpt"]
        evidence = reviews_services.evidence_attach(
            claim,
            actor=request.user,
            kind=data["kind"],
            stance=data["stance"],
            url=data.get("url", ""),
            file=data.get("file"),
            excerpt=excerpt,
            note=data["note"],
            source=data.get("source"),
        )
        return Response(serializers.EvidenceSerializer(evidence).data, status=status.HTTP_201_CREATED)


class ClaimEvidenceDetailView(APIView):
    @extend_schema(
        operation_id="claims_evidence_remove",
        summary="Remove evidence, unless the claim's current status stands on it",
        parameters=[
            OpenApiParameter(
                "version", int, required=False, description="The claim version you last saw, to refuse stale removals."
            )
        ],
        responses={204: OpenApiResponse(description="Removed."), **errors(400, 401, 403, 404, 409)},
        tags=["evidence"],
    )
    def delete(self, request, claim_id, evidence_id):
        claim = visible_claim(request, claim_id)
        evidence = get_object_or_404(claim.evidence.select_related("source"), pk=evidence_id)
        removal = serializers.VersionSerializer(data=request.query_params)
        removal.is_valid(raise_exception=True)
        reviews_services.evidence_remove(evidence, actor=request.user, **removal.validated_data)
        return Response(status=status.HTTP_204_NO_CONTENT)


class ClaimVerdictView(APIView):
    @extend_schema(
        operation_id="claims_verdict_draft",
        summary="Write or rework the claim's draft verdict",
        request=serializers.VerdictDraftSerializer,
        responses={200: serializers.VerdictSerializer, **errors(400, 401, 403, 404)},
        tags=["verdicts"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        draft = serializers.VerdictDraftSerializer(data=request.data)
        draft.is_valid(raise_exception=True)
        verdict = reviews_services.verdict_save_draft(claim, actor=request.user, **draft.validated_data)
        return Response(serializers.VerdictSerializer(verdict).data)


class ClaimEvidenceFileView(APIView):
    content_negotiation_class = ErrorsInJson

    @extend_schema(
        operation_id="claims_evidence_file",
        summary="Download an evidence file",
        description="Sent as an attachment with the type found in its bytes, `X-Content-Type-Options: nosniff` "
        "and a sandboxing `Content-Security-Policy`. 404 for evidence without a file.",
        responses={
            (200, "*/*"): OpenApiResponse(OpenApiTypes.BINARY, description="The file, as an attachment."),
            **errors(401, 404),
        },
        tags=["evidence"],
    )
    def get(self, request, claim_id, evidence_id):
        return downloads.evidence_file(visible_evidence(request, claim_id, evidence_id))


class ClaimEvidencePublicView(APIView):
    @extend_schema(
        operation_id="claims_evidence_public",
        summary="Show an evidence file on the published fact-check, or keep it private (editors)",
        description="Uploaded files are private until an editor marks them public; web pages and quotes are "
        "always public, so for them this is refused (400, code `refused`).",
        request=serializers.EvidencePublicSerializer,
        responses={200: serializers.EvidenceSerializer, **errors(400, 401, 403, 404)},
        tags=["evidence"],
    )
    def post(self, request, claim_id, evidence_id):
        evidence = visible_evidence(request, claim_id, evidence_id)
        choice = serializers.EvidencePublicSerializer(data=request.data)
        choice.is_valid(raise_exception=True)
        evidence = reviews_services.evidence_set_public(
            evidence, actor=request.user, public=choice.validated_data["public"]
        )
        return Response(serializers.EvidenceSerializer(evidence).data)


class ClaimEvidenceArchiveView(APIView):
    @extend_schema(
        operation_id="claims_evidence_archive",
        summary="A web page evidence's archived copy: its state, and its title, date and text once fetched",
        responses={200: serializers.ArchiveTextSerializer, **errors(401, 404)},
        tags=["evidence"],
    )
    def get(self, request, claim_id, evidence_id):
        evidence = visible_evidence(request, claim_id, evidence_id)
        archive = get_object_or_404(ArchivedPage, evidence=evidence)
        return Response(serializers.ArchiveTextSerializer(archive).data)


class ClaimEvidenceArchiveRetryView(APIView):
    @extend_schema(
        operation_id="claims_evidence_archive_retry",
        summary="Queue archiving of a web page again, after it failed",
        description="Refused (400) for evidence that is not a web page, or a page already archived.",
        request=None,
        responses={
            202: OpenApiResponse(serializers.ArchiveSerializer, description="Queued; poll the archive."),
            **errors(400, 401, 403, 404),
        },
        tags=["evidence"],
    )
    def post(self, request, claim_id, evidence_id):
        evidence = visible_evidence(request, claim_id, evidence_id)
        archive = reviews_services.evidence_archive_retry(evidence, actor=request.user)
        return Response(serializers.ArchiveSerializer(archive).data, status=status.HTTP_202_ACCEPTED)
