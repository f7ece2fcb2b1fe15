"""Lists and the claim detail cost the same number of queries for 3 rows as for 30."""

import itertools

import pytest
from django.utils import timezone

from claims.models import Claim
from publishing.models import ClaimMatch, Correction, Publication
from reviews import services
from reviews.models import Verdict
from tests import factories

pytestmark = pytest.mark.django_db


SPAN_STARTS = itertools.count()


def add_claims(count, *, assignee, author, document):
    for _index in range(count):
        start = next(SPAN_STARTS)
        claim = factories.ClaimFactory(
            assignee=assignee, document=document, status=Claim.Status.CORROBORATED, start=start, end=start + 1
        )
        factories.VerdictFactory(claim=claim, author=author, state=Verdict.State.SUBMITTED)


def add_claim_history(claim, count, actor):
    """Evidence, events, "checked before" suggestions and corrections to its publication."""
    publication = claim.publications.first()
    for _index in range(count):
        factories.EvidenceFactory(claim=claim, added_by=actor)
        claim.events.create(kind="evidence_added", actor=actor)
        ClaimMatch.objects.create(claim=claim, matched_claim=factories.ClaimFactory(), score=0.6)
        Correction.objects.create(publication=publication, text="A date was wrong.", author=actor)


# (url, persona, queries): the token with its user and their permissions, then the page.
LISTS = [
    ("/api/v1/claims/", "fact_checker", 2),
    ("/api/v1/claims/?status=corroborated&assignee=me&ordering=-score", "fact_checker", 2),
    ("/api/v1/documents/", "fact_checker", 2),
    ("/api/v1/queues/mine/", "fact_checker", 3),
    ("/api/v1/queues/unassigned/", "fact_checker", 3),
    ("/api/v1/queues/approval/", "editor", 3),
    ("/api/v1/sources/", "fact_checker", 4),
    ("/api/v1/documents/{document}/", "fact_checker", 4),
]


@pytest.mark.parametrize("url,persona,queries", LISTS)
def test_a_list_costs_the_same_for_3_rows_as_for_30(
    request, api_as, django_assert_num_queries, fact_checker, url, persona, queries
):
    caller = request.getfixturevalue(persona)
    document = factories.DocumentFactory()
    url = url.format(document=document.pk)
    assignee = None if "unassigned" in url else fact_checker
    add_claims(3, assignee=assignee, author=fact_checker, document=document)
    for _index in range(3):
        factories.SourceFactory(domains=[f"s{_index}.example"])
    client = api_as(caller)
    client.get(url)  # the token is created on first use

    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200

    add_claims(27, assignee=assignee, author=fact_checker, document=document)
    for _index in range(27):
        factories.SourceFactory(domains=[f"t{_index}.example"])
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("path", ["/api/v1/claims/{claim}/", "/api/v1/claims/{claim}/evidence/"])
def test_a_claim_costs_the_same_with_3_evidence_items_as_with_30(api_as, django_assert_num_queries, fact_checker, path):
    claim = factories.ClaimFactory(assignee=fact_checker)
    approved = factories.VerdictFactory(claim=claim, author=fact_checker, state=Verdict.State.APPROVED)
    Publication.objects.create(verdict=approved, claim=claim, slug="first", language="en", published_at=timezone.now())
    factories.VerdictFactory(claim=claim, author=fact_checker)
    add_claim_history(claim, 3, fact_checker)
    client = api_as(fact_checker)
    url = path.format(claim=claim.pk)
    client.get(url)
    expected = 10 if path.endswith("/{claim}/") else 3

    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200

    add_claim_history(claim, 27, fact_checker)
    with django_assert_num_queries(expected):
        assert client.get(url).status_code == 200


def add_notifications(count, recipient):
    for _index in range(count):
        factories.NotificationFactory(recipient=recipient)


def add_source_events(source, count, actor):
    for reliability in itertools.islice(itertools.cycle(["low", "high"]), count):
        services.source_save(source, actor=actor, reliability=reliability)


# (url, persona, queries, grow): `grow(count, scene)` adds rows the answer lists.
DETAILS = [
    ("/api/v1/notifications/", "fact_checker", 3, lambda count, scene: add_notifications(count, scene["me"])),
    (
        "/api/v1/sources/{source}/",
        "fact_checker",
        4,
        lambda count, scene: add_source_events(scene["source"], count, scene["editor"]),
    ),
]


@pytest.mark.parametrize("url,persona,queries,grow", DETAILS, ids=[row[0] for row in DETAILS])
def test_rows_under_one_object_cost_the_same_for_3_as_for_30(
    request, api_as, django_assert_num_queries, editor, url, persona, queries, grow
):
    caller = request.getfixturevalue(persona)
    scene = {"me": caller, "editor": editor, "source": factories.SourceFactory(domains=["a.example", "b.example"])}
    url = url.format(source=scene["source"].pk)
    grow(3, scene)
    client = api_as(caller)
    client.get(url)

    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200

    grow(27, scene)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200
