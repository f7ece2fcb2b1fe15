import pytest

from claims.models import Claim, ClaimEvent
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def sourced_claim(fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    return claim


def transition_url(claim):
    return f"/api/v1/claims/{claim.pk}/transition/"


def test_it_moves_the_claim_and_answers_with_its_new_version(api_as, fact_checker, sourced_claim):
    response = api_as(fact_checker).post(
        transition_url(sourced_claim), {"to": "corroborated", "version": 1}, format="json"
    )

    assert response.status_code == 200
    assert (response.data["status"], response.data["version"]) == ("corroborated", 2)
    assert [event["kind"] for event in response.data["events"]] == [ClaimEvent.Kind.STATUS]


def test_it_answers_409_to_a_stale_transition(api_as, fact_checker, editor, sourced_claim):
    factories.EvidenceFactory(claim=sourced_claim, stance="contradicts")
    first = api_as(editor).post(transition_url(sourced_claim), {"to": "disputed", "version": 1}, format="json")
    assert first.status_code == 200

    response = api_as(fact_checker).post(
        transition_url(sourced_claim), {"to": "corroborated", "version": 1}, format="json"
    )

    assert response.status_code == 409
    assert response.data["code"] == "conflict"
    sourced_claim.refresh_from_db()
    assert response.data["current"] == {"status": sourced_claim.status, "version": sourced_claim.version}


def test_it_answers_400_with_the_unmet_conditions(api_as, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)

    response = api_as(fact_checker).post(transition_url(claim), {"to": "sourced", "version": 1}, format="json")

    assert response.status_code == 400
    assert response.data["code"] == "refused"
    assert response.data["conditions"] == ["needs at least one evidence item linked to a source"]
    claim.refresh_from_db()
    assert (claim.status, claim.version) == ("unverified", 1)


def test_it_answers_403_not_allowed_to_someone_else_s_claim(api_as, other_fact_checker, sourced_claim):
    response = api_as(other_fact_checker).post(
        transition_url(sourced_claim), {"to": "corroborated", "version": 1}, format="json"
    )

    assert response.status_code == 403
    assert response.data["code"] == "not_allowed"


def test_the_detail_lists_the_moves_open_to_the_caller(api_as, fact_checker, sourced_claim):
    response = api_as(fact_checker).get(f"/api/v1/claims/{sourced_claim.pk}/")

    moves = {move["to"]: move for move in response.data["moves"]}
    assert moves["corroborated"]["allowed"] is True
    assert moves["disputed"]["missing"] == ["needs contradicting evidence linked to a source"]
    assert moves["unverified"]["allowed"] is False
