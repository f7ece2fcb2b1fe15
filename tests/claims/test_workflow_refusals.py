"""Each refusal says exactly what is missing."""

import pytest

from claims import workflow
from claims.models import Claim
from reviews.models import Evidence
from sources.models import Source
from tests import factories

Status = Claim.Status
SUPPORTS, CONTRADICTS = Evidence.Stance.SUPPORTS, Evidence.Stance.CONTRADICTS

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(status=Status.SOURCED, assignee=fact_checker)


def refusal(claim, to, actor, note=""):
    with pytest.raises(workflow.Refused) as raised:
        workflow.transition(claim, to, actor=actor, version=claim.version, note=note)
    return raised.value.messages


def test_it_refuses_sourcing_without_evidence(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    assert refusal(claim, Status.SOURCED, fact_checker) == ["needs at least one evidence item linked to a source"]


def test_it_refuses_sourcing_from_evidence_without_a_source(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    factories.EvidenceFactory(claim=claim, source=None)
    assert refusal(claim, Status.SOURCED, fact_checker) == ["needs at least one evidence item linked to a source"]


def test_it_sources_a_claim_from_one_linked_evidence_item(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.CONTEXT)
    assert workflow.transition(claim, Status.SOURCED, actor=fact_checker, version=1).status == Status.SOURCED


def test_it_refuses_corroboration_with_no_supporting_evidence(claim, fact_checker):
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 2 more independent sources"
    ]


def test_it_refuses_corroboration_from_one_source(claim, fact_checker):
    source = factories.SourceFactory()
    factories.EvidenceFactory(claim=claim, source=source)
    factories.EvidenceFactory(claim=claim, source=source)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 1 more independent source"
    ]


def test_it_does_not_count_the_claims_own_publisher(claim, fact_checker):
    publisher = factories.SourceFactory()
    claim.document.publisher = publisher
    claim.document.save()
    factories.EvidenceFactory(claim=claim, source=publisher)
    factories.EvidenceFactory(claim=claim)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 1 more independent source"
    ]


def test_it_does_not_count_low_reliability_sources(claim, fact_checker):
    factories.EvidenceFactory(claim=claim, source=factories.SourceFactory(reliability=Source.Reliability.LOW))
    factories.EvidenceFactory(claim=claim)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 1 more independent source"
    ]


def test_low_reliability_sources_count_when_the_setting_allows(claim, fact_checker, settings):
    settings.FACTCHECK_LOW_RELIABILITY_COUNTS = True
    factories.EvidenceFactory(claim=claim, source=factories.SourceFactory(reliability=Source.Reliability.LOW))
    factories.EvidenceFactory(claim=claim)
    assert workflow.transition(claim, Status.CORROBORATED, actor=fact_checker, version=1).status == "corroborated"


def test_the_number_of_sources_needed_is_a_setting(claim, fact_checker, settings):
    settings.FACTCHECK_CORROBORATION_MIN_SOURCES = 3
    factories.EvidenceFactory(claim=claim)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 2 more independent sources"
    ]


def test_it_does_not_count_contradicting_evidence_towards_corroboration(claim, fact_checker):
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim, stance=CONTRADICTS)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == [
        "needs supporting evidence from 1 more independent source"
    ]


def test_it_corroborates_from_two_independent_sources(claim, fact_checker):
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    assert workflow.transition(claim, Status.CORROBORATED, actor=fact_checker, version=1).status == "corroborated"


def test_it_refuses_dispute_without_contradicting_evidence(claim, fact_checker):
    factories.EvidenceFactory(claim=claim, stance=SUPPORTS)
    factories.EvidenceFactory(claim=claim, stance=CONTRADICTS, source=None)
    assert refusal(claim, Status.DISPUTED, fact_checker) == ["needs contradicting evidence linked to a source"]


def test_it_moves_corroborated_to_disputed_only_when_disputed_holds(fact_checker):
    claim = factories.ClaimFactory(status=Status.CORROBORATED, assignee=fact_checker)
    assert refusal(claim, Status.DISPUTED, fact_checker) == ["needs contradicting evidence linked to a source"]
    factories.EvidenceFactory(claim=claim, stance=CONTRADICTS)
    assert workflow.transition(claim, Status.DISPUTED, actor=fact_checker, version=1).status == "disputed"


def test_it_refuses_a_reopen_without_a_note(claim, editor):
    assert refusal(claim, Status.UNVERIFIED, editor, note="  ") == ["a note is required to reopen a claim"]


def test_it_refuses_a_reopen_by_the_assignee(claim, fact_checker):
    with pytest.raises(workflow.NotAllowed) as raised:
        workflow.transition(claim, Status.UNVERIFIED, actor=fact_checker, version=1, note="wrong")
    assert raised.value.messages == ["only an editor can reopen a claim"]


def test_a_reopen_by_an_editor_records_the_note(claim, editor):
    reopened = workflow.transition(claim, Status.UNVERIFIED, actor=editor, version=1, note="New facts came in.")
    assert reopened.status == Status.UNVERIFIED
    assert reopened.events.get().note == "New facts came in."


def test_it_refuses_skipping_a_step(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    assert refusal(claim, Status.CORROBORATED, fact_checker) == ["a claim cannot move from Unverified to Corroborated"]


def test_it_refuses_someone_who_is_not_the_assignee(claim, other_fact_checker):
    with pytest.raises(workflow.NotAllowed) as raised:
        workflow.transition(claim, Status.DISPUTED, actor=other_fact_checker, version=1)
    assert raised.value.messages == ["only the claim's assignee or an editor can move it"]


def test_a_stale_version_is_a_conflict(claim, fact_checker):
    factories.EvidenceFactory(claim=claim, stance=CONTRADICTS)
    with pytest.raises(workflow.Conflict) as raised:
        workflow.transition(claim, Status.DISPUTED, actor=fact_checker, version=claim.version + 1)
    assert raised.value.claim.status == Status.SOURCED
    claim.refresh_from_db()
    assert claim.status == Status.SOURCED


def test_available_moves_say_what_is_missing(claim, fact_checker):
    factories.EvidenceFactory(claim=claim, stance=CONTRADICTS)
    moves = {move.to: move for move in workflow.available_moves(claim, fact_checker)}
    assert moves["disputed"].allowed
    assert moves["corroborated"].missing == ("needs supporting evidence from 2 more independent sources",)
    assert moves["unverified"].missing == ("only an editor can reopen a claim",)
