"""Proposed sources through the API: members propose, editors alone accept or decline."""

import pytest

from notifications.models import Notification
from reviews.models import Evidence
from sources.models import Source, SourceProposal
from tests import factories

pytestmark = pytest.mark.django_db

PROPOSALS = "/api/v1/sources/proposals/"


@pytest.fixture
def evidence(fact_checker):
    return factories.EvidenceFactory(url="https://www.bbc.com/news/1", source=None, added_by=fact_checker)


def propose(client, **fields):
    return client.post(PROPOSALS, {"domain": "https://www.bbc.com/x", "name": "BBC", **fields}, format="json")


def test_a_fact_checker_proposes_and_an_editor_accepts_with_changes(api_as, fact_checker, editor, evidence):
    response = propose(api_as(fact_checker), kind="news_outlet", reliability="high", note="Broadcaster")
    assert response.status_code == 201, response.data
    assert response.data["domain"] == "bbc.com" and response.data["state"] == "pending"
    assert response.data["proposed_by"] == fact_checker.username

    accepted = api_as(editor).post(
        f"{PROPOSALS}{response.data['id']}/accept/", {"name": "BBC News", "reliability": "medium"}, format="json"
    )

    assert accepted.status_code == 200, accepted.data
    assert accepted.data["linked"] == 1 and accepted.data["proposal"]["state"] == "accepted"
    assert (accepted.data["source"]["name"], accepted.data["source"]["reliability"]) == ("BBC News", "medium")
    assert accepted.data["source"]["kind"] == "news_outlet"
    assert Evidence.objects.get(pk=evidence.pk).source_id == accepted.data["source"]["id"]


def test_declining_needs_a_reason_and_notifies_the_proposer(api_as, fact_checker, editor, evidence):
    proposal_id = propose(api_as(fact_checker)).data["id"]
    client = api_as(editor)
    assert client.post(f"{PROPOSALS}{proposal_id}/decline/", {}, format="json").status_code == 400
    assert client.post(f"{PROPOSALS}{proposal_id}/decline/", {"reason": " "}, format="json").status_code == 400
    assert SourceProposal.objects.get().state == "pending"

    response = client.post(f"{PROPOSALS}{proposal_id}/decline/", {"reason": "Duplicate"}, format="json")

    assert response.status_code == 200 and response.data["decline_reason"] == "Duplicate"
    assert Notification.objects.get(recipient=fact_checker).kind == Notification.Kind.PROPOSAL_DECLINED
    again = client.post(f"{PROPOSALS}{proposal_id}/accept/", {}, format="json")
    assert again.status_code == 400 and "already declined" in again.data["detail"]
    assert not Source.objects.exists()


def test_fact_checkers_cannot_decide_and_see_only_their_own(api_as, fact_checker, other_fact_checker, evidence):
    proposal_id = propose(api_as(fact_checker)).data["id"]
    other = api_as(other_fact_checker)
    assert other.post(f"{PROPOSALS}{proposal_id}/accept/", {}, format="json").status_code == 403
    assert other.post(f"{PROPOSALS}{proposal_id}/decline/", {"reason": "x"}, format="json").status_code == 403
    assert other.get(PROPOSALS).data["results"] == []
    assert [row["id"] for row in api_as(fact_checker).get(PROPOSALS).data["results"]] == [proposal_id]
    assert SourceProposal.objects.get().state == "pending"


def test_outsiders_and_anonymous_cannot_propose(api_as, outsider, evidence):
    assert propose(api_as(outsider)).status_code == 403
    assert propose(api_as(None)).status_code == 401
    assert not SourceProposal.objects.exists()


@pytest.mark.parametrize(
    "fields",
    [{"kind": "tabloid"}, {"reliability": "excellent"}, {"name": ""}, {"domain": "example.net"}, {"domain": "co.uk"}],
)
def test_bad_proposals_get_a_400_and_change_nothing(api_as, fact_checker, evidence, fields):
    response = propose(api_as(fact_checker), **fields)
    assert response.status_code == 400 and response.data["detail"]
    assert not SourceProposal.objects.exists()


def test_registering_a_domain_leaves_it_unrated_unless_rated(api_as, editor, evidence):
    factories.EvidenceFactory(url="https://lemonde.fr/a", source=None)
    client = api_as(editor)
    unrated = client.post("/api/v1/sources/register-domain/", {"domain": "bbc.com"}, format="json")
    rated = client.post(
        "/api/v1/sources/register-domain/", {"domain": "lemonde.fr", "reliability": "high"}, format="json"
    )
    assert unrated.data["source"]["reliability"] == "unrated"
    assert rated.data["source"]["reliability"] == "high"
