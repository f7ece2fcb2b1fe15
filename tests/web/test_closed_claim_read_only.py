"""Issue 17, point 4: a closed (published, or linked) claim is read-only. Every write path — the
services, the desk's forms and the API — refuses to add or remove evidence, write a verdict, move
it (other than a reopen), assign, release, change its priority or decide a match, says why, and
changes nothing; "Publish a correction", "Withdraw" and "Reopen" still work for editors."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from publishing import services as publishing_services
from publishing.models import ClaimMatch, Correction
from reviews.models import Evidence, Verdict
from tests import factories
from tests.api.conftest import client_for
from tests.web.conftest import HTMX, signed_in
from tests.web.test_public_pages import publish

pytestmark = pytest.mark.django_db

CLOSED = "this claim is closed"


@pytest.fixture
def closed(fact_checker, editor):
    """A published claim with one piece of evidence and one pending match suggestion."""
    evidence = {}

    def attach(claim):
        evidence["item"] = factories.EvidenceFactory(claim=claim)

    publication = publish(fact_checker, editor, before_approval=attach)
    claim = publication.claim
    claim.refresh_from_db()
    match = ClaimMatch.objects.create(claim=claim, matched_claim=factories.ClaimFactory(), score=0.9)
    return {"claim": claim, "publication": publication, "evidence": evidence["item"], "match": match}


def snapshot(claim):
    claim = Claim.objects.get(pk=claim.pk)
    return (
        claim.version,
        claim.status,
        claim.assignee_id,
        claim.priority,
        claim.closed_at,
        Evidence.objects.filter(claim=claim).count(),
        Verdict.objects.filter(claim=claim).count(),
        ClaimEvent.objects.filter(claim=claim).count(),
        list(ClaimMatch.objects.filter(claim=claim).values_list("state", flat=True)),
    )


def desk_writes(closed, fact_checker):
    claim, version = closed["claim"], closed["claim"].version
    pk = claim.pk
    return {
        "evidence_add": (
            reverse("desk:evidence_add", args=[pk]),
            {"kind": "quote", "stance": "supports", "excerpt": "x"},
        ),
        "evidence_remove": (
            reverse("desk:evidence_remove", args=[pk, closed["evidence"].pk]),
            {"version": version},
        ),
        "verdict_save": (reverse("desk:verdict_save", args=[pk]), {"rating": "true", "summary": "Changed."}),
        "claim_move": (reverse("desk:claim_move", args=[pk]), {"to": "disputed", "version": version}),
        "claim_assign": (reverse("desk:claim_assign", args=[pk]), {"reviewer": fact_checker.pk, "version": version}),
        "claim_release": (reverse("desk:claim_release", args=[pk]), {"version": version}),
        "claim_priority": (reverse("desk:claim_priority", args=[pk]), {"priority": "urgent", "version": version}),
        "match_dismiss": (reverse("desk:match_dismiss", args=[pk, closed["match"].pk]), {}),
        "match_link": (reverse("desk:match_link", args=[pk, closed["match"].pk]), {}),
    }


@pytest.mark.parametrize(
    "write",
    [
        "evidence_add",
        "evidence_remove",
        "verdict_save",
        "claim_move",
        "claim_assign",
        "claim_release",
        "claim_priority",
        "match_dismiss",
        "match_link",
    ],
)
def test_every_desk_form_refuses_to_change_a_closed_claim_and_says_why(closed, editor, fact_checker, write):
    before = snapshot(closed["claim"])
    url, data = desk_writes(closed, fact_checker)[write]
    response = signed_in(editor).post(url, data, **HTMX)
    assert response.status_code in (409, 422), response.status_code
    assert CLOSED in response.content.decode()
    assert snapshot(closed["claim"]) == before


def api_writes(closed, fact_checker):
    claim, version = closed["claim"], closed["claim"].version
    pk = claim.pk
    return {
        "evidence_add": ("post", reverse("api:claim-evidence", args=[pk]), {"quote": "x", "stance": "supports"}),
        "evidence_remove": (
            "delete",
            reverse("api:claim-evidence-item", args=[pk, closed["evidence"].pk]) + f"?version={version}",
            None,
        ),
        "verdict_save": ("post", reverse("api:claim-verdict", args=[pk]), {"rating": "true", "summary": "Changed."}),
        "claim_move": ("post", reverse("api:claim-transition", args=[pk]), {"to": "disputed", "version": version}),
        "claim_assign": ("post", reverse("api:claim-assign", args=[pk]), {"reviewer": fact_checker.username}),
        "claim_release": ("post", reverse("api:claim-release", args=[pk]), {}),
        "match_dismiss": ("post", reverse("api:claim-match-dismiss", args=[pk, closed["match"].pk]), {}),
        "match_link": ("post", reverse("api:claim-match-link", args=[pk, closed["match"].pk]), {}),
    }


@pytest.mark.parametrize(
    "write",
    [
        "evidence_add",
        "evidence_remove",
        "verdict_save",
        "claim_move",
        "claim_assign",
        "claim_release",
        "match_dismiss",
        "match_link",
    ],
)
def test_every_api_write_refuses_to_change_a_closed_claim_and_says_why(closed, editor, fact_checker, write):
    before = snapshot(closed["claim"])
    method, url, data = api_writes(closed, fact_checker)[write]
    response = getattr(client_for(editor), method)(url, data, format="json")
    assert response.status_code in (400, 409), (response.status_code, response.content)
    assert CLOSED in response.content.decode()
    assert snapshot(closed["claim"]) == before


def test_the_workspace_of_a_closed_claim_offers_only_correction_withdrawal_and_reopen(closed, editor, fact_checker):
    page = signed_in(editor).get(reverse("desk:claim", args=[closed["claim"].pk])).content.decode()
    assert "read-only" in page
    for gone in ("desk:evidence_add", "desk:verdict_save", "desk:claim_release", "desk:claim_assign"):
        assert reverse(gone, args=[closed["claim"].pk]) not in page, gone
    assert reverse("desk:claim_priority", args=[closed["claim"].pk]) not in page
    assert "Mark as Disputed" not in page and "Reopen as Unverified" in page
    assert reverse("desk:publication_correct", args=[closed["claim"].pk]) in page
    assert reverse("desk:publication_withdraw", args=[closed["claim"].pk]) in page
    page = signed_in(fact_checker).get(reverse("desk:claim", args=[closed["claim"].pk])).content.decode()
    assert reverse("desk:evidence_add", args=[closed["claim"].pk]) not in page


def test_an_editor_still_corrects_withdraws_and_reopens_a_closed_claim(closed, editor):
    client = signed_in(editor)
    pk = closed["claim"].pk
    client.post(reverse("desk:publication_correct", args=[pk]), {"text": "The figure was 3%."}, **HTMX)
    assert Correction.objects.filter(publication=closed["publication"]).count() == 1
    claim = publishing_services.claim_move(
        Claim.objects.get(pk=pk), "unverified", actor=editor, note="New figures came out."
    )
    assert claim.closed_at is None and claim.status == Claim.Status.UNVERIFIED
    # Reopened, it takes evidence again.
    response = client.post(
        reverse("desk:evidence_add", args=[pk]), {"kind": "quote", "stance": "supports", "excerpt": "x"}, **HTMX
    )
    assert response.status_code == 200 and Evidence.objects.filter(claim_id=pk).count() == 2
