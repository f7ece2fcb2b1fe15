"""Feeds, topics and leads: each view parses, calls one service or selector, renders."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api import serializers
from api.pagination import QueuePagination
from api.permissions import IsMember, MembersReadEditorsSetTheDigestHour, MembersReadEditorsWriteTopics
from api.schema import errors
from api.views.claims import claim_detail
from ingest import flow
from monitoring import selectors
from monitoring.services import digests as digest_services
from monitoring.services import feeds as feed_services
from monitoring.services import leads as lead_services
from monitoring.services.topics import FieldsRefused


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


def _refused_fields(refused: FieldsRefused) -> ValidationError:
    return ValidationError(refused.fields)


class TopicListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, MembersReadEditorsWriteTopics]
    pagination_class = QueuePagination
    serializer_class = serializers.TopicSerializer

    @extend_schema(
        operation_id="topics_list",
        summary="The topics leads are tagged with, with their terms in English and French",
        responses={200: serializers.TopicSerializer(many=True), **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        page = self.paginate_queryset(selectors.topics_visible(request.user))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="topics_create",
        summary="Add a topic (editors); the leads are tagged with it in the background",
        request=serializers.TopicWriteSerializer,
        responses={201: serializers.TopicSerializer, **errors(400, 401, 403)},
        tags=["monitoring"],
    )
    def post(self, request):
        given = serializers.TopicWriteSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            topic = flow.topic_create(actor=request.user, **given.validated_data)
        except FieldsRefused as refused:
            raise _refused_fields(refused) from refused
        return Response(self.get_serializer(topic).data, status=status.HTTP_201_CREATED)


class TopicDetailView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, MembersReadEditorsWriteTopics]
    serializer_class = serializers.TopicSerializer

    @extend_schema(
        operation_id="topics_read",
        summary="One topic and its terms",
        responses={200: serializers.TopicSerializer, **errors(401, 403, 404)},
        tags=["monitoring"],
    )
    def get(self, request, topic_id):
        topic = get_object_or_404(selectors.topics_visible(request.user), pk=topic_id)
        return Response(self.get_serializer(topic).data)

    @extend_schema(
        operation_id="topics_update",
        summary="Rename a topic or change its terms (editors); its leads are re-tagged in the background",
        request=serializers.TopicWriteSerializer(partial=True),
        responses={200: serializers.TopicSerializer, **errors(400, 401, 403, 404)},
        tags=["monitoring"],
    )
    def patch(self, request, topic_id):
        topic = get_object_or_404(selectors.topics_visible(request.user), pk=topic_id)
        given = serializers.TopicWriteSerializer(data=request.data, partial=True)
        given.is_valid(raise_exception=True)
        try:
            topic = flow.topic_update(topic, actor=request.user, **given.validated_data)
        except FieldsRefused as refused:
            raise _refused_fields(refused) from refused
        return Response(self.get_serializer(topic).data)


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


class DigestListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.DigestSerializer

    @extend_schema(
        operation_id="digests_list",
        summary="My morning digests, newest first",
        responses={200: serializers.DigestSerializer(many=True), **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        page = self.paginate_queryset(selectors.digests_of(request.user))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class DigestDetailView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    serializer_class = serializers.DigestDetailSerializer

    @extend_schema(
        operation_id="digests_read",
        summary="One of my morning digests, its leads by topic as they were sent",
        responses={200: serializers.DigestDetailSerializer, **errors(401, 403, 404)},
        tags=["monitoring"],
    )
    def get(self, request, digest_id):
        digest = get_object_or_404(selectors.digests_of(request.user), pk=digest_id)
        digest.entries_sent = selectors.digest_entries(digest)
        return Response(self.get_serializer(digest).data)


class DigestSubscriptionView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    serializer_class = serializers.DigestSubscriptionSerializer

    @extend_schema(
        operation_id="digests_subscription_read",
        summary="What I get each morning (`subscribed` false: nothing)",
        responses={200: serializers.DigestSubscriptionSerializer, **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        # `.data` of no instance is the fields' defaults: the representation says "not subscribed" itself.
        return Response(self.get_serializer().to_representation(selectors.digest_subscription(request.user)))

    @extend_schema(
        operation_id="digests_subscription_set",
        summary="Get the morning digest: of every topic (`all_topics`) or of the topics listed, in a language",
        request=serializers.DigestSubscriptionSerializer,
        responses={200: serializers.DigestSubscriptionSerializer, **errors(400, 401, 403)},
        tags=["monitoring"],
    )
    def put(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            subscription = digest_services.subscription_set(actor=request.user, **given.validated_data)
        except FieldsRefused as refused:
            raise _refused_fields(refused) from refused
        return Response(self.get_serializer().to_representation(subscription))

    @extend_schema(
        operation_id="digests_subscription_end",
        summary="Stop getting the morning digest",
        request=None,
        responses={204: None, **errors(401, 403)},
        tags=["monitoring"],
    )
    def delete(self, request):
        digest_services.subscription_end(actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)


class DigestScheduleView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, MembersReadEditorsSetTheDigestHour]
    serializer_class = serializers.DigestScheduleSerializer

    @extend_schema(
        operation_id="digests_schedule_read",
        summary="The desk's digest hour and time zone",
        responses={200: serializers.DigestScheduleSerializer, **errors(401, 403)},
        tags=["monitoring"],
    )
    def get(self, request):
        return Response(self.get_serializer(digest_services.schedule_current()).data)

    @extend_schema(
        operation_id="digests_schedule_set",
        summary="Set the desk's digest hour (0 to 23) and time zone (editors)",
        request=serializers.DigestScheduleSerializer,
        responses={200: serializers.DigestScheduleSerializer, **errors(400, 401, 403)},
        tags=["monitoring"],
    )
    def put(self, request):
        given = self.get_serializer(data=request.data)
        given.is_valid(raise_exception=True)
        try:
            schedule = digest_services.schedule_set(actor=request.user, **given.validated_data)
        except FieldsRefused as refused:
            raise _refused_fields(refused) from refused
        return Response(self.get_serializer(schedule).data)
