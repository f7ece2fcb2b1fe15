"""The desk-wide checklist every claim gets: members read it, editors add and retire its steps."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.permissions import MembersReadEditorsKeepChecklist
from api.schema import errors
from reviews import selectors, services


class ChecklistTemplateView(APIView):
    permission_classes = [IsAuthenticated, MembersReadEditorsKeepChecklist]

    @extend_schema(
        operation_id="checklist_list",
        summary="The desk-wide checklist's steps, in order",
        responses={200: serializers.ChecklistItemSerializer(many=True), **errors(401, 403)},
        tags=["checklist"],
    )
    def get(self, request):
        return Response(serializers.ChecklistItemSerializer(selectors.checklist_steps(), many=True).data)

    @extend_schema(
        operation_id="checklist_create",
        summary="Add a step at the end of the checklist (editors)",
        request=serializers.ChecklistItemCreateSerializer,
        responses={201: serializers.ChecklistItemSerializer, **errors(400, 401, 403)},
        tags=["checklist"],
    )
    def post(self, request):
        fields = serializers.ChecklistItemCreateSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        item = services.checklist_item_add(actor=request.user, text=fields.validated_data["text"])
        return Response(serializers.ChecklistItemSerializer(item).data, status=status.HTTP_201_CREATED)


class ChecklistStepView(APIView):
    permission_classes = [IsAuthenticated, MembersReadEditorsKeepChecklist]

    @extend_schema(
        operation_id="checklist_retire",
        summary="Retire a step (editors); the ticks already recorded against it stay",
        responses={204: None, **errors(401, 403, 404)},
        tags=["checklist"],
    )
    def delete(self, request, item_id):
        item = get_object_or_404(selectors.checklist_steps(), pk=item_id)
        services.checklist_item_retire(item, actor=request.user)
        return Response(status=status.HTTP_204_NO_CONTENT)
