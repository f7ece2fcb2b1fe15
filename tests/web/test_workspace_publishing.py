"""The workspace's "checked before" suggestions, its publication and its timeline."""

import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from publishing import services as publishing_services
from publishing.models import ClaimMatch, ExternalFactCheck, Publication
from reviews import services as review_services
from tests import factories
from tests.web.conftest import HTMX, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker, text="Unemployment fell to 7 percent in 2024")


def publish(claim, *, checker, editor, rating="false"):
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=checker)
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(claim, actor=checker, rating=rating, summary="Wrong figure.")
    verdict = review_services.verdict_submit(verdict, actor=checker)
    return publishing_services.verdict_approve(verdict, actor=editor).publication


@pytest.fixture
def earlier_match(claim, fact_checker, editor):
    earlier = factories.ClaimFactory(text="Unemployment fell to 7 percent in 2024, said the minister")
    publish(earlier, checker=fact_checker, editor=editor)
    Claim.objects.filter(pk=claim.pk).update(assignee=fact_checker)
    return ClaimMatch.objects.create(claim=claim, matched_claim=earlier, score=0.81)


def workspace(client, claim) -> str:
    return client.get(reverse("desk:claim", args=[claim.pk])).content.decode()


def match_url(name, match):
    return reverse(f"desk:match_{name}", args=[match.claim_id, match.pk])


def test_a_match_shows_the_earlier_rating_its_date_and_links(checker_client, claim, earlier_match):
    page = workspace(checker_client, claim)
    publication = Publication.objects.get(claim=earlier_match.matched_claim)
    assert "Checked before" in page and "False" in page
    assert publication.published_at.strftime("%Y") in page
    assert reverse("desk:claim", args=[earlier_match.matched_claim_id]) in page
    assert publication.get_absolute_url() in page
    assert match_url("link", earlier_match) in page and match_url("dismiss", earlier_match) in page


def test_an_external_match_escapes_its_text_and_links_out(checker_client, claim):
    external = ExternalFactCheck.objects.create(
        url="https://other.example/fc/1",
        claim_reviewed="Unemployment <b>fell</b>",
        normalized_text="unemployment fell",
        rating_name="Misleading",
    )
    ClaimMatch.objects.create(claim=claim, matched_external=external, score=0.7)
    page = workspace(checker_client, claim)
    assert "Unemployment &lt;b&gt;fell&lt;/b&gt;" in page
    assert 'href="https://other.example/fc/1"' in page and "Misleading" in page


def test_linking_closes_the_claim_and_records_it(checker_client, claim, earlier_match):
    response = checker_client.post(match_url("link", earlier_match), **HTMX)
    assert response.status_code == 200
    earlier_match.refresh_from_db()
    claim.refresh_from_db()
    assert earlier_match.state == ClaimMatch.State.LINKED
    assert claim.closed_at is not None
    page = response.content.decode()
    assert "Linked to an earlier fact-check: claim" in page
    assert match_url("dismiss", earlier_match) not in page


def test_dismissing_hides_the_suggestion(checker_client, claim, earlier_match):
    response = checker_client.post(match_url("dismiss", earlier_match))
    assert response["Location"] == reverse("desk:claim", args=[claim.pk])
    page = workspace(checker_client, claim)
    assert "Checked before" not in page
    assert "Match dismissed: claim" in page


def test_a_decided_match_cannot_be_decided_again(checker_client, claim, earlier_match):
    checker_client.post(match_url("dismiss", earlier_match))
    response = checker_client.post(match_url("link", earlier_match), **HTMX)
    assert response.status_code == 422
    assert "this suggestion was already decided" in response.content.decode()


def test_only_the_assignee_or_an_editor_decides_a_match(claim, earlier_match, other_fact_checker):
    client = signed_in(other_fact_checker)
    assert match_url("link", earlier_match) not in workspace(client, claim)
    assert client.post(match_url("link", earlier_match), **HTMX).status_code == 403
    earlier_match.refresh_from_db()
    assert earlier_match.state == ClaimMatch.State.SUGGESTED


def test_an_outsider_and_an_anonymous_visitor_cannot_decide_a_match(outsider_client, client, earlier_match):
    assert outsider_client.post(match_url("dismiss", earlier_match)).status_code == 403
    assert client.post(match_url("dismiss", earlier_match)).status_code == 302
    earlier_match.refresh_from_db()
    assert earlier_match.state == ClaimMatch.State.SUGGESTED


def test_a_match_of_another_claim_is_not_found(checker_client, earlier_match):
    other = factories.ClaimFactory()
    url = reverse("desk:match_link", args=[other.pk, earlier_match.pk])
    assert checker_client.post(url).status_code == 404


@pytest.fixture
def published(claim, fact_checker, editor):
    return publish(claim, checker=fact_checker, editor=editor)


def test_a_published_claim_links_to_its_public_page(checker_client, claim, published):
    page = workspace(checker_client, claim)
    assert f'href="{published.get_absolute_url()}"' in page
    assert "Published: False" not in page  # the published event names no rating
    assert "Public page" in page
    assert reverse("desk:publication_withdraw", args=[claim.pk]) not in page


def test_an_editor_publishes_a_correction(editor_client, claim, published):
    url = reverse("desk:publication_correct", args=[claim.pk])
    assert url in workspace(editor_client, claim)
    response = editor_client.post(url, {"text": "The date was <wrong>."}, **HTMX)
    assert response.status_code == 200
    page = response.content.decode()
    assert "The correction is published." in page
    assert "The date was &lt;wrong&gt;." in page
    assert published.corrections.get().text == "The date was <wrong>."


def test_a_correction_needs_its_text(editor_client, claim, published):
    response = editor_client.post(reverse("desk:publication_correct", args=[claim.pk]), {"text": " "}, **HTMX)
    assert response.status_code == 422
    assert not published.corrections.exists()


def test_an_editor_withdraws_with_a_reason(editor_client, claim, published):
    response = editor_client.post(
        reverse("desk:publication_withdraw", args=[claim.pk]), {"reason": "Wrong claim."}, **HTMX
    )
    assert response.status_code == 200
    published.refresh_from_db()
    assert published.withdrawn_at is not None and published.withdrawal_reason == "Wrong claim."
    page = response.content.decode()
    assert "Publication withdrawn" in page and "Wrong claim." in page
    assert reverse("desk:publication_withdraw", args=[claim.pk]) not in page


def test_a_withdrawal_without_a_reason_keeps_the_form_open(editor_client, claim, published):
    response = editor_client.post(reverse("desk:publication_withdraw", args=[claim.pk]), {"reason": ""}, **HTMX)
    assert response.status_code == 422
    assert '<details class="action" open>' in response.content.decode()
    published.refresh_from_db()
    assert published.withdrawn_at is None


def test_a_fact_checker_cannot_withdraw_or_correct(checker_client, claim, published):
    withdraw = checker_client.post(reverse("desk:publication_withdraw", args=[claim.pk]), {"reason": "x"}, **HTMX)
    correct = checker_client.post(reverse("desk:publication_correct", args=[claim.pk]), {"text": "x"}, **HTMX)
    assert (withdraw.status_code, correct.status_code) == (403, 403)
    published.refresh_from_db()
    assert published.withdrawn_at is None and not published.corrections.exists()


@pytest.mark.parametrize("name", ["publication_withdraw", "publication_correct"])
def test_outsiders_and_anonymous_visitors_cannot_touch_a_publication(outsider_client, client, claim, published, name):
    url = reverse(f"desk:{name}", args=[claim.pk])
    assert outsider_client.post(url, {"reason": "x", "text": "x"}).status_code == 403
    assert client.post(url, {"reason": "x", "text": "x"}).status_code == 302


def test_withdrawing_an_unpublished_claim_is_not_found(editor_client, claim):
    assert editor_client.post(reverse("desk:publication_withdraw", args=[claim.pk]), {"reason": "x"}).status_code == 404


def event(claim, kind, **fields):
    return ClaimEvent.objects.create(claim=claim, kind=kind, **fields)


def test_the_timeline_describes_every_kind_of_event(checker_client, claim):
    Kind = ClaimEvent.Kind
    event(claim, Kind.OVERDUE, details={"reviewer": "fiona", "due": "2026-10-03T09:00:00+00:00"})
    event(claim, Kind.EVIDENCE_SOURCE_CHANGED, details={"evidence": [1], "from": None, "to": "Reuters"})
    event(claim, Kind.EVIDENCE_SOURCE_CHANGED, details={"merged": ["AFP", "A.F.P."], "to": "AFP"})
    event(claim, Kind.PUBLISHED, details={"slug": "the-rate"})
    event(claim, Kind.WITHDRAWN, note="Replaced <soon>.")
    event(claim, Kind.CORRECTED, note="Date fixed.")
    event(claim, Kind.DISMISSED, details={"matched_external": 4})
    page = workspace(checker_client, claim)
    # Day first, one format everywhere (issue #17): never the US month/day "10/03/2026".
    assert "Overdue: fiona, due 3 Oct 2026, 11:00" in page
    assert "Evidence source changed: → Reuters" in page
    assert "Evidence source changed: AFP, A.F.P. → AFP" in page
    assert reverse("publishing:factcheck", args=["the-rate"]) in page
    assert "Publication withdrawn" in page and "Replaced &lt;soon&gt;." in page
    assert "Correction published" in page and "Date fixed." in page
    assert "Match dismissed: another newsroom&#x27;s fact-check" in page
