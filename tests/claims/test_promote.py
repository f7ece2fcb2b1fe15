import pytest

from claims import workflow
from claims.models import Candidate, ClaimEvent
from ingest import flow
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def candidate():
    document = factories.DocumentFactory(text="Intro. The mayor says the tram carries 40,000 riders a day.")
    return Candidate.objects.create(
        document=document, text="The mayor says the tram carries 40,000 riders a day.", start=7, end=59, score=0.4
    )


def test_a_fact_checker_promotes_a_candidate_to_a_ticket(candidate, fact_checker):
    claim = flow.candidate_promote(candidate, actor=fact_checker)
    assert (claim.text, claim.start, claim.end, claim.status) == (candidate.text, 7, 59, "unverified")
    assert candidate.document.text[claim.start : claim.end] == claim.text
    event = claim.events.get()
    assert (event.kind, event.actor, event.details) == (ClaimEvent.Kind.CREATED, fact_checker, {"source": "promoted"})
    assert not Candidate.objects.filter(pk=candidate.pk).exists()


def test_a_candidate_is_promoted_only_once(candidate, fact_checker, editor):
    flow.candidate_promote(candidate, actor=fact_checker)
    with pytest.raises(workflow.Refused):
        flow.candidate_promote(candidate, actor=editor)


def test_an_outsider_cannot_promote(candidate, outsider):
    with pytest.raises(workflow.NotAllowed):
        flow.candidate_promote(candidate, actor=outsider)
    assert Candidate.objects.filter(pk=candidate.pk).exists()
