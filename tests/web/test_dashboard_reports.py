"""The editors' reports on the dashboard, overdue claims flagged first, unmatched domains registered in a click."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim
from publishing.models import Publication
from reviews import reports
from reviews.models import ArchivedPage, Evidence, Verdict
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db


def test_flow_counts_claims_created_and_closed_per_week(editor):
    today = timezone.localdate()
    factories.ClaimFactory()
    closed = factories.ClaimFactory()
    Claim.objects.filter(pk=closed.pk).update(closed_at=timezone.now())
    last_week = factories.ClaimFactory()
    Claim.objects.filter(pk=last_week.pk).update(created_at=timezone.now() - timedelta(weeks=1))
    flow = reports.claims_flow_by_week(editor, weeks=4, today=today)
    assert [week.week_start.weekday() for week in flow] == [0, 0, 0, 0]
    assert (flow[-1].created, flow[-1].closed) == (2, 1)
    assert flow[-2].created == 1


def test_median_time_to_publication_runs_from_the_document_intake(editor, fact_checker):
    now = timezone.now()
    for hours in (10, 20, 60):
        claim = factories.ClaimFactory()
        claim.document.__class__.objects.filter(pk=claim.document_id).update(created_at=now - timedelta(hours=hours))
        verdict = factories.VerdictFactory(claim=claim, state=Verdict.State.APPROVED, author=fact_checker)
        Publication.objects.create(verdict=verdict, claim=claim, slug=f"c{hours}", language="en", published_at=now)
    assert reports.median_time_to_publication(editor) == timedelta(hours=20)


def test_median_time_is_none_without_publications(editor):
    assert reports.median_time_to_publication(editor) is None


def test_verdicts_per_rating_lists_every_rating(editor):
    factories.VerdictFactory(state=Verdict.State.APPROVED, rating="false")
    factories.VerdictFactory(state=Verdict.State.APPROVED, rating="false")
    factories.VerdictFactory(state=Verdict.State.SUBMITTED, rating="true")
    counts = {rating: count for rating, _label, count in reports.verdicts_by_rating(editor)}
    assert counts["false"] == 2 and counts["true"] == 0
    assert set(counts) == set(Verdict.Rating.values)


def test_open_claims_per_checker_counts_the_overdue_ones(editor, fact_checker, other_fact_checker):
    past = timezone.now() - timedelta(hours=1)
    factories.ClaimFactory(assignee=fact_checker, due_at=past)
    factories.ClaimFactory(assignee=fact_checker)
    factories.ClaimFactory(assignee=other_fact_checker)
    loads = reports.open_claims_per_checker(editor)
    assert [(load.username, load.open, load.overdue) for load in loads] == [("fiona", 2, 1), ("oscar", 1, 0)]


def test_reports_are_for_editors_only(fact_checker, outsider):
    for user in (fact_checker, outsider):
        assert reports.claims_flow_by_week(user) == []
        assert reports.open_claims_per_checker(user) == []
        assert reports.verdicts_by_rating(user) == []
        assert reports.median_time_to_publication(user) is None


def test_the_editors_dashboard_shows_the_reports(editor_client, fact_checker):
    factories.ClaimFactory(assignee=fact_checker, due_at=timezone.now() - timedelta(hours=2), text="Late <one>")
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert "Claims in and out per week" in page
    assert "Approved verdicts per rating" in page
    assert "Median time from intake to published verdict" in page
    assert "Open claims per fact-checker" in page
    assert "Late &lt;one&gt;" in page


def test_a_fact_checkers_dashboard_has_no_reports(checker_client):
    assert "Claims in and out per week" not in checker_client.get(reverse("desk:dashboard")).content.decode()


@pytest.mark.parametrize("rows", [3, 30])
def test_the_editors_dashboard_queries_do_not_grow(
    editor_client, editor, fact_checker, rows, django_assert_num_queries
):
    for index in range(rows):
        factories.ClaimFactory(assignee=editor if index % 2 else fact_checker, due_at=timezone.now())
        factories.VerdictFactory(state=Verdict.State.APPROVED)
        factories.EvidenceFactory(url=f"https://site{index}.example/a", source=None)
    # session, user with their permissions, my claims, status counts, unassigned, approvals, chart, flow (2),
    # median, ratings, loads, overdue, unmatched domains, claims a registry change left unsupported (and, when
    # there are some, their evidence), most repeated, the header's unread count
    with django_assert_num_queries(18):
        editor_client.get(reverse("desk:dashboard"))


def test_my_queue_puts_overdue_claims_first_and_flags_them(checker_client, fact_checker):
    now = timezone.now()
    factories.ClaimFactory(assignee=fact_checker, text="Later", due_at=now + timedelta(days=2))
    factories.ClaimFactory(assignee=fact_checker, text="Late", due_at=now - timedelta(hours=3))
    factories.ClaimFactory(assignee=fact_checker, text="No due date")
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert page.index(">Late<") < page.index(">Later<") < page.index(">No due date<")
    assert page.count('class="overdue-row"') == 1


def test_the_dashboard_flags_my_overdue_claims(checker_client, fact_checker):
    factories.ClaimFactory(assignee=fact_checker, due_at=timezone.now() - timedelta(hours=3))
    page = checker_client.get(reverse("desk:dashboard")).content.decode()
    assert '<span class="badge overdue">Overdue</span>' in page


def unmatched_evidence(url="https://www.unknown-news.example/a"):
    evidence = factories.EvidenceFactory(url=url, source=None)
    ArchivedPage.objects.create(evidence=evidence)
    return evidence


def test_an_editor_registers_an_unmatched_domain_in_one_click(editor_client):
    evidence = unmatched_evidence()
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert "unknown-news.example" in page and reverse("desk:source_register_domain") in page
    response = editor_client.post(reverse("desk:source_register_domain"), {"domain": "unknown-news.example"})
    assert response["Location"] == reverse("desk:dashboard")
    evidence.refresh_from_db()
    assert evidence.source == Source.objects.get(domains__domain="unknown-news.example")
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert "Registered unknown-news.example; 1 evidence items linked." in page


def test_registering_a_taken_domain_says_why(editor_client):
    factories.SourceFactory(name="Known", domains=["known.example"])
    editor_client.post(reverse("desk:source_register_domain"), {"domain": "known.example"})
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert "known.example already belongs to Known" in page


def test_only_editors_register_domains(checker_client, outsider_client, client):
    unmatched_evidence()
    url = reverse("desk:source_register_domain")
    assert checker_client.post(url, {"domain": "unknown-news.example"}).status_code == 403
    assert outsider_client.post(url, {"domain": "unknown-news.example"}).status_code == 403
    assert client.post(url, {"domain": "unknown-news.example"}).status_code == 302
    assert not Source.objects.exists()
    assert Evidence.objects.filter(source__isnull=True).count() == 1
    assert "Register as a source" not in checker_client.get(reverse("desk:dashboard")).content.decode()


@pytest.mark.parametrize(
    "duration, text",
    [
        (timedelta(days=2, hours=5, minutes=9), "2 days 5 hours"),
        (timedelta(hours=1, minutes=10), "1 hour 10 minutes"),
        (timedelta(seconds=30), "0 minutes"),
    ],
)
def test_durations_read_in_their_two_largest_units(duration, text):
    from desk.templatetags.desk_tags import duration_text

    assert duration_text(duration) == text
