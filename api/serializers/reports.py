"""The editors' figures."""

from rest_framework import serializers

from api.json_types import StrictSerializer
from reviews.models import Verdict


class ReportFilterSerializer(StrictSerializer):
    weeks = serializers.IntegerField(required=False, default=8, min_value=1, max_value=104)


class WeekFlowSerializer(StrictSerializer):
    week_start = serializers.DateField(help_text="The Monday the week starts on.")
    created = serializers.IntegerField(help_text="Claims created that week.")
    closed = serializers.IntegerField(help_text="Claims closed that week (verdict approved or linked).")


class RatingCountSerializer(StrictSerializer):
    rating = serializers.ChoiceField(choices=Verdict.Rating.choices)
    count = serializers.IntegerField()


class ReviewerLoadSerializer(StrictSerializer):
    reviewer = serializers.CharField()
    open_claims = serializers.IntegerField()
    overdue_claims = serializers.IntegerField()


class ReportSummarySerializer(StrictSerializer):
    weekly_flow = WeekFlowSerializer(many=True, help_text="Oldest week first; the last is this week.")
    median_hours_to_verdict = serializers.FloatField(
        allow_null=True,
        help_text="Median from intake (document stored) to published verdict, over the last 90 days; "
        "null when nothing was published then.",
    )
    verdicts_by_rating = RatingCountSerializer(many=True, help_text="Approved verdicts.")
    open_claims_per_reviewer = ReviewerLoadSerializer(many=True, help_text="The most loaded first.")
