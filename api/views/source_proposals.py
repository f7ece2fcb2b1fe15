"""Sources proposed by the desk: members propose and follow their proposals, editors accept or decline."""

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import extend_schema
from rest_framework import generics, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.pagination import QueuePagination
from api.permissions import DecidesSourceProposals, IsMember
from api.schema import errors
from api.views.reviews import sources_with_domains, with_history
from reviews import selectors, services


class SourceProposalListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    pagination_class = QueuePagination
    serializer_class = serializers.SourceProposalSerializer

    @extend_schema(
        operation_id="source_proposals_list",
        summary="Proposed sources, newest first: every one for editors, one's own for fact-checkers",
        responses={200: serializers.SourceProposalSerializer(many=True), **errors(401, 403, 404)},
        tags=["sources"],
    )
    def get(self, request):
        proposals = selectors.source_proposals_visible_to(request.user).order_by("-created_at", "-id")
        page = self.paginate_queryset(proposals)
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(
        operation_id="source_proposals_create",
        summary="Propose a source for the domain of evidence no source covers; an editor decides",
        request=serializers.ProposeSourceSerializer,
        responses={201: serializers.SourceProposalSerializer, **errors(400, 401, 403)},
        tags=["sources"],
    )
    def post(self, request):
        fields = serializers.ProposeSourceSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        proposal = services.source_propose(actor=request.user, **fields.validated_data)
        return Response(self.get_serializer(proposal).data, status=status.HTTP_201_CREATED)


def _proposal(request, proposal_id):
    return get_object_or_404(selectors.source_proposals_visible_to(request.user), pk=proposal_id)


class SourceProposalAcceptView(APIView):
    permission_classes = [IsAuthenticated, DecidesSourceProposals]

    @extend_schema(
        operation_id="source_proposals_accept",
        summary="Register the proposed source, as proposed or with another name, kind or reliability (editors)",
        request=serializers.AcceptProposalSerializer,
        responses={200: serializers.AcceptedProposalSerializer, **errors(400, 401, 403, 404)},
        tags=["sources"],
    )
    def post(self, request, proposal_id):
        proposal = _proposal(request, proposal_id)
        fields = serializers.AcceptProposalSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        source, linked = services.source_proposal_accept(proposal, actor=request.user, **fields.validated_data)
        proposal.refresh_from_db()
        source = with_history(sources_with_domains()).get(pk=source.pk)
        return Response(
            serializers.AcceptedProposalSerializer({"proposal": proposal, "source": source, "linked": linked}).data
        )


class SourceProposalDeclineView(APIView):
    permission_classes = [IsAuthenticated, DecidesSourceProposals]

    @extend_schema(
        operation_id="source_proposals_decline",
        summary="Decline a proposed source, saying why to its proposer (editors)",
        request=serializers.DeclineProposalSerializer,
        responses={200: serializers.SourceProposalSerializer, **errors(400, 401, 403, 404)},
        tags=["sources"],
    )
    def post(self, request, proposal_id):
        proposal = _proposal(request, proposal_id)
        fields = serializers.DeclineProposalSerializer(data=request.data)
        fields.is_valid(raise_exception=True)
        proposal = services.source_proposal_decline(proposal, actor=request.user, **fields.validated_data)
        return Response(serializers.SourceProposalSerializer(proposal).data)
