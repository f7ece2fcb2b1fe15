from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api import serializers
from api.pagination import NewestFirstCursorPagination
from api.parsers import JSONParser
from api.permissions import IsMember
from api.schema import errors
from api.views.claims import claim_detail
from claims import selectors
from claims.models import Claim
from ingest import flow


class DocumentListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    parser_classes = [JSONParser, MultiPartParser, FormParser]
    pagination_class = NewestFirstCursorPagination
    serializer_class = serializers.DocumentSerializer

    def get_queryset(self):
        return selectors.documents_visible_to(self.request.user).select_related("submitted_by")

    @extend_schema(
        operation_id="documents_list",
        summary="Documents, newest first",
        responses={200: serializers.DocumentSerializer(many=True), **errors(401, 403, 404)},
        tags=["documents"],
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="documents_submit",
        summary="Submit a text, a URL or a file for extraction",
        description="JSON `{text, title?, language?}` or `{url}`, or multipart with `file`. Extraction runs in "
        "the background: poll the document's `extraction_state`. The same text submitted again answers 200 "
        "with the existing document.",
        request={
            "application/json": serializers.DocumentSubmitSerializer,
            "multipart/form-data": serializers.DocumentSubmitSerializer,
        },
        responses={
            202: OpenApiResponse(serializers.DocumentSerializer, description="Stored; extraction queued."),
            200: OpenApiResponse(serializers.DocumentSerializer, description="This text was already submitted."),
            **errors(400, 401, 403),
        },
        tags=["documents"],
    )
    def post(self, request):
        submission = serializers.DocumentSubmitSerializer(data=request.data)
        submission.is_valid(raise_exception=True)
        data = submission.validated_data
        if data.get("url"):
            document, created = flow.document_submit_url(data["url"], submitted_by=request.user)
        elif data.get("file"):
            document, created = flow.document_submit_file(
                data["file"].name, data["file"].read(), submitted_by=request.user
            )
        else:
            document, created = flow.document_submit(
                text=data["text"], title=data["title"], language=data["language"], submitted_by=request.user
            )
        return Response(
            serializers.DocumentSerializer(document).data,
            status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
        )


class DocumentDetailView(generics.GenericAPIView):
    lookup_url_kwarg = "document_id"
    serializer_class = serializers.DocumentDetailSerializer

    def get_queryset(self):
        claims = Claim.objects.select_related("assignee").order_by("start", "id")
        return (
            selectors.documents_visible_to(self.request.user)
            .select_related("submitted_by")
            .prefetch_related(Prefetch("claims", queryset=claims), "candidates")
        )

    @extend_schema(
        operation_id="documents_retrieve",
        summary="A document with its text, claims and candidate sentences",
        responses={200: serializers.DocumentDetailSerializer, **errors(401, 404)},
        tags=["documents"],
    )
    def get(self, request, document_id):
        return Response(self.get_serializer(self.get_object()).data)


class CandidatePromoteView(generics.GenericAPIView):
    serializer_class = serializers.ClaimDetailSerializer

    @extend_schema(
        operation_id="documents_candidates_promote",
        summary="Promote a candidate sentence to a claim",
        request=None,
        responses={201: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404)},
        tags=["documents"],
    )
    def post(self, request, document_id, candidate_id):
        document = get_object_or_404(selectors.documents_visible_to(request.user), pk=document_id)
        candidate = get_object_or_404(document.candidates, pk=candidate_id)
        claim = flow.candidate_promote(candidate, actor=request.user)
        return Response(claim_detail(request, claim.pk), status=status.HTTP_201_CREATED)
