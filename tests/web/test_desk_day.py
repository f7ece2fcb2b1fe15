"""Issue #17 on the server side: lists that page, sort and filter; verdict rules shown before
submitting; editors' bulk actions and priority; the assign menu's workload; one date format."""

from datetime import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from claims.models import Claim, ClaimEvent, Document
from reviews.models import Verdict
from tests import factories
from tests.web.conftest import HTMX, signed_in

pytestmark = pytest.mark.django_db


def workspace(client, claim, **params):
    return client.get(reverse("desk:claim", args=[claim.pk]), params).content.decode()


@pytest.fixture
def three_french_claims():
    factories.ClaimFactory(language="en")
    return [factories.ClaimFactory(language="fr") for _ in range(3)]


def test_the_workspace_pages_through_the_filtered_list_it_was_opened_from(checker_client, three_french_claims):
    first, middle, last = three_french_claims
    page = workspace(checker_client, middle, list="unassigned", language="fr")
    assert "2 of 3" in page
    assert f'href="/claims/{first.pk}/?language=fr&amp;list=unassigned" rel="prev"' in page
    assert f'href="/claims/{last.pk}/?language=fr&amp;list=unassigned" rel="next"' in page
    assert 'href="/queue/unassigned/?language=fr"' in page


def test_the_queue_links_each_claim_with_its_list_and_filters(checker_client, three_french_claims):
    page = checker_client.get(reverse("desk:queue_unassigned"), {"language": "fr"}).content.decode()
    assert f'href="/claims/{three_french_claims[0].pk}/?language=fr&amp;list=unassigned"' in page


def test_a_claim_no_longer_in_its_list_says_so(checker_client, fact_checker, three_french_claims):
    Claim.objects.filter(pk=three_french_claims[0].pk).update(assignee=fact_checker)
    assert "No longer in this list" in workspace(checker_client, three_french_claims[0], list="unassigned")


def test_the_queue_sorts_by_score_and_says_which_way(checker_client):
    low = factories.ClaimFactory(score=0.55, text="Low scoring claim.")
    high = factories.ClaimFactory(score=0.97, text="High scoring claim.")
    page = checker_client.get(reverse("desk:queue_unassigned"), {"sort": "-score"}).content.decode()
    assert page.index(high.text) < page.index(low.text)
    assert 'aria-sort="descending"><a href="?sort=score">Score ↓' in page
    page = checker_client.get(reverse("desk:queue_unassigned"), {"sort": "score"}).content.decode()
    assert page.index(low.text) < page.index(high.text)


@pytest.mark.parametrize("sort", ["due", "-due", "age", "-age", "speaker", "-speaker", "status", "-status", "bogus"])
def test_every_sort_answers(checker_client, fact_checker, sort):
    factories.ClaimFactory(assignee=fact_checker, due_at=timezone.now())
    factories.ClaimFactory(assignee=fact_checker)
    assert checker_client.get(reverse("desk:queue_mine"), {"sort": sort}).status_code == 200


def test_the_queue_shows_and_filters_the_verdict_state(checker_client, fact_checker, editor):
    sent_back = factories.ClaimFactory(assignee=fact_checker, text="Sent back claim.")
    drafted = factories.ClaimFactory(assignee=fact_checker, text="Drafted claim.")
    bare = factories.ClaimFactory(assignee=fact_checker, text="Bare claim.")
    factories.VerdictFactory(claim=sent_back, author=fact_checker, state=Verdict.State.REJECTED, decided_by=editor)
    factories.VerdictFactory(claim=drafted, author=fact_checker)
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert '<span class="badge verdict-rejected">Sent back</span>' in page
    page = checker_client.get(reverse("desk:queue_mine"), {"verdict": "rejected"}).content.decode()
    assert sent_back.text in page and drafted.text not in page and bare.text not in page
    page = checker_client.get(reverse("desk:queue_mine"), {"verdict": "none"}).content.decode()
    assert bare.text in page and sent_back.text not in page


def test_the_rating_has_no_default_and_is_required(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    page = workspace(checker_client, claim)
    assert '<option value="" selected>— choose —</option>' in page
    response = checker_client.post(
        reverse("desk:verdict_save", args=[claim.pk]), {"rating": "", "summary": "Said so.", "action": "draft"}, **HTMX
    )
    assert response.status_code == 422
    assert not Verdict.objects.filter(claim=claim).exists()


def test_submit_is_offered_only_once_allowed_and_says_why_not(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.SOURCED)
    page = workspace(checker_client, claim)
    assert "Save and submit for approval" not in page
    assert "a verdict can be submitted only once the claim is corroborated or disputed" in page
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED)
    page = workspace(checker_client, claim)
    assert "Save and submit for approval" in page
    assert "submitted only once" not in page


def test_an_editor_who_is_not_the_assignee_is_told_why_they_cannot_submit(editor_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    page = workspace(editor_client, claim)
    assert "Save and submit for approval" not in page
    assert "only the claim&#x27;s assignee can submit its verdict" in page


def test_a_sent_back_verdict_says_who_sent_it_back_when(checker_client, fact_checker, editor):
    claim = factories.ClaimFactory(assignee=fact_checker)
    decided = timezone.make_aware(datetime(2026, 12, 5, 18, 0))
    factories.VerdictFactory(
        claim=claim,
        author=fact_checker,
        state=Verdict.State.REJECTED,
        decided_by=editor,
        decided_at=decided,
        decision_comment="Cite AFP.",
    )
    page = workspace(checker_client, claim)
    assert "Sent back by edith on 5 Dec 2026, 18:00:" in page
    assert "written by fiona" in page and "Rejected by" not in page


def test_a_rating_that_disagrees_with_the_status_is_flagged(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    page = workspace(checker_client, claim)
    assert "warn-when-false" in page and "warn-when-misleading" in page and "warn-when-true" not in page
    factories.VerdictFactory(claim=claim, author=fact_checker, state=Verdict.State.SUBMITTED)
    assert "This rating disagrees with the claim's status (Corroborated)" in workspace(checker_client, claim)


def test_after_submitting_the_workspace_offers_the_next_claim(checker_client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    response = checker_client.post(
        reverse("desk:verdict_save", args=[claim.pk]),
        {"rating": "true", "summary": "Two agencies agree.", "action": "submit"},
        **HTMX,
    )
    page = response.content.decode()
    assert "Take the next claim" in page
    assert 'data-announce="Verdict submitted for approval. Press n to take the next claim."' in page


def test_take_next_says_why_it_chose_the_claim(checker_client):
    factories.ClaimFactory(score=0.91)
    response = checker_client.post(reverse("desk:take_next"), follow=True)
    assert "check-worthiness 0.91" in response.content.decode()
    assert "urgent claims come first, then the most check-worthy, then the oldest" in response.content.decode()


def test_an_editor_assigns_several_claims_with_one_audit_event_each(editor_client, fact_checker):
    claims = [factories.ClaimFactory(), factories.ClaimFactory()]
    response = editor_client.post(
        reverse("desk:queue_bulk"),
        {"action": "assign", "reviewer": fact_checker.pk, "claims": [c.pk for c in claims], "next": "/queue/"},
    )
    assert response["Location"] == "/queue/"
    for claim in claims:
        claim.refresh_from_db()
        assert claim.assignee == fact_checker
        assert claim.events.filter(kind=ClaimEvent.Kind.ASSIGNED).count() == 1


def test_bulk_release_and_priority_record_one_event_per_claim(editor_client, fact_checker):
    claims = [factories.ClaimFactory(assignee=fact_checker), factories.ClaimFactory(assignee=fact_checker)]
    ids = [c.pk for c in claims]
    editor_client.post(reverse("desk:queue_bulk"), {"action": "urgent", "claims": ids})
    editor_client.post(reverse("desk:queue_bulk"), {"action": "release", "claims": ids})
    for claim in claims:
        claim.refresh_from_db()
        assert (claim.priority, claim.assignee) == (Claim.Priority.URGENT, None)
        assert claim.events.filter(kind=ClaimEvent.Kind.PRIORITY).count() == 1
        assert claim.events.filter(kind=ClaimEvent.Kind.RELEASED).count() == 1


def test_a_bulk_action_reports_the_claims_it_could_not_change(editor_client, fact_checker):
    taken = factories.ClaimFactory(assignee=fact_checker)
    free = factories.ClaimFactory()
    response = editor_client.post(
        reverse("desk:queue_bulk"), {"action": "release", "claims": [taken.pk, free.pk]}, follow=True
    )
    page = response.content.decode()
    assert "1 claim changed." in page
    assert f"Claim {free.pk} unchanged: the claim is not assigned" in page


def test_a_fact_checker_cannot_act_in_bulk(checker_client, other_fact_checker):
    claim = factories.ClaimFactory()
    checker_client.post(
        reverse("desk:queue_bulk"), {"action": "assign", "reviewer": other_fact_checker.pk, "claims": [claim.pk]}
    )
    claim.refresh_from_db()
    assert claim.assignee is None
    assert "bulk-form" not in checker_client.get(reverse("desk:queue_unassigned")).content.decode()


def test_an_editor_sets_the_priority_in_the_workspace(editor_client, checker_client, fact_checker):
    claim = factories.ClaimFactory()
    response = editor_client.post(
        reverse("desk:claim_priority", args=[claim.pk]), {"priority": "urgent", "version": claim.version}, **HTMX
    )
    assert response.status_code == 200
    assert "Priority changed: Urgent" in response.content.decode()
    claim.refresh_from_db()
    assert claim.priority == Claim.Priority.URGENT
    response = checker_client.post(
        reverse("desk:claim_priority", args=[claim.pk]), {"priority": "normal", "version": claim.version}, **HTMX
    )
    assert response.status_code == 403
    claim.refresh_from_db()
    assert claim.priority == Claim.Priority.URGENT


def test_the_assign_menu_shows_each_persons_open_claims_and_languages(editor_client):
    reader = factories.fact_checker(username="fred", languages=["fr", "en"])
    factories.ClaimFactory(assignee=reader)
    factories.ClaimFactory(assignee=reader)
    factories.ClaimFactory(assignee=reader, closed_at=timezone.now())
    page = workspace(editor_client, factories.ClaimFactory())
    assert "fred — 2 open · FR, EN" in page


def test_dates_are_day_first_in_both_languages(fact_checker, editor):
    claim = factories.ClaimFactory(assignee=fact_checker, due_at=timezone.make_aware(datetime(2026, 12, 5, 18, 0)))
    client = signed_in(fact_checker)
    assert "5 Dec 2026, 18:00" in workspace(client, claim)
    client.cookies["django_language"] = "fr"
    assert "5 déc. 2026, 18:00" in workspace(client, claim)


def test_a_pasted_article_carries_its_address_outlet_author_and_date(checker_client):
    outlet = factories.SourceFactory(name="Le Monde", domains=["lemonde.fr"])
    response = checker_client.post(
        reverse("desk:intake"),
        {
            "text": "Le chômage a baissé de 2 % en 2024, selon le ministre.",
            "original_url": "https://example.org/article",
            "outlet": "le monde",
            "byline": "Jeanne Martin",
            "published": "2026-12-03",
        },
    )
    assert response.status_code == 302
    document = Document.objects.get()
    assert (document.url, document.outlet, document.byline) == (
        "https://example.org/article",
        "le monde",
        "Jeanne Martin",
    )
    assert document.published.isoformat() == "2026-12-03"
    # The outlet named is its publisher, so evidence from it will not count for its claims.
    assert document.publisher == outlet


def test_the_address_of_a_pasted_article_finds_its_publisher_first(checker_client):
    by_domain = factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="Le Monde")
    checker_client.post(
        reverse("desk:intake"),
        {"text": "Some article text.", "original_url": "https://www.reuters.com/a", "outlet": "Le Monde"},
    )
    assert Document.objects.get().publisher == by_domain


def test_an_uploaded_file_takes_the_metadata_given_with_it(checker_client):
    upload = SimpleUploadedFile("story.txt", b"Inflation reached 3 percent in 2025, the bank said.")
    checker_client.post(reverse("desk:intake"), {"file": upload, "byline": "Sam Lee", "outlet": "The Paper"})
    document = Document.objects.get()
    assert (document.byline, document.outlet, document.publisher) == ("Sam Lee", "The Paper", None)


def test_a_duplicate_says_who_submitted_it_when_with_a_link(checker_client, editor):
    text = "Exports rose by 4 percent in 2025, the minister said."
    signed_in(editor).post(reverse("desk:intake"), {"text": text})
    document = Document.objects.get()
    Document.objects.filter(pk=document.pk).update(created_at=timezone.make_aware(datetime(2026, 12, 5, 18, 0)))
    response = checker_client.post(reverse("desk:intake"), {"text": text})
    page = response.content.decode()
    assert response.status_code == 200
    assert "This article was already submitted by edith on 5 Dec 2026, 18:00." in page
    assert f'href="{reverse("desk:document", args=[document.pk])}"' in page
    assert Document.objects.count() == 1


def test_a_bulk_action_never_sends_the_editor_off_site(editor_client):
    claim = factories.ClaimFactory()
    response = editor_client.post(
        reverse("desk:queue_bulk"), {"action": "urgent", "claims": [claim.pk], "next": "https://evil.example/"}
    )
    assert response["Location"] == reverse("desk:queue_unassigned")


def test_a_saved_view_keeps_filters_and_sort_privately_or_for_the_desk(checker_client, editor_client):
    checker_client.post(
        reverse("desk:saved_view_create"),
        {"name": "French, best first", "queue": "unassigned", "query": "language=fr&sort=-score", "shared": "on"},
    )
    checker_client.post(
        reverse("desk:saved_view_create"), {"name": "Mine only", "queue": "unassigned", "query": "language=en"}
    )
    own = checker_client.get(reverse("desk:queue_unassigned")).content.decode()
    assert 'href="/queue/unassigned/?language=fr&amp;sort=-score">French, best first</a>' in own
    assert "Mine only" in own
    theirs = editor_client.get(reverse("desk:queue_unassigned")).content.decode()
    assert "French, best first" in theirs and "shared by fiona" in theirs
    assert "Mine only" not in theirs


def test_only_its_owner_or_an_editor_deletes_a_saved_view(fact_checker, other_fact_checker, editor_client):
    from reviews.models import SavedView

    view = SavedView.objects.create(owner=fact_checker, name="Shared", queue="mine", shared=True)
    signed_in(other_fact_checker).post(reverse("desk:saved_view_delete", args=[view.pk]), {"queue": "mine"})
    assert SavedView.objects.filter(pk=view.pk).exists()
    editor_client.post(reverse("desk:saved_view_delete", args=[view.pk]), {"queue": "mine"})
    assert not SavedView.objects.filter(pk=view.pk).exists()
