from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.pagination import QueuePagination, TotalInRowsPagination
from api.permissions import EditsSources, IsEditor, IsMember, MembersReadEditorsWriteSources
from api.schema import errors
from claims import selectors
from publishing import services as publishing_services
from reviews import selectors as reviews_selectors
from reviews import services
from sources.models import Source, SourceDomain, SourceEvent


def visible_verdict(request, verdict_id):
    return get_object_or_404(reviews_selectors.verdicts_visible_to(request.user).select_related("claim"), pk=verdict_id)


def verdict_response(verdict) -> Response:
    return Response(serializers.VerdictSerializer(verdict).data)


class VerdictSubmitView(APIView):
    @extend_schema(
        operation_id="verdicts_submit",
        summary="Submit the verdict for an editor's approval (the claim's assignee)",
        request=None,
        responses={200: serializers.VerdictSerializer, **errors(400, 401, 403, 404)},
        tags=["verdicts"],
    )
    def post(self, request, verdict_id):
        return verdict_response(services.verdict_submit(visible_verdict(request, verdict_id), actor=request.user))


class VerdictApproveView(APIView):
    @extend_schema(
        operation_id="verdicts_approve",
        summary="Approve a submitted verdict (an editor other than its author); closes the claim",
        request=serializers.ApproveSerializer,
        responses={200: serializers.VerdictSerializer, **errors(400, 401, 403, 404)},
        tags=["verdicts"],
    )
    def post(self, request, verdict_id):
        verdict = visible_verdict(request, verdict_id)
        decision = serializers.ApproveSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        return verdict_response(
            publishing_services.verdict_approve(verdict, actor=request.user, **decision.validated_data)
        )


class VerdictRejectView(APIView):
    @extend_schema(
        operation_id="verdicts_reject",
        summary="Send a submitted verdict back to its author with a comment",
        request=serializers.RejectSerializer,
        responses={200: serializers.VerdictSerializer, **errors(400, 401, 403, 404)},
        tags=["verdicts"],
    )
    def post(self, request, verdict_id):
        verdict = visible_verdict(request, verdict_id)
        decision = serializers.RejectSerializer(data=request.data)
        decision.is_valid(raise_exception=True)
        return verdict_response(services.verdict_reject(verdict, actor=request.user, **decision.validated_data))


def sources_with_domains():
    return Source.objects.prefetch_related(Prefetch("domains", queryset=SourceDomain.objects.order_by("domain")))


def with_history(sources):
    return sources.prefetch_related(Prefetch("events", queryset=SourceEvent.objects.select_related("actor")))


class SourceQuerysetMixin:
    permission_classes = [IsAuthenticated, MembersReadEditorsWriteSources]
    serializer_class = serializers.SourceSerializer

    def get_queryset(self):
        return sources_with_domains()


class SourceListView(SourceQuerysetMixin, generics.GenericAPIView):
    pagination_class = QueuePagination

    @extend_schema(
        operation_id="sources_list",
        summary="Sources, by name",
        responses={200: serializers.SourceSerializer(many=True), **errors(401, 403, 404)},
        tags=["sources"],
    )
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="sources_create",
        summary="Add a source (editors and admins)",
        request=serializers.SourceSerializer,
        responses={201: serializers.SourceSerializer, **errors(400, 401, 403)},
        tags=["sources"],
    )
    def post(self, request):
        fields = self.get_serializer(data=request.data)
        fields.is_valid(raise_exception=True)
        source = services.source_save(None, actor=request.user, **fields.validated_data)
        return Response(self.get_serializer(self.get_queryset().get(pk=source.pk)).data, status=status.HTTP_201_CREATED)


class SourceDetailView(SourceQuerysetMixin, generics.GenericAPIView):
    lookup_url_kwarg = "source_id"
    serializer_class = serializers.SourceDetailSerializer

    def get_queryset(self):
        return with_history(sources_with_domains())

    @extend_schema(
        operation_id="sources_retrieve",
        summary="A source, with its history",
        responses={200: serializers.SourceDetailSerializer, **errors(401, 403, 404)},
        tags=["sources"],
    )
    def get(self, request, source_id):
        return Response(self.get_serializer(self.get_object()).data)

    @extend_schema(
        operation_id="sources_update",
        summary="Change a source (editors and admins); `domains`, when given, replaces the list",
        request=serializers.SourceSerializer,
        responses={200: serializers.SourceChangedSerializer, **errors(400, 401, 403, 404)},
        tags=["sources"],
    )
    def patch(self, request, source_id):
        source = self.get_object()
        fields = serializers.SourceSerializer(source, data=request.data, partial=True)
        fields.is_valid(raise_exception=True)
        change = services.source_change(source, actor=request.user, **fields.validated_data)
        context = {**self.get_serializer_context(), "affected": change.affected}
        changed = self.get_queryset().get(pk=source.pk)
        return Response(serializers.SourceChangedSerializer(changed, context=context).data)


class UnmatchedDomainsView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, EditsSources]
    pagination_class = TotalInRowsPagination
    serializer_class = serializers.UnmatchedDomainSerializer

    @extend_schema(
        operation_id="sources_unmatched_domains",
        summary="Domains of web evidence that no source covers, most used first, a page at a time (editors)",
        responses={200: serializers.UnmatchedDomainSerializer(many=True), **errors(401, 403, 404)},
        tags=["sources"],
    )
    def get(self, request):
        page = self.paginate_queryset(reviews_selectors.unmatched_domains(request.user))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class RegisterDomainView(APIView):
    permission_classes = [IsAuthenticated, EditsSources]

    @extend_schema(
        operation_id="sources_register_domain",
        summary="Create a source for an unmatched domain and link the evidence waiting on it (editors)",
        request=serializers.RegisterDomainSerializer,
        responses={201: serializers.RegisteredDomainSerializer, **errors(400, 401, 403)},
        tags=["sources"],
    )
    def post(self, request):
        registration = serializers.RegisterDomainSerializer(data=request.data)
        registration.is_valid(raise_exception=True)
        source, linked = services.source_register_domain(actor=request.user, **registration.validated_data)
        source = with_history(sources_with_domains()).get(pk=source.pk)
        return Response(
            serializers.RegisteredDomainSerializer({"source": source, "linked": linked}).data,
            status=status.HTTP_201_CREATED,
        )


class ClaimQueueView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.ClaimSerializer
    queue = None

    def get(self, request):
        page = self.paginate_queryset(self.queue(request.user).values(*serializers.ClaimSerializer.ROW))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class MyQueueView(ClaimQueueView):
    queue = staticmethod(selectors.queue_mine)

    @extend_schema(
        operation_id="queues_mine",
        summary="My open claims, due soonest first",
        responses={200: serializers.ClaimSerializer(many=True), **errors(401, 403, 404)},
        tags=["queues"],
    )
    def get(self, request):
        return super().get(request)


class UnassignedQueueView(ClaimQueueView):
    queue = staticmethod(selectors.queue_unassigned)

    @extend_schema(
        operation_id="queues_unassigned",
        summary="Claims nobody has taken: urgent first, then oldest",
        responses={200: serializers.ClaimSerializer(many=True), **errors(401, 403, 404)},
        tags=["queues"],
    )
    def get(self, request):
        return super().get(request)


class ApprovalQueueView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsEditor]
    pagination_class = QueuePagination
    serializer_class = serializers.VerdictWithClaimSerializer

    @extend_schema(
        operation_id="queues_approval",
        summary="Submitted verdicts awaiting an editor (editors)",
        responses={200: serializers.VerdictWithClaimSerializer(many=True), **errors(401, 403, 404)},
        tags=["queues"],
    )
    def get(self, request):
        verdicts = reviews_selectors.verdicts_awaiting_approval(request.user).select_related(
            "author", "decided_by", "claim__assignee"
        )
        page = self.paginate_queryset(verdicts)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class UnsupportedClaimsView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsEditor]
    pagination_class = None
    serializer_class = serializers.UnsupportedClaimSerializer

    @extend_schema(
        operation_id="claims_unsupported",
        summary="Open claims a registry change left in a status their evidence no longer supports, "
        "with what each lacks now, the latest change first (editors)",
        responses={200: serializers.UnsupportedClaimSerializer(many=True), **errors(401, 403)},
        tags=["claims"],
    )
    def get(self, request):
        rows = reviews_selectors.claims_unsupported_by_registry(request.user)
        return Response(self.get_serializer(rows, many=True).data)
