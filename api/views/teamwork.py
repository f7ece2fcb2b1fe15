"""Comments on a claim, with @mentions, and watching it for news of its moves and verdicts."""

from django.contrib.auth import get_user_model
from django.db.models import Prefetch
from django.db.models.functions import Lower
from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.pagination import QueuePagination
from api.schema import errors
from api.views.claims import visible_claim
from reviews import selectors, services
from reviews.models import ChecklistItem


def _comments(claim):
    mentioned = Prefetch("mentioned", queryset=get_user_model().objects.order_by("username"))
    return selectors.comments_on(claim).prefetch_related(mentioned)


class CommentListView(generics.GenericAPIView):
    # A claim the asker cannot see answers 404, as every claim endpoint does.
    permission_classes = [IsAuthenticated]
    pagination_class = QueuePagination
    serializer_class = serializers.CommentSerializer

    @extend_schema(
        operation_id="claims_comments_list",
        summary="A claim's comments, oldest first",
        responses={200: serializers.CommentSerializer(many=True), **errors(401, 404)},
        tags=["claims"],
    )
    def get(self, request, claim_id):
        page = self.paginate_queryset(_comments(visible_claim(request, claim_id)))
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="claims_comments_create",
        summary="Comment on a claim; each @username who may see the claim is notified",
        request=serializers.CommentCreateSerializer,
        responses={201: serializers.CommentSerializer, **errors(400, 401, 403, 404)},
        tags=["claims"],
    )
    def post(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        fields = serializers.CommentCreateSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        comment = services.comment_add(claim, actor=request.user, **fields.validated_data)
        return Response(self.get_serializer(_comments(claim).get(pk=comment.pk)).data, status=status.HTTP_201_CREATED)


class WatchView(APIView):
    # A claim the asker cannot see answers 404, as every claim endpoint does.
    permission_classes = [IsAuthenticated]

    def _answer(self, request, claim):
        watch = {"watching": selectors.is_watching(claim, request.user), "watchers": selectors.watcher_count(claim)}
        return Response(serializers.WatchSerializer(watch).data)

    @extend_schema(
        operation_id="claims_watch_retrieve",
        summary="Whether you watch the claim, and how many do",
        responses={200: serializers.WatchSerializer, **errors(401, 404)},
        tags=["claims"],
    )
    def get(self, request, claim_id):
        return self._answer(request, visible_claim(request, claim_id))

    @extend_schema(
        operation_id="claims_watch",
        summary="Watch the claim: be notified of its moves and verdicts (repeating it changes nothing)",
        request=None,
        responses={200: serializers.WatchSerializer, **errors(401, 404)},
        tags=["claims"],
    )
    def put(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        services.claim_watch(claim, actor=request.user, watching=True)
        return self._answer(request, claim)

    @extend_schema(
        operation_id="claims_unwatch",
        summary="Stop watching the claim",
        request=None,
        responses={200: serializers.WatchSerializer, **errors(401, 404)},
        tags=["claims"],
    )
    def delete(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        services.claim_watch(claim, actor=request.user, watching=False)
        return self._answer(request, claim)


class TagsView(APIView):
    # A claim the asker cannot see answers 404, as every claim endpoint does.
    permission_classes = [IsAuthenticated]

    @staticmethod
    def _answer(tags):
        return Response(serializers.TagsSerializer({"tags": [tag.name for tag in tags]}).data)

    @extend_schema(
        operation_id="claims_tags_retrieve",
        summary="The claim's tags, by name",
        responses={200: serializers.TagsSerializer, **errors(401, 404)},
        tags=["claims"],
    )
    def get(self, request, claim_id):
        return self._answer(visible_claim(request, claim_id).tags.order_by(Lower("name"), "pk"))

    @extend_schema(
        operation_id="claims_tags_update",
        summary="File the claim under exactly these tags (its assignee or an editor)",
        request=serializers.TagsSerializer,
        responses={200: serializers.TagsSerializer, **errors(400, 401, 403, 404)},
        tags=["claims"],
    )
    def put(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        fields = serializers.TagsSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        return self._answer(services.claim_set_tags(claim, actor=request.user, names=fields.validated_data["tags"]))


def _checklist_rows(claim) -> list[dict]:
    return [
        {
            "id": item.pk,
            "text": item.text,
            "done": tick is not None,
            "ticked_by": tick.ticked_by.get_username() if tick and tick.ticked_by else None,
            "ticked_at": tick.ticked_at if tick else None,
        }
        for item, tick in selectors.checklist_for(claim)
    ]


class ChecklistView(APIView):
    # A claim the asker cannot see answers 404, as every claim endpoint does.
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="claims_checklist_retrieve",
        summary="The claim's checklist: the desk's steps, each done or not, by whom and when",
        responses={200: serializers.ChecklistStepSerializer(many=True), **errors(401, 404)},
        tags=["claims"],
    )
    def get(self, request, claim_id):
        claim = visible_claim(request, claim_id)
        return Response(serializers.ChecklistStepSerializer(_checklist_rows(claim), many=True).data)


class ChecklistTickView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="claims_checklist_tick",
        summary="Tick (done: true) or untick a step of the claim's checklist (its assignee or an editor)",
        request=serializers.TickSerializer,
        responses={200: serializers.ChecklistStepSerializer(many=True), **errors(400, 401, 403, 404)},
        tags=["claims"],
    )
    def post(self, request, claim_id, item_id):
        claim = visible_claim(request, claim_id)
        item = get_object_or_404(ChecklistItem, pk=item_id)
        fields = serializers.TickSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        services.checklist_tick(claim, item, actor=request.user, done=fields.validated_data["done"])
        return Response(serializers.ChecklistStepSerializer(_checklist_rows(claim), many=True).data)
