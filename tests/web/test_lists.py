"""Queues, dashboard, approvals and sources: content, fragments, and a fixed number of queries."""

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews.models import ClaimComment, Tag, Verdict
from sources.models import SourceProposal
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db


def many_claims(count, **kwargs):
    """`count` claims, each filed under two tags and commented on, as a working desk's are."""
    document = factories.DocumentFactory()
    claims = [factories.ClaimFactory(document=document, start=i, end=i + 1, **kwargs) for i in range(count)]
    health, energy = Tag.objects.get_or_create(name="health")[0], Tag.objects.get_or_create(name="energy")[0]
    for claim in claims:
        claim.tags.add(health, energy)
        ClaimComment.objects.create(claim=claim, text="Checked the first figure.")
    return claims


@pytest.mark.parametrize("rows", [3, 30])
def test_my_queue_queries_do_not_grow_with_rows(checker_client, fact_checker, rows, django_assert_num_queries):
    many_claims(rows, assignee=fact_checker)
    # The header's unread-notifications count is one of them, the person's saved views another, the tags a third.
    with django_assert_num_queries(8):
        response = checker_client.get(reverse("desk:queue_mine"))
    assert response.status_code == 200 and response.content.decode().count(">health</a>") == min(rows, 25)


@pytest.mark.parametrize("rows", [3, 30])
def test_unassigned_queue_queries_do_not_grow_with_rows(checker_client, rows, django_assert_num_queries):
    many_claims(rows)
    with django_assert_num_queries(8):
        checker_client.get(reverse("desk:queue_unassigned"))


def test_queue_filters_and_search(checker_client, fact_checker):
    document = factories.DocumentFactory(title="Budget story")
    factories.ClaimFactory(document=document, text="Unemployment fell", speaker="Mayor", assignee=fact_checker)
    factories.ClaimFactory(text="Exports rose", speaker="Minister", status=Claim.Status.SOURCED, assignee=fact_checker)
    queue = reverse("desk:queue_mine")

    assert "Exports rose" not in checker_client.get(queue, {"q": "unemploy"}).content.decode()
    assert "Unemployment fell" not in checker_client.get(queue, {"status": "sourced"}).content.decode()
    assert "Exports rose" not in checker_client.get(queue, {"speaker": "mayor"}).content.decode()
    assert "Exports rose" not in checker_client.get(queue, {"document": document.pk}).content.decode()
    assert "Exports rose" not in checker_client.get(queue, {"language": "fr"}).content.decode()


def test_queue_filter_fragment_for_htmx(checker_client, fact_checker):
    factories.ClaimFactory(assignee=fact_checker)
    page = checker_client.get(reverse("desk:queue_mine"), HTTP_HX_TARGET="queue-results", **HTMX).content.decode()
    assert page.lstrip().startswith('<section id="queue-results"')


def test_queue_is_paginated(checker_client):
    many_claims(30)
    first = checker_client.get(reverse("desk:queue_unassigned")).content.decode()
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in checker_client.get(reverse("desk:queue_unassigned"), {"page": 2}).content.decode()


def test_take_next_opens_the_claim(checker_client, fact_checker):
    claim = factories.ClaimFactory()
    response = checker_client.post(reverse("desk:take_next"))
    # It opens in "My queue", where it now is, so the workspace pages through that list.
    assert response["Location"] == reverse("desk:claim", args=[claim.pk]) + "?list=mine"
    claim.refresh_from_db()
    assert claim.assignee == fact_checker


def test_take_next_with_nothing_to_take_says_so(checker_client):
    response = checker_client.post(reverse("desk:take_next"), follow=True)
    assert "Nothing to take" in response.content.decode()


def test_dashboard_shows_counts_my_claims_and_the_chart(editor_client, editor):
    factories.ClaimFactory(assignee=editor, text="Mine and open")
    factories.ClaimFactory(status=Claim.Status.SOURCED)
    factories.VerdictFactory(state=Verdict.State.SUBMITTED)
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert "Mine and open" in page
    assert "Verdicts awaiting approval" in page
    assert "<svg" in page and 'class="fill-unverified"' in page


def test_dashboard_for_fact_checkers_has_no_approval_section(checker_client):
    page = checker_client.get(reverse("desk:dashboard")).content.decode()
    assert "Verdicts awaiting approval" not in page


@pytest.mark.parametrize("rows", [3, 30])
def test_approval_queue_queries_do_not_grow(editor_client, rows, django_assert_num_queries):
    for index in range(rows):
        verdict = factories.VerdictFactory(state=Verdict.State.SUBMITTED)
        factories.EvidenceFactory(claim=verdict.claim)
        SourceProposal.objects.create(domain=f"d{index}.example", name=f"D{index}", proposed_by=verdict.author)
    # The fifth query reads the proposed sources (with their proposers), whatever their number.
    with django_assert_num_queries(6):
        page = editor_client.get(reverse("desk:approvals")).content.decode()
    assert page.count('class="card approval"') == 2 * rows


def test_approve_from_the_queue(editor_client, fact_checker):
    # A verdict is approved only on a corroborated or disputed claim (the factory's claim is unverified).
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    verdict = factories.VerdictFactory(claim=claim, state=Verdict.State.SUBMITTED, author=fact_checker)
    response = editor_client.post(reverse("desk:verdict_approve", args=[verdict.pk]), {"comment": ""}, **HTMX)
    assert response.status_code == 200
    assert "Approved." in response.content.decode()
    assert "<html" not in response.content.decode()
    verdict.refresh_from_db()
    assert verdict.state == Verdict.State.APPROVED


def test_reject_needs_a_comment(editor_client, fact_checker):
    verdict = factories.VerdictFactory(state=Verdict.State.SUBMITTED, author=fact_checker)
    response = editor_client.post(reverse("desk:verdict_reject", args=[verdict.pk]), {"comment": ""}, **HTMX)
    assert response.status_code == 422
    assert "a rejection needs a comment" in response.content.decode()
    response = editor_client.post(reverse("desk:verdict_reject", args=[verdict.pk]), {"comment": "Weak"}, **HTMX)
    assert "Sent back to its author." in response.content.decode()
    verdict.refresh_from_db()
    assert verdict.state == Verdict.State.REJECTED


def test_an_editor_cannot_approve_their_own_verdict(editor_client, editor):
    verdict = factories.VerdictFactory(state=Verdict.State.SUBMITTED, author=editor)
    response = editor_client.post(reverse("desk:verdict_approve", args=[verdict.pk]), **HTMX)
    assert response.status_code == 403
    assert "did not write the verdict" in response.content.decode()


def test_fact_checkers_cannot_decide(checker_client):
    verdict = factories.VerdictFactory(state=Verdict.State.SUBMITTED)
    assert checker_client.post(reverse("desk:verdict_approve", args=[verdict.pk])).status_code == 403


@pytest.mark.parametrize("rows", [3, 30])
def test_source_list_queries_do_not_grow(checker_client, rows, django_assert_num_queries):
    for index in range(rows):
        factories.SourceFactory(domains=[f"site{index}.org"])
    with django_assert_num_queries(6):
        checker_client.get(reverse("desk:sources"))


def test_source_list_search_and_filters(checker_client):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="TASS", reliability="low", domains=["tass.ru"])
    sources = reverse("desk:sources")
    assert "TASS" not in checker_client.get(sources, {"q": "reuters.com"}).content.decode()
    assert "Reuters" not in checker_client.get(sources, {"reliability": "low"}).content.decode()
    fragment = checker_client.get(sources, {"q": "t"}, HTTP_HX_TARGET="source-results", **HTMX).content.decode()
    assert fragment.lstrip().startswith('<section id="source-results"')


def test_source_detail_lists_the_evidence_citing_it(checker_client):
    source = factories.SourceFactory(name="AFP")
    evidence = factories.EvidenceFactory(source=source)
    page = checker_client.get(reverse("desk:source", args=[source.pk])).content.decode()
    assert evidence.claim.text in page
