"""Sources from the desk: a fact-checker proposes one from their evidence, an editor decides in the
approval queue, and edits a source's entry with its history kept."""

import pytest
from django.urls import reverse

from notifications.models import Notification
from reviews.models import Evidence
from sources.models import Source, SourceEvent, SourceProposal
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db

PROPOSE = reverse("desk:source_propose")


@pytest.fixture
def evidence(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    return factories.EvidenceFactory(claim=claim, url="https://www.bbc.com/news/1", source=None, added_by=fact_checker)


def proposal_by(user, **fields):
    return SourceProposal.objects.create(domain="bbc.com", name="BBC", kind="news_outlet", proposed_by=user, **fields)


def test_the_workspace_offers_to_propose_the_source_of_unsourced_evidence(checker_client, evidence):
    page = checker_client.get(reverse("desk:claim", args=[evidence.claim_id])).content.decode()
    assert f'href="{PROPOSE}?domain=bbc.com"' in page and "Propose a source for bbc.com" in page


def test_a_fact_checker_proposes_a_source_and_sees_it_pending(checker_client, fact_checker, evidence):
    form = checker_client.get(PROPOSE, {"domain": "bbc.com"}).content.decode()
    assert 'value="bbc.com"' in form

    response = checker_client.post(
        PROPOSE,
        {"domain": "bbc.com", "name": "BBC", "kind": "news_outlet", "reliability": "high", "note": "Broadcaster"},
    )

    assert response.status_code == 302
    proposal = SourceProposal.objects.get()
    assert (proposal.name, proposal.reliability, proposal.proposed_by) == ("BBC", "high", fact_checker)
    listing = checker_client.get(response.url).content.decode()
    assert "BBC" in listing and "Awaiting an editor" in listing


def test_a_refused_proposal_says_why_and_records_nothing(checker_client, evidence):
    response = checker_client.post(PROPOSE, {"domain": "example.net", "name": "X", "kind": "news_outlet"})
    assert response.status_code == 422
    assert "no evidence without a source comes from example.net" in response.content.decode()
    response = checker_client.post(PROPOSE, {"domain": "bbc.com", "name": "", "kind": "tabloid"})
    assert response.status_code == 422 and not SourceProposal.objects.exists()


def test_outsiders_cannot_propose(outsider_client, evidence):
    assert outsider_client.post(PROPOSE, {"domain": "bbc.com", "name": "BBC", "kind": "other"}).status_code == 403
    assert not SourceProposal.objects.exists()


def test_editors_accept_from_the_approval_queue_after_editing_the_proposal(editor_client, fact_checker, evidence):
    proposal = proposal_by(fact_checker, note="<script>alert(1)</script>")
    queue = editor_client.get(reverse("desk:approvals")).content.decode()
    assert f'id="proposal-{proposal.pk}"' in queue and 'value="BBC"' in queue
    assert "<script>alert(1)</script>" not in queue and "&lt;script&gt;alert(1)&lt;/script&gt;" in queue

    response = editor_client.post(
        reverse("desk:source_proposal_accept", args=[proposal.pk]),
        {"name": "BBC News", "kind": "news_outlet", "reliability": "medium"},
        **HTMX,
    )

    assert response.status_code == 200
    assert 'role="status"' in response.content.decode() and "Registered BBC News" in response.content.decode()
    source = Source.objects.get()
    assert (source.name, source.reliability) == ("BBC News", "medium")
    assert Evidence.objects.get(pk=evidence.pk).source == source
    assert Notification.objects.get(recipient=fact_checker).kind == Notification.Kind.PROPOSAL_ACCEPTED


def test_declining_needs_a_reason_and_tells_the_proposer(editor_client, fact_checker, evidence):
    proposal = proposal_by(fact_checker)
    url = reverse("desk:source_proposal_decline", args=[proposal.pk])

    refused = editor_client.post(url, {"reason": ""}, **HTMX)
    assert refused.status_code == 422 and 'role="alert"' in refused.content.decode()
    assert SourceProposal.objects.get().state == "pending" and not Notification.objects.exists()

    editor_client.post(url, {"reason": "Covered by another entry"}, **HTMX)
    assert SourceProposal.objects.get().state == "declined"
    assert "Covered by another entry" in Notification.objects.get(recipient=fact_checker).text
    assert "Covered by another entry" in editor_client.get(reverse("desk:source_proposals")).content.decode()


def test_fact_checkers_cannot_decide(checker_client, fact_checker, evidence):
    proposal = proposal_by(fact_checker)
    for name, data in (
        ("accept", {"name": "BBC", "kind": "other", "reliability": "high"}),
        ("decline", {"reason": "x"}),
    ):
        assert checker_client.post(reverse(f"desk:source_proposal_{name}", args=[proposal.pk]), data).status_code == 403
    assert SourceProposal.objects.get().state == "pending" and not Source.objects.exists()


def test_editors_edit_a_source_from_the_desk_with_its_history(editor_client, editor):
    source = factories.SourceFactory(name="Beeb", kind="other", reliability="unrated", domains=["bbc.co.uk"])
    factories.EvidenceFactory(url="https://www.bbc.com/a", source=None)
    edit = reverse("desk:source_edit", args=[source.pk])
    assert "bbc.co.uk" in editor_client.get(edit).content.decode()

    response = editor_client.post(
        edit,
        {"name": "BBC", "kind": "news_outlet", "reliability": "high", "domains": "bbc.com\nbbc.co.uk", "active": "on"},
    )

    assert response.status_code == 302
    source.refresh_from_db()
    assert (source.name, source.kind, source.reliability) == ("BBC", "news_outlet", "high")
    assert sorted(source.domains.values_list("domain", flat=True)) == ["bbc.co.uk", "bbc.com"]
    assert Evidence.objects.get().source == source
    history = {(e.kind, e.old_value, e.new_value) for e in SourceEvent.objects.filter(source=source)}
    assert {
        ("changed", "Beeb", "BBC"),
        ("changed", "other", "news_outlet"),
        ("reliability_changed", "unrated", "high"),
        ("domain_added", "", "bbc.com"),
    } <= history
    detail = editor_client.get(reverse("desk:source", args=[source.pk])).content.decode()
    assert "Reliability changed" in detail and f'href="{edit}"' in detail
    # The history is shown once, in the page, not in the window's title.
    assert "<title>BBC · Factcheck desk</title>" in detail
    assert detail.count('id="history-title"') == 1


def test_a_refused_edit_says_why_and_changes_nothing(editor_client):
    factories.SourceFactory(name="Le Monde", domains=["lemonde.fr"])
    source = factories.SourceFactory(name="Beeb")
    response = editor_client.post(
        reverse("desk:source_edit", args=[source.pk]),
        {"name": "Beeb", "kind": "news_outlet", "reliability": "high", "domains": "lemonde.fr"},
    )
    assert response.status_code == 422 and "lemonde.fr already belongs to Le Monde" in response.content.decode()
    assert not source.domains.exists() and not SourceEvent.objects.filter(source=source).exists()


def test_only_editors_edit_sources(checker_client):
    source = factories.SourceFactory(name="Beeb")
    edit = reverse("desk:source_edit", args=[source.pk])
    assert checker_client.get(edit).status_code == 403
    assert checker_client.post(edit, {"name": "X", "kind": "other", "reliability": "low"}).status_code == 403
    assert f'href="{edit}"' not in checker_client.get(reverse("desk:source", args=[source.pk])).content.decode()
