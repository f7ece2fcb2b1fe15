"""The claim detail says whether a claim was checked before and how it was published;
members decide on suggestions, editors withdraw and correct what is published."""

import json
from datetime import date

import pytest

from claims.models import Claim
from publishing import services as publishing_services
from publishing.models import ClaimMatch, ExternalFactCheck
from reviews import services as reviews_services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def publish(fact_checker, editor):
    """An approved, hence published, verdict on a new claim; returns the claim."""

    def run(rating="false"):
        claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
        verdict = factories.VerdictFactory(claim=claim, author=fact_checker, rating=rating)
        publishing_services.verdict_approve(reviews_services.verdict_submit(verdict, actor=fact_checker), actor=editor)
        return claim

    return run


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


@pytest.fixture
def suggestions(claim, publish):
    earlier = publish(rating="false")
    external = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/1",
        claim_reviewed="Unemployment fell in 2025.",
        normalized_text="unemployment fell in 2025",
        rating_name="Misleading",
        date_published=date(2025, 10, 3),
    )
    return {
        "earlier": earlier,
        "ours": ClaimMatch.objects.create(claim=claim, matched_claim=earlier, score=0.9),
        "theirs": ClaimMatch.objects.create(claim=claim, matched_external=external, score=0.7),
        "dismissed": ClaimMatch.objects.create(
            claim=claim, matched_claim=factories.ClaimFactory(), score=0.95, state=ClaimMatch.State.DISMISSED
        ),
    }


def detail(client, claim):
    return client.get(f"/api/v1/claims/{claim.pk}/").data


def test_the_claim_detail_says_it_was_checked_before_best_first(api_as, fact_checker, claim, suggestions):
    matches = detail(api_as(fact_checker), claim)["matches"]

    ours, theirs = matches
    assert (ours["id"], ours["state"], ours["checked"], ours["rating"]) == (
        suggestions["ours"].pk,
        "suggested",
        True,
        "False",
    )
    assert ours["claim"] == suggestions["earlier"].pk
    assert ours["url"].startswith("http://testserver/factchecks/")
    assert ours["date"] is not None
    assert (theirs["rating"], theirs["date"], theirs["url"]) == (
        "Misleading",
        "2025-10-03",
        "https://archive.example/fc/1",
    )
    assert theirs["score"] == 0.7


def test_linking_closes_the_claim_on_the_earlier_verdict(api_as, fact_checker, claim, suggestions):
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/matches/{suggestions['ours'].pk}/link/", {"note": "Same quote."}, format="json"
    )

    assert response.status_code == 200
    assert response.data["closed_at"] is not None
    assert response.data["matches"][0]["state"] == "linked"
    assert response.data["events"][-1]["kind"] == "linked"


def test_a_suggestion_is_decided_once(api_as, fact_checker, claim, suggestions):
    client = api_as(fact_checker)
    client.post(f"/api/v1/claims/{claim.pk}/matches/{suggestions['theirs'].pk}/dismiss/", format="json")

    response = client.post(f"/api/v1/claims/{claim.pk}/matches/{suggestions['theirs'].pk}/link/", format="json")

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"] == "this suggestion was already decided"


def test_a_dismissed_suggestion_is_no_longer_shown(api_as, fact_checker, claim, suggestions):
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/matches/{suggestions['ours'].pk}/dismiss/", format="json"
    )

    assert response.status_code == 200
    assert [match["id"] for match in response.data["matches"]] == [suggestions["theirs"].pk]
    assert response.data["closed_at"] is None


def test_a_suggestion_reached_through_another_claim_is_not_found(api_as, editor, suggestions):
    elsewhere = factories.ClaimFactory()

    response = api_as(editor).post(f"/api/v1/claims/{elsewhere.pk}/matches/{suggestions['ours'].pk}/link/")

    assert response.status_code == 404


def test_another_fact_checker_cannot_decide_on_a_suggestion(api_as, other_fact_checker, claim, suggestions):
    response = api_as(other_fact_checker).post(f"/api/v1/claims/{claim.pk}/matches/{suggestions['ours'].pk}/link/")

    assert (response.status_code, response.data["code"]) == (403, "not_allowed")
    assert ClaimMatch.objects.get(pk=suggestions["ours"].pk).state == "suggested"


def test_a_claim_not_published_has_no_publication(api_as, fact_checker, claim):
    assert detail(api_as(fact_checker), claim)["publication"] is None


def test_editors_correct_then_withdraw_and_the_detail_shows_both(api_as, editor, publish):
    claim = publish()
    client = api_as(editor)

    corrected = client.post(
        f"/api/v1/claims/{claim.pk}/publication/correct/", {"text": "The date was 3 May."}, format="json"
    )
    withdrawn = client.post(
        f"/api/v1/claims/{claim.pk}/publication/withdraw/", {"reason": "The figure was revised."}, format="json"
    )

    assert corrected.status_code == 201
    assert [item["text"] for item in corrected.data["corrections"]] == ["The date was 3 May."]
    assert withdrawn.status_code == 200
    publication = detail(client, claim)["publication"]
    assert publication["withdrawn_at"] is not None
    assert publication["withdrawal_reason"] == "The figure was revised."
    assert publication["url"].startswith("http://testserver/factchecks/")
    assert [item["text"] for item in publication["corrections"]] == ["The date was 3 May."]


def test_a_withdrawn_fact_check_cannot_be_withdrawn_or_corrected_again(api_as, editor, publish):
    claim = publish()
    client = api_as(editor)
    client.post(f"/api/v1/claims/{claim.pk}/publication/withdraw/", {"reason": "Wrong."}, format="json")

    again = client.post(f"/api/v1/claims/{claim.pk}/publication/withdraw/", {"reason": "Wrong."}, format="json")
    correction = client.post(f"/api/v1/claims/{claim.pk}/publication/correct/", {"text": "Fix."}, format="json")

    # Nothing live is left to act on.
    assert again.status_code == correction.status_code == 404


def test_a_withdrawal_needs_a_reason(api_as, editor, publish):
    claim = publish()

    response = api_as(editor).post(f"/api/v1/claims/{claim.pk}/publication/withdraw/", {"reason": "  "}, format="json")

    assert response.status_code == 400
    assert detail(api_as(editor), claim)["publication"]["withdrawn_at"] is None


def test_the_assignee_cannot_withdraw_their_own_fact_check(api_as, fact_checker, publish):
    claim = publish()

    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/publication/withdraw/", {"reason": "Wrong."}, format="json"
    )

    assert (response.status_code, response.data["code"]) == (403, "not_allowed")


def test_the_claimreview_is_public_and_documented(api_client_anonymous, publish):
    claim = publish()

    response = api_client_anonymous.get(f"/api/v1/claims/{claim.pk}/claimreview/", HTTP_ACCEPT="application/ld+json")
    schema = api_client_anonymous.get("/api/schema/?format=json")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    assert json.loads(response.content)["@type"] == "ClaimReview"
    operation = json.loads(schema.content)["paths"]["/api/v1/claims/{claim_id}/claimreview/"]["get"]
    assert "application/ld+json" in operation["responses"]["200"]["content"]


def test_the_claimreview_of_an_unpublished_claim_is_a_json_404(api_client_anonymous, claim):
    response = api_client_anonymous.get(f"/api/v1/claims/{claim.pk}/claimreview/", HTTP_ACCEPT="application/ld+json")

    assert response.status_code == 404
    assert response.json() == {"detail": "No published fact-check for this claim.", "code": "not_found"}


def test_a_stale_token_does_not_hide_the_public_claimreview(api_client_anonymous, publish):
    claim = publish()
    api_client_anonymous.credentials(HTTP_AUTHORIZATION="Token not-a-token")

    assert api_client_anonymous.get(f"/api/v1/claims/{claim.pk}/claimreview/").status_code == 200
