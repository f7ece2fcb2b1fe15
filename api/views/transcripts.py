"""Transcripts (debates, broadcasts) uploaded for monitoring: parse, call the ingest path, render."""

from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import generics, status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response

from api import serializers
from api.permissions import IsMember
from api.schema import errors
from ingest import flow


class TranscriptSubmitView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated, IsMember]
    parser_classes = [MultiPartParser, FormParser]
    serializer_class = serializers.TranscriptSubmitSerializer

    @extend_schema(
        operation_id="transcripts_submit",
        summary="Submit a transcript (.srt, .vtt, or text with speaker turns)",
        description="Multipart with `file`. With `monitor` (the default) its check-worthy sentences become "
        "leads (`GET /api/v1/leads/`), each with the speaker of its turn and its timecode; without, claim "
        "tickets. Read in the background: poll the document's `extraction_state`.",
        request={"multipart/form-data": serializers.TranscriptSubmitSerializer},
        responses={
            202: OpenApiResponse(serializers.DocumentSerializer, description="Stored; reading queued."),
            200: OpenApiResponse(serializers.DocumentSerializer, description="This file was already submitted."),
            **errors(400, 401, 403),
        },
        tags=["monitoring"],
    )
    def post(self, request):
        submission = self.get_serializer(data=request.data)
        submission.is_valid(raise_exception=True)
        data = submission.validated_data
        document, created = flow.transcript_submit(
            data["file"].name,
            data["file"].read(),
            submitted_by=request.user,
            monitor=data["monitor"],
            url=data["url"],
            byline=data["byline"].strip(),
            outlet=data["outlet"],
            published=data["published"],
        )
        return Response(
            serializers.DocumentSerializer(document).data,
            status=status.HTTP_202_ACCEPTED if created else status.HTTP_200_OK,
        )
