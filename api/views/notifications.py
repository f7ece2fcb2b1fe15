from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.pagination import QueuePagination
from api.permissions import IsMember
from api.schema import errors
from notifications import selectors, services


class NotificationListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.NotificationSerializer

    @extend_schema(
        operation_id="notifications_list",
        summary="My notifications: unread first, then newest",
        parameters=[serializers.NotificationFilterSerializer],
        responses={200: serializers.NotificationSerializer(many=True), **errors(400, 401, 403, 404)},
        tags=["notifications"],
    )
    def get(self, request):
        filters = serializers.NotificationFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        notifications = selectors.inbox_unread_first(request.user, **filters.validated_data)
        page = self.paginate_queryset(notifications)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)


class NotificationReadView(APIView):
    @extend_schema(
        operation_id="notifications_read",
        summary="Mark one of my notifications read",
        description="Someone else's notification is not found (404).",
        request=None,
        responses={200: serializers.NotificationSerializer, **errors(401, 404)},
        tags=["notifications"],
    )
    def post(self, request, notification_id):
        notification = get_object_or_404(selectors.inbox(request.user), pk=notification_id)
        services.notification_mark_read(notification, actor=request.user)
        notification.refresh_from_db()
        return Response(serializers.NotificationSerializer(notification).data)


class NotificationReadAllView(APIView):
    permission_classes = [IsAuthenticated, IsMember]

    @extend_schema(
        operation_id="notifications_read_all",
        summary="Mark all my notifications read",
        request=None,
        responses={200: serializers.MarkedReadSerializer, **errors(401, 403)},
        tags=["notifications"],
    )
    def post(self, request):
        return Response({"marked": services.notifications_mark_all_read(actor=request.user)})
