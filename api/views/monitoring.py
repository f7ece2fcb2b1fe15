"""Feeds, topics and leads: each view parses, calls one service or selector, renders."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api import serializers
from api.pagination import QueuePagination
from api.permissions import IsMember
from api.schema import errors
from api.views.claims import claim_detail
from ingest import flow
from monitoring import selectors
from monitoring.models import Topic
from monitoring.services import feeds as feed_services
from monitoring.services import leads as lead_services


class FeedListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.FeedSerializer

    @extend_schema(
        operation_id="feeds_list",
        summary="The feeds the desk watches, paused ones with their reason",
        responses={200: serializers.FeedSerializer(many=True), **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        page = self.paginate_queryset(selectors.feeds_visible(request.user))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="feeds_create",
        summary="Register a feed (editors): RSS, Atom, JSON Feed or a news sitemap",
        request=serializers.FeedCreateSerializer,
        responses={201: serializers.FeedSerializer, **errors(400, 401, 403)},
        tags=["monitoring"],
    )
    def post(self, request):
        given = serializers.FeedCreateSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        feed = feed_services.feed_create(actor=request.user, **given.validated_data)
        return Response(self.get_serializer(feed).data, status=status.HTTP_201_CREATED)


class FeedResumeView(generics.GenericAPIView):
    serializer_class = serializers.FeedSerializer

    @extend_schema(
        operation_id="feeds_resume",
        summary="Resume a paused feed (editors): polled at the next beat",
        request=None,
        responses={200: serializers.FeedSerializer, **errors(401, 403, 404)},
        tags=["monitoring"],
    )
    def post(self, request, feed_id):
        feed = get_object_or_404(selectors.feeds_visible(request.user), pk=feed_id)
        return Response(self.get_serializer(feed_services.feed_resume(feed, actor=request.user)).data)


class TopicListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.TopicSerializer

    @extend_schema(
        operation_id="topics_list",
        summary="The topics feeds are tagged with",
        responses={200: serializers.TopicSerializer(many=True), **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        page = self.paginate_queryset(Topic.objects.order_by("name"))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class LeadListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.LeadSerializer

    @extend_schema(
        operation_id="leads_list",
        summary="Open leads, most check-worthy first, each with where else it was said",
        parameters=[serializers.LeadFilterSerializer],
        responses={200: serializers.LeadSerializer(many=True), **errors(400, 401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        filters = serializers.LeadFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        page = self.paginate_queryset(selectors.leads_visible(request.user, **filters.validated_data))
        context = {**self.get_serializer_context(), "groups": selectors.appearances_by_group(page)}
        return self.get_paginated_response(serializers.LeadSerializer(page, many=True, context=context).data)


class LeadDetailView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    serializer_class = serializers.LeadSerializer

    @extend_schema(
        operation_id="leads_detail",
        summary="One lead with every appearance of its group and the fact-check it repeats",
        responses={200: serializers.LeadSerializer, **errors(401, 403, 404)},
        tags=["monitoring"],
    )
    def get(self, request, lead_id):
        lead = selectors.lead_visible(request.user, lead_id)
        if lead is None:
            raise Http404
        context = {**self.get_serializer_context(), "groups": selectors.appearances_by_group([lead])}
        return Response(serializers.LeadSerializer(lead, context=context).data)


class LeadPromoteView(generics.GenericAPIView):
    serializer_class = serializers.ClaimDetailSerializer

    @extend_schema(
        operation_id="leads_promote",
        summary="Make a lead a claim ticket (matched and assigned like the others)",
        request=None,
        responses={201: serializers.ClaimDetailSerializer, **errors(400, 401, 403, 404)},
        tags=["monitoring"],
    )
    def post(self, request, lead_id):
        lead = get_object_or_404(selectors.leads_decidable(request.user), pk=lead_id)
        claim = flow.lead_promote(lead, actor=request.user)
        return Response(claim_detail(request, claim.pk), status=status.HTTP_201_CREATED)


class LeadDismissView(generics.GenericAPIView):
    serializer_class = serializers.LeadSerializer

    @extend_schema(
        operation_id="leads_dismiss",
        summary="Dismiss a lead (recorded: who and when)",
        request=None,
        responses={200: serializers.LeadSerializer, **errors(400, 401, 403, 404)},
        tags=["monitoring"],
    )
    def post(self, request, lead_id):
        lead = get_object_or_404(selectors.leads_decidable(request.user), pk=lead_id)
        return Response(self.get_serializer(lead_services.lead_dismiss(lead, actor=request.user)).data)
