"""Editors read the desk's figures: flow per week, time to verdict, ratings, workload."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

from claims.models import Claim, Document
from publishing.models import Publication
from reviews import reports
from reviews.models import Verdict
from tests import factories

pytestmark = pytest.mark.django_db

SUMMARY = "/api/v1/reports/summary/"


def claim_at(created, *, closed=None, assignee=None):
    claim = factories.ClaimFactory(assignee=assignee)
    Claim.objects.filter(pk=claim.pk).update(created_at=created, closed_at=closed)
    return claim


def publish(claim, author, *, after: timedelta, rating="false"):
    """Publishes the claim now, its article having come in `after` earlier: a publication in the future
    would fall in next week's row whenever the test runs late on a Sunday."""
    verdict = factories.VerdictFactory(claim=claim, author=author, rating=rating, state=Verdict.State.APPROVED)
    published_at = timezone.now()
    Document.objects.filter(pk=claim.document_id).update(created_at=published_at - after)
    Publication.objects.create(
        verdict=verdict, claim=claim, slug=f"claim-{claim.pk}", language="en", published_at=published_at
    )
    Claim.objects.filter(pk=claim.pk).update(closed_at=published_at)


def test_each_week_counts_the_claims_that_came_in_and_went_out(editor):
    now = timezone.now()
    this_monday = timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    claim_at(now)
    claim_at(now - timedelta(weeks=1), closed=now)
    claim_at(now - timedelta(weeks=1))
    claim_at(now - timedelta(weeks=20), closed=now - timedelta(weeks=1))

    flow = reports.claims_flow_by_week(editor, weeks=3)

    assert [(week.week_start, week.created, week.closed) for week in flow] == [
        (this_monday - timedelta(weeks=2), 0, 0),
        (this_monday - timedelta(weeks=1), 2, 1),
        (this_monday, 1, 1),
    ]


def test_the_median_runs_from_intake_to_the_first_publication(editor, fact_checker):
    for hours in (2, 10, 30):
        publish(factories.ClaimFactory(), fact_checker, after=timedelta(hours=hours))
    factories.ClaimFactory()  # not published: not counted

    assert reports.median_time_to_publication(editor) == timedelta(hours=10)


def test_nothing_published_has_no_median(editor):
    factories.ClaimFactory()

    assert reports.median_time_to_publication(editor) is None


@pytest.fixture(params=["now", "late on a Sunday"])
def clock(request, monkeypatch):
    """The real time, and the last half-hour of a week in the desk's time zone, when anything dated a few hours
    ahead falls in the next week's row (CI met it on Sunday 6 December 2026)."""
    if request.param == "late on a Sunday":
        sunday_late = datetime(2026, 12, 6, 23, 30, tzinfo=ZoneInfo(settings.TIME_ZONE))
        monkeypatch.setattr(timezone, "now", lambda: sunday_late)


@pytest.mark.usefixtures("clock")
def test_the_summary_gives_every_figure(api_as, editor, fact_checker, other_fact_checker):
    publish(factories.ClaimFactory(), fact_checker, after=timedelta(hours=5), rating="false")
    publish(factories.ClaimFactory(), fact_checker, after=timedelta(hours=7), rating="false")
    publish(factories.ClaimFactory(), fact_checker, after=timedelta(hours=9), rating="true")
    factories.VerdictFactory(author=fact_checker, rating="true")  # a draft: not counted
    factories.ClaimFactory(assignee=other_fact_checker)
    factories.ClaimFactory(assignee=other_fact_checker)
    factories.ClaimFactory(assignee=fact_checker)

    response = api_as(editor).get(SUMMARY, {"weeks": 4})

    assert response.status_code == 200
    assert len(response.data["weekly_flow"]) == 4
    assert response.data["weekly_flow"][-1]["closed"] == 3
    assert response.data["median_hours_to_verdict"] == 7.0
    by_rating = {row["rating"]: row["count"] for row in response.data["verdicts_by_rating"]}
    assert by_rating == {"true": 1, "mostly-true": 0, "mixed": 0, "misleading": 0, "false": 2, "unverifiable": 0}
    assert response.data["open_claims_per_reviewer"] == [
        {"reviewer": "oscar", "open_claims": 2, "overdue_claims": 0},
        {"reviewer": "fiona", "open_claims": 1, "overdue_claims": 0},
    ]


def test_eight_weeks_unless_asked(api_as, editor):
    assert len(api_as(editor).get(SUMMARY).data["weekly_flow"]) == 8


@pytest.mark.parametrize("weeks", ["0", "105", "many"])
def test_the_number_of_weeks_is_checked(api_as, editor, weeks):
    response = api_as(editor).get(SUMMARY, {"weeks": weeks})

    assert (response.status_code, response.data["code"]) == (400, "invalid")


def test_fact_checkers_do_not_see_the_reports(api_as, fact_checker):
    assert api_as(fact_checker).get(SUMMARY).status_code == 403


def test_only_editors_get_figures_from_the_reads(outsider, fact_checker):
    publish(factories.ClaimFactory(assignee=fact_checker), fact_checker, after=timedelta(hours=1))
    factories.ClaimFactory(assignee=fact_checker)

    for someone in (outsider, fact_checker):
        assert reports.median_time_to_publication(someone) is None
        assert reports.verdicts_by_rating(someone) == []
        assert reports.open_claims_per_checker(someone) == []
        assert reports.claims_flow_by_week(someone, weeks=2) == []
