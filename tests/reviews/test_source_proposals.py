"""Sources proposed from the desk: who may propose and decide, what accepting links, who is told."""

import pytest

from claims import workflow
from notifications.models import Notification
from reviews import selectors, services
from reviews.models import Evidence
from sources.models import Source, SourceEvent, SourceProposal
from tests import factories

pytestmark = pytest.mark.django_db

# Permissions, the proposal locked, the source and its domain checked, created and recorded, the evidence
# linked, the other proposals settled, the proposal decided (one write) and its proposer told.
QUERIES_TO_ACCEPT = 24


@pytest.fixture
def waiting(fact_checker):
    """Two claims whose web evidence comes from bbc.com (one from a subdomain), which no source covers."""
    return [
        factories.EvidenceFactory(url="https://www.bbc.com/news/1", source=None, added_by=fact_checker),
        factories.EvidenceFactory(url="https://news.bbc.com/2", source=None, added_by=fact_checker),
    ]


def propose(actor, **fields):
    return services.source_propose(
        fields.pop("domain", "bbc.com"), actor=actor, **{"name": "BBC", "kind": "news_outlet", **fields}
    )


def test_a_fact_checker_proposes_and_an_editor_accepts_linking_the_waiting_evidence(fact_checker, editor, waiting):
    proposal = propose(fact_checker, reliability="high", note="Public broadcaster")
    assert list(selectors.source_proposals_pending(editor)) == [proposal]

    source, linked = services.source_proposal_accept(
        proposal, actor=editor, name="BBC News", kind="news_outlet", reliability="medium"
    )

    assert (source.name, source.kind, source.reliability, linked) == ("BBC News", "news_outlet", "medium", 2)
    assert {Evidence.objects.get(pk=item.pk).source_id for item in waiting} == {source.pk}
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by, proposal.source) == ("accepted", editor, source)
    created = SourceEvent.objects.get(source=source, kind=SourceEvent.Kind.CREATED)
    assert created.details == {"domain": "bbc.com", "proposal": proposal.pk} and created.actor == editor
    notice = Notification.objects.get(recipient=fact_checker)
    assert notice.kind == Notification.Kind.PROPOSAL_ACCEPTED and "BBC News" in notice.text
    assert not selectors.source_proposals_pending(editor).exists()


def test_accepting_keeps_the_proposal_where_the_editor_changes_nothing(fact_checker, editor, waiting):
    source, _ = services.source_proposal_accept(propose(fact_checker), actor=editor)
    assert (source.name, source.kind, source.reliability) == ("BBC", "news_outlet", Source.Reliability.UNRATED)


def test_declining_needs_a_reason_and_tells_the_proposer(fact_checker, editor, waiting):
    proposal = propose(fact_checker)
    with pytest.raises(workflow.Refused):
        services.source_proposal_decline(proposal, actor=editor, reason="  ")
    assert not Notification.objects.exists()

    services.source_proposal_decline(proposal, actor=editor, reason="Already covered as <b>BBC</b> elsewhere")

    proposal.refresh_from_db()
    assert (proposal.state, proposal.decline_reason) == ("declined", "Already covered as <b>BBC</b> elsewhere")
    notice = Notification.objects.get(recipient=fact_checker, kind=Notification.Kind.PROPOSAL_DECLINED)
    assert "Already covered as <b>BBC</b> elsewhere" in notice.text
    assert not Source.objects.exists()


def test_a_decided_proposal_cannot_be_decided_again(fact_checker, editor, waiting):
    proposal = propose(fact_checker)
    services.source_proposal_decline(proposal, actor=editor, reason="No")
    with pytest.raises(workflow.Refused, match="already declined"):
        services.source_proposal_accept(proposal, actor=editor)
    assert not Source.objects.exists() and Notification.objects.count() == 1


def test_only_editors_decide(fact_checker, other_fact_checker, waiting):
    proposal = propose(fact_checker)
    with pytest.raises(workflow.NotAllowed):
        services.source_proposal_accept(proposal, actor=fact_checker)
    with pytest.raises(workflow.NotAllowed):
        services.source_proposal_decline(proposal, actor=other_fact_checker, reason="No")
    assert SourceProposal.objects.get().state == "pending" and not Source.objects.exists()
    assert not selectors.source_proposals_pending(fact_checker).exists()


def test_outsiders_cannot_propose(outsider, waiting):
    with pytest.raises(workflow.NotAllowed):
        propose(outsider)
    assert not SourceProposal.objects.exists()


@pytest.mark.parametrize(
    ("fields", "refusal"),
    [
        ({"domain": "not a domain"}, "not a domain name"),
        ({"domain": "co.uk"}, "public suffix"),
        ({"domain": "example.net"}, "no evidence without a source"),
        ({"name": "   "}, "name"),
        ({"kind": "tabloid"}, "unknown kind"),
        ({"reliability": "excellent"}, "unknown reliability"),
    ],
)
def test_bad_proposals_are_refused_and_change_nothing(fact_checker, waiting, fields, refusal):
    with pytest.raises(workflow.Refused, match=refusal):
        propose(fact_checker, **fields)
    assert not SourceProposal.objects.exists()


def test_a_registered_or_already_proposed_domain_is_refused(fact_checker, other_fact_checker, waiting):
    propose(fact_checker)
    with pytest.raises(workflow.Refused, match="already proposed"):
        propose(other_fact_checker)
    factories.SourceFactory(name="Beeb", domains=["news.bbc.com"])
    with pytest.raises(workflow.Refused, match="already belongs to Beeb"):
        propose(other_fact_checker, domain="news.bbc.com")
    assert SourceProposal.objects.count() == 1


def test_fact_checkers_see_their_own_proposals_editors_all(fact_checker, other_fact_checker, editor, waiting):
    mine = propose(fact_checker)
    factories.EvidenceFactory(url="https://lemonde.fr/a", source=None)
    theirs = propose(other_fact_checker, domain="lemonde.fr", name="Le Monde")
    assert list(selectors.source_proposals_visible_to(fact_checker)) == [mine]
    assert list(selectors.source_proposals_visible_to(editor)) == [mine, theirs]


def settled_by(proposal, source):
    proposal.refresh_from_db()
    return (proposal.state, proposal.source) == (SourceProposal.State.ACCEPTED, source)


def test_registering_a_proposed_domain_in_one_click_settles_its_proposal(fact_checker, editor, waiting):
    proposal = propose(fact_checker)

    source, _linked = services.source_register_domain("bbc.com", actor=editor, name="BBC World")

    assert settled_by(proposal, source) and proposal.decided_by == editor
    notice = Notification.objects.get(recipient=fact_checker)
    assert notice.kind == Notification.Kind.PROPOSAL_ACCEPTED and "BBC World" in notice.text
    assert not selectors.source_proposals_pending(editor).exists()


def test_adding_a_proposed_domain_to_a_registered_source_settles_its_proposal(fact_checker, editor, waiting):
    proposal = propose(fact_checker)
    bbc = factories.SourceFactory(name="British Broadcasting Corporation", domains=["bbc.co.uk"])

    services.source_save(bbc, actor=editor, domains=["bbc.co.uk", "bbc.com"])

    assert settled_by(proposal, bbc)
    assert Notification.objects.filter(recipient=fact_checker, kind=Notification.Kind.PROPOSAL_ACCEPTED).count() == 1


def test_a_csv_import_giving_a_source_the_proposed_domain_settles_its_proposal(fact_checker, editor, waiting):
    proposal = propose(fact_checker)
    bbc = factories.SourceFactory(name="BBC", domains=["bbc.co.uk"])

    factories.import_sources(b"name,domains\nBBC,bbc.co.uk bbc.com\n", actor=editor)

    assert settled_by(proposal, bbc)


def test_another_domains_registration_leaves_the_proposal_pending(fact_checker, editor, waiting):
    proposal = propose(fact_checker)

    services.source_register_domain("bbc.co.uk", actor=editor, name="BBC UK")

    proposal.refresh_from_db()
    assert proposal.state == SourceProposal.State.PENDING and not Notification.objects.exists()


def test_an_acceptance_refused_leaves_the_proposal_pending(fact_checker, editor, waiting):
    proposal = propose(fact_checker)
    factories.SourceFactory(name="BBC")

    with pytest.raises(workflow.Refused, match="already exists"):
        services.source_proposal_accept(proposal, actor=editor)

    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by) == (SourceProposal.State.PENDING, None)


def test_accepting_writes_the_proposal_once_decided_with_its_source(
    fact_checker, editor, waiting, django_assert_num_queries
):
    proposal = propose(fact_checker)

    with django_assert_num_queries(QUERIES_TO_ACCEPT) as captured:
        source, _linked = services.source_proposal_accept(proposal, actor=editor)

    table = SourceProposal._meta.db_table
    writes = [query["sql"] for query in captured.captured_queries if query["sql"].startswith(f'UPDATE "{table}"')]
    assert len(writes) == 1, writes
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by, proposal.source) == ("accepted", editor, source)
