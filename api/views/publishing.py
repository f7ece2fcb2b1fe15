from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import status
from rest_framework.exceptions import NotFound
from rest_framework.parsers import MultiPartParser
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.negotiation import ErrorsInJson
from api.pagination import QueuePagination
from api.permissions import IsEditor, IsMember
from api.schema import errors
from api.views.claims import claim_detail, visible_claim
from publishing import importing, matching, repeats, services
from publishing.claimreview import claimreview_for
from publishing.models import ClaimMatch, ClaimReviewImport, ExternalFactCheck, Publication
from publishing.selectors import checked_matches_for_text, live_publication_for_claim, published_claim_ids


def visible_match(request, claim_id, match_id) -> ClaimMatch:
    claim = visible_claim(request, claim_id)
    return get_object_or_404(ClaimMatch.objects.select_related("claim"), claim=claim, pk=match_id)


def live_publication(request, claim_id) -> Publication:
    claim = visible_claim(request, claim_id)
    return get_object_or_404(Publication.objects.select_related("claim"), claim=claim, withdrawn_at__isnull=True)


def publication_response(request, publication_id, *, status_code=status.HTTP_200_OK) -> Response:
    publication = Publication.objects.prefetch_related("corrections").get(pk=publication_id)
    return Response(
        serializers.PublicationSerializer(publication, context={"request": request}).data, status=status_code
    )


class MatchLinkView(APIView):
    @extend_schema(
        operation_id="claims_matches_link",
        summary="Say the claim is the one checked before: it shares that verdict and leaves the queues",
        description="The claim's assignee or an editor. Refused when the suggestion was already decided or "
        "the claim is closed.",
        request=serializers.MatchDecisionSerializer,
        responses={200: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404)},
        tags=["matching"],
    )
    def post(self, request, claim_id, match_id):
        match = visible_match(request, claim_id, match_id)
        decision = serializers.MatchDecisionSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        matching.match_link(match, actor=request.user, **decision.validated_data)
        return Response(claim_detail(request, claim_id))


class MatchDismissView(APIView):
    @extend_schema(
        operation_id="claims_matches_dismiss",
        summary="Say the suggestion is a different claim; it is no longer shown",
        request=serializers.MatchDecisionSerializer,
        responses={200: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404)},
        tags=["matching"],
    )
    def post(self, request, claim_id, match_id):
        match = visible_match(request, claim_id, match_id)
        decision = serializers.MatchDecisionSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        matching.match_dismiss(match, actor=request.user, **decision.validated_data)
        return Response(claim_detail(request, claim_id))


class PublicationWithdrawView(APIView):
    @extend_schema(
        operation_id="claims_publication_withdraw",
        summary="Take the claim's public fact-check down, with a reason shown to readers (editors)",
        request=serializers.WithdrawSerializer,
        responses={200: serializers.PublicationSerializer, **errors(400, 401, 403, 404)},
        tags=["publishing"],
    )
    def post(self, request, claim_id):
        publication = live_publication(request, claim_id)
        withdrawal = serializers.WithdrawSerializer(data=request.data)
        withdrawal.is_valid(raise_exception=True)
        services.publication_withdraw(publication, actor=request.user, **withdrawal.validated_data)
        return publication_response(request, publication.pk)


class PublicationCorrectView(APIView):
    @extend_schema(
        operation_id="claims_publication_correct",
        summary="Publish a dated correction under the claim's public fact-check (editors)",
        request=serializers.CorrectSerializer,
        responses={201: serializers.PublicationSerializer, **errors(400, 401, 403, 404)},
        tags=["publishing"],
    )
    def post(self, request, claim_id):
        publication = live_publication(request, claim_id)
        correction = serializers.CorrectSerializer(data=request.data)
        correction.is_valid(raise_exception=True)
        services.publication_correct(publication, actor=request.user, **correction.validated_data)
        return publication_response(request, publication.pk, status_code=status.HTTP_201_CREATED)


class FactcheckImportView(APIView):
    permission_classes = [IsAuthenticated, IsEditor]
    parser_classes = [MultiPartParser]

    @extend_schema(
        operation_id="factchecks_import",
        summary="Import past fact-checks from a ClaimReview JSON-LD file (editors)",
        description="The file is checked at once for what is quick (size, JSON, ClaimReview shape: 400, code "
        "`refused`), then imported by a worker: the answer (202) is the import, to follow at `progress_url`. "
        "All or nothing: a file with any bad review imports nothing and ends `failed` with every problem in "
        "`problems`. A review already imported (same URL) is refreshed. Imported fact-checks are then "
        "suggested as matches for new claims.",
        request={"multipart/form-data": serializers.ImportFileSerializer},
        responses={202: serializers.ClaimReviewImportSerializer, **errors(400, 401, 403)},
        tags=["matching"],
    )
    def post(self, request):
        upload = serializers.ImportFileSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        # One byte past the limit is enough for the import to refuse the file as too large.
        raw = upload.validated_data["file"].read(importing.MAX_BYTES + 1)
        started = importing.claimreviews_import_start(raw, actor=request.user)
        started.refresh_from_db()  # without a broker it has already run
        return Response(
            serializers.ClaimReviewImportSerializer(started, context={"request": request}).data,
            status=status.HTTP_202_ACCEPTED,
        )


class FactcheckImportDetailView(APIView):
    permission_classes = [IsAuthenticated, IsEditor]

    @extend_schema(
        operation_id="factchecks_import_progress",
        summary="Follow a ClaimReview import: its state, progress and outcome (editors)",
        responses={200: serializers.ClaimReviewImportSerializer, **errors(401, 403, 404)},
        tags=["matching"],
    )
    def get(self, request, import_id):
        started = get_object_or_404(ClaimReviewImport, pk=import_id)
        return Response(serializers.ClaimReviewImportSerializer(started, context={"request": request}).data)


class FactcheckMatchView(APIView):
    permission_classes = [IsAuthenticated, IsMember]

    @extend_schema(
        operation_id="factchecks_match",
        summary="Fact-checks that already checked the claim in a text, best first (at most five)",
        description="Any member. Published fact-checks of the desk and imported ones, at or above the desk's "
        "matching threshold, ranked by words and meaning; French and English, across them too.",
        request=serializers.MatchTextSerializer,
        responses={200: serializers.TextMatchSerializer(many=True), **errors(400, 401, 403)},
        tags=["matching"],
    )
    def post(self, request):
        query = serializers.MatchTextSerializer(data=request.data)
        query.is_valid(raise_exception=True)
        answers = checked_matches_for_text(
            query.validated_data["text"],
            language=query.validated_data["language"],
            base_url=request.build_absolute_uri("/"),
        )
        return Response(serializers.TextMatchSerializer(answers, many=True).data)


class FactcheckRepeatsView(APIView):
    permission_classes = [IsAuthenticated, IsMember]

    @extend_schema(
        operation_id="factchecks_repeats",
        summary="Where a checked claim was repeated, newest first",
        description="Any member. `{id}` and `kind` as the match answer gives them: an imported fact-check "
        "(`kind=external`, the default) or a claim published here (`kind=claim`). Each repeat is a claim "
        "linked to it, with its article, outlet, speaker and date.",
        parameters=[serializers.RepeatFilterSerializer],
        responses={200: serializers.RepeatSerializer(many=True), **errors(400, 401, 403, 404)},
        tags=["matching"],
    )
    def get(self, request, factcheck_id):
        query = serializers.RepeatFilterSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        if query.validated_data["kind"] == "claim":
            checked = visible_claim(request, factcheck_id)
            if not published_claim_ids([checked.pk]):
                raise NotFound("This claim has no published fact-check.")
        else:
            checked = get_object_or_404(ExternalFactCheck, pk=factcheck_id)
        paginator = QueuePagination()
        page = paginator.paginate_queryset(repeats.repeats_of(checked), request, view=self)
        return paginator.get_paginated_response(serializers.RepeatSerializer(page, many=True).data)


class ClaimReviewView(APIView):
    """GET /api/v1/claims/{id}/claimreview/: public, since the page it describes is public.

    A DRF view, unlike the pages, so that the API's schema describes it and its errors
    take the API's shape."""

    # Public: a stale or wrong token must not turn a public read into a 401.
    authentication_classes = []
    permission_classes = [AllowAny]
    content_negotiation_class = ErrorsInJson

    @extend_schema(
        operation_id="claims_claimreview",
        summary="The schema.org ClaimReview of a claim's published fact-check (public)",
        description="JSON-LD, for search engines and fact-check aggregators. 404 until the claim's verdict is "
        "published, and once it is withdrawn.",
        responses={
            (200, "application/ld+json"): OpenApiResponse(OpenApiTypes.OBJECT, description="A ClaimReview."),
            **errors(404),
        },
        auth=[],
        tags=["publishing"],
    )
    def get(self, request, claim_id):
        publication = live_publication_for_claim(claim_id)
        if publication is None:
            raise NotFound("No published fact-check for this claim.")
        return JsonResponse(
            claimreview_for(publication, request),
            content_type="application/ld+json",
            json_dumps_params={"ensure_ascii": False},
        )
