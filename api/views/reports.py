from drf_spectacular.utils import extend_schema
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.permissions import ViewsReports
from api.schema import errors
from reviews import reports


class ReportSummaryView(APIView):
    permission_classes = [IsAuthenticated, ViewsReports]

    @extend_schema(
        operation_id="reports_summary",
        summary="The desk's figures: claims in and out per week, time to verdict, ratings, workload (editors)",
        parameters=[serializers.ReportFilterSerializer],
        responses={200: serializers.ReportSummarySerializer, **errors(400, 401, 403)},
        tags=["reports"],
    )
    def get(self, request):
        filters = serializers.ReportFilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        median = reports.median_time_to_publication(request.user)
        summary = {
            "weekly_flow": reports.claims_flow_by_week(request.user, weeks=filters.validated_data["weeks"]),
            "median_hours_to_verdict": round(median.total_seconds() / 3600, 1) if median is not None else None,
            "verdicts_by_rating": [
                {"rating": rating, "count": count} for rating, _label, count in reports.verdicts_by_rating(request.user)
            ],
            "open_claims_per_reviewer": [
                {"reviewer": load.username, "open_claims": load.open, "overdue_claims": load.overdue}
                for load in reports.open_claims_per_checker(request.user)
            ],
        }
        return Response(serializers.ReportSummarySerializer(summary).data)
