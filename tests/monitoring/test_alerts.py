"""Repeat alerts: a lead that repeats a published or imported fact-check is recorded as its repeat,
and its author and the editors are told once, each in their language."""

import json
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from ingest import flow, tasks
from monitoring.models import Lead
from monitoring.services import comparison
from monitoring.services.leads import group_key
from notifications.models import Notification
from publishing import matching, repeats
from publishing.importing import claimreviews_import
from publishing.models import ClaimMatch, ExternalFactCheck
from reviews.models import ReviewerProfile
from tests import factories
from tests.api.conftest import client_for
from tests.publishing.conftest import publish  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

GOLDFISH = {
    "@type": "ClaimReview",
    "url": "https://archive.example/fc/goldfish",
    "claimReviewed": "Goldfish have a memory span of only three seconds.",
    "datePublished": "2026-10-03",
    "inLanguage": "en",
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}
REPEATED = "Goldfish only have a memory span of three seconds, Ruth Okafor said."
UNRELATED = "The harbour authority will reopen the northern quay to ferries in the spring."


@pytest.fixture
def imported(fact_checker, django_capture_on_commit_callbacks):
    """An imported fact-check, embedded as the matching worker leaves it; fiona imported it."""
    with django_capture_on_commit_callbacks(execute=True):
        claimreviews_import(json.dumps([GOLDFISH]).encode())
    factcheck = ExternalFactCheck.objects.get()
    ExternalFactCheck.objects.filter(pk=factcheck.pk).update(imported_by=fact_checker)
    return factcheck


@pytest.fixture
def french_editor(db):
    person = factories.editor(username="francine")
    ReviewerProfile.objects.create(user=person, languages=["fr"])
    return person


def lead_said(text, *, outlet="Harbour Courier", url="https://courier.example/1", speaker="", score=0.9):
    document = factories.DocumentFactory(
        text=f"Intro. {text} More.", url=url, outlet=outlet, title="Quay news", language="en",
        published=date(2026, 12, 4),
    )  # fmt: skip
    start = document.text.index(text)
    return Lead.objects.create(document=document, text=text, start=start, end=start + len(text), language="en",
                               speaker=speaker, score=score, group_key=group_key(text))  # fmt: skip


def compare(lead, capture):
    with capture(execute=True):
        return comparison.leads_compare(lead.document_id)


def test_a_repeat_of_an_imported_factcheck_alerts_its_importer_and_the_editors_once_each_in_their_language(
    imported, fact_checker, editor, french_editor, django_capture_on_commit_callbacks, mailoutbox
):
    lead = lead_said(REPEATED, speaker="Ruth Okafor")

    assert compare(lead, django_capture_on_commit_callbacks) == 1

    told = {n.recipient.username: n for n in Notification.objects.filter(kind=Notification.Kind.REPEATED)}
    assert set(told) == {"fiona", "edith", "francine"}
    english = told["edith"].text
    assert english.startswith("A claim rated False on 3 Oct 2026 was repeated by Ruth Okafor in Harbour Courier")
    assert f"/monitoring/#lead-{lead.pk}" in english and GOLDFISH["url"] in english and REPEATED in english
    assert told["francine"].text.startswith(
        "Une affirmation jugée False le 3 oct. 2026 a été reprise par Ruth Okafor dans Harbour Courier"
    )
    assert told["fiona"].text == english
    assert len(mailoutbox) == 3
    lead.refresh_from_db()
    assert (lead.matched_external, lead.matched_claim) == (imported, None) and lead.match_score > 0.25
    listed = list(repeats.repeats_of(imported))
    assert [(r.appearance, r.text, r.outlet, r.speaker, r.said_on) for r in listed] == [
        (f"lead:{lead.pk}", REPEATED, "Harbour Courier", "Ruth Okafor", date(2026, 12, 4))
    ]
    assert repeats.most_repeated()[0]["checked"] == imported


def test_a_retried_task_a_second_worker_or_a_re_poll_alerts_nobody_twice(
    imported, editor, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)
    with django_capture_on_commit_callbacks(execute=True):
        tasks.compare_leads.delay(lead.document_id)
        tasks.compare_leads.delay(lead.document_id)  # the same task delivered twice
    # A run that died after recording: the lead is compared again from the start.
    Lead.objects.filter(pk=lead.pk).update(compared_at=None)
    compare(lead, django_capture_on_commit_callbacks)

    assert Notification.objects.filter(kind=Notification.Kind.REPEATED).count() == 2  # fiona and edith
    assert repeats.repeats_of(imported).count() == 1


def test_an_unrelated_sentence_alerts_nobody(imported, editor, django_capture_on_commit_callbacks):
    lead = lead_said(UNRELATED)

    compare(lead, django_capture_on_commit_callbacks)

    lead.refresh_from_db()
    assert lead.compared_at is not None and lead.matched_external is None
    assert not Notification.objects.filter(kind=Notification.Kind.REPEATED).exists()
    assert repeats.repeats_of(imported).count() == 0


def test_a_lead_under_the_floor_is_not_compared_at_all(imported, editor, settings, django_capture_on_commit_callbacks):
    settings.FACTCHECK_LEAD_COMPARE_FLOOR = 0.95
    lead = lead_said(REPEATED, score=0.9)

    compare(lead, django_capture_on_commit_callbacks)

    lead.refresh_from_db()
    assert lead.compared_at is not None and lead.embedding is None and lead.matched_external is None
    assert not Notification.objects.exists()


def test_a_claim_published_here_alerts_the_author_of_its_verdict(
    publish,  # noqa: F811 (the fixture)
    fact_checker,
    editor,
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        publication = publish(text="Goldfish have a memory span of only three seconds.", language="en")
    lead = lead_said(REPEATED, outlet="", url="https://courier.example/2")

    compare(lead, django_capture_on_commit_callbacks)

    told = Notification.objects.filter(kind=Notification.Kind.REPEATED).order_by("recipient__username")
    assert [(n.recipient, n.claim) for n in told] == [(editor, publication.claim), (fact_checker, publication.claim)]
    published_on = date_format(timezone.localtime(publication.published_at).date())
    assert told[0].text.startswith(
        f"A claim rated False on {published_on} was repeated by https://courier.example/2 in Quay news"
    )
    assert publication.get_absolute_url() in told[0].text
    lead.refresh_from_db()
    assert lead.matched_claim == publication.claim
    assert list(repeats.repeats_of(publication.claim).values_list("appearance", flat=True)) == [f"lead:{lead.pk}"]


def test_extraction_queues_the_comparison_and_the_sweep_recovers_what_a_dead_broker_lost(
    imported, editor, monkeypatch, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)

    def broker_down(*args, **kwargs):
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.compare_leads, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        flow.enqueue_lead_comparison(lead.document_id)
    assert Lead.objects.get(pk=lead.pk).compared_at is None
    monkeypatch.undo()

    assert flow.leads_requeue_uncompared() == []  # too recent: its task may still be on its way
    Lead.objects.filter(pk=lead.pk).update(created_at=timezone.now() - timedelta(minutes=30))
    with django_capture_on_commit_callbacks(execute=True):
        assert flow.leads_requeue_uncompared() == [lead.document_id]

    assert Lead.objects.get(pk=lead.pk).matched_external == imported
    assert Notification.objects.filter(kind=Notification.Kind.REPEATED).count() == 2


def test_the_lead_shows_its_match_in_the_api_and_the_view(
    imported, fact_checker, client, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)
    compare(lead, django_capture_on_commit_callbacks)

    row = client_for(fact_checker).get("/api/v1/leads/").json()["results"][0]
    client.force_login(fact_checker)
    page = client.get(reverse("desk:monitoring")).content.decode()

    match = row["matched_factcheck"]
    assert (match["url"], match["claim_reviewed"], match["rating"]) == (
        GOLDFISH["url"],
        GOLDFISH["claimReviewed"],
        "False",
    )
    assert match["score"] == round(Lead.objects.get(pk=lead.pk).match_score, 3)
    assert "Already checked:" in page and f'href="{GOLDFISH["url"]}"' in page


def promote(way, lead, person, client):
    if way == "desk":
        client.force_login(person)
        assert client.post(reverse("desk:lead_promote", args=[lead.pk])).status_code == 302
    else:
        assert client_for(person).post(f"/api/v1/leads/{lead.pk}/promote/").status_code == 201
    return Lead.objects.get(pk=lead.pk).claim


def link(way, match, editor, client):
    if way == "desk":
        client.force_login(editor)
        client.post(reverse("desk:match_link", args=[match.claim_id, match.pk]))
    elif way == "api":
        response = client_for(editor).post(
            f"/api/v1/claims/{match.claim_id}/matches/{match.pk}/link/", {}, format="json"
        )
        assert response.status_code == 200
    else:
        editor.is_staff = True
        editor.save()
        client.force_login(editor)
        client.post(
            reverse("admin:publishing_claimmatch_changelist"), {"action": "link", "_selected_action": [match.pk]}
        )


@pytest.mark.parametrize("promoted_in,linked_in", [("desk", "api"), ("api", "desk"), ("api", "admin")])
def test_a_repeat_promoted_to_a_ticket_then_linked_to_the_factcheck_is_recorded_once(
    promoted_in, linked_in, imported, fact_checker, editor, client, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED, speaker="Ruth Okafor")
    compare(lead, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True):
        claim = promote(promoted_in, lead, fact_checker, client)
    match = claim.matches.get(matched_external=imported)
    link(linked_in, match, editor, client)

    assert claim.matches.get().state == "linked"
    listed = list(repeats.repeats_of(imported))
    assert [(r.appearance, r.claim, r.text, r.speaker) for r in listed] == [
        (f"lead:{lead.pk}", claim, REPEATED, "Ruth Okafor")
    ]
    assert [(row["checked"], row["repeats"]) for row in repeats.most_repeated()] == [(imported, 1)]


def test_a_lead_promoted_before_its_comparison_is_still_one_repeat(
    imported, fact_checker, editor, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)
    with django_capture_on_commit_callbacks(execute=True):
        claim = flow.lead_promote(lead, actor=fact_checker)
    # Compared after the promotion (its task waited in a busy queue), then the ticket is linked.
    compare(lead, django_capture_on_commit_callbacks)
    matching.match_link(claim.matches.get(matched_external=imported), actor=editor)

    assert [(r.appearance, r.claim) for r in repeats.repeats_of(imported)] == [(f"lead:{lead.pk}", claim)]


def test_a_ticket_linked_before_its_lead_was_compared_is_still_one_repeat(
    imported, fact_checker, editor, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)
    with django_capture_on_commit_callbacks(execute=True):
        claim = flow.lead_promote(lead, actor=fact_checker)
    matching.match_link(claim.matches.get(matched_external=imported), actor=editor)
    compare(lead, django_capture_on_commit_callbacks)

    assert [(r.appearance, r.claim) for r in repeats.repeats_of(imported)] == [(None, claim)]


def test_a_ticket_linked_to_another_factcheck_than_its_lead_matched_repeats_the_linked_one(
    imported, fact_checker, editor, django_capture_on_commit_callbacks
):
    lead = lead_said(REPEATED)
    compare(lead, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        claim = flow.lead_promote(lead, actor=fact_checker)
    chosen = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/goldfish-memory",
        claim_reviewed="Goldfish forget everything.",
        rating_name="False",
    )
    matching.match_link(ClaimMatch.objects.create(claim=claim, matched_external=chosen, score=0.6), actor=editor)

    assert list(repeats.repeats_of(imported)) == []
    assert [(r.appearance, r.claim) for r in repeats.repeats_of(chosen)] == [(f"lead:{lead.pk}", claim)]
