"""A source no editor has rated yet does not count towards corroboration, whatever the settings;
rating it makes the claims standing on it count it, and says so on them."""

import pytest

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews import services
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db
Status = Claim.Status


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker, status=Status.SOURCED)


def test_a_new_source_is_not_yet_rated():
    assert Source.objects.create(name="New outlet").reliability == Source.Reliability.UNRATED


def test_an_unrated_source_does_not_count_even_when_low_ones_do(claim, fact_checker, settings):
    settings.FACTCHECK_LOW_RELIABILITY_COUNTS = True
    unrated = factories.EvidenceFactory(claim=claim, source=factories.SourceFactory(reliability="unrated"))
    factories.EvidenceFactory(claim=claim)
    breakdown = workflow.corroboration_breakdown(claim, claim.evidence.select_related("source"))
    assert [(row.evidence.pk, row.reason) for row in breakdown if not row.counts] == [
        (unrated.pk, "source not yet rated by an editor")
    ]
    with pytest.raises(workflow.Refused, match="1 more independent source"):
        workflow.check_move(claim, Status.CORROBORATED, actor=fact_checker)
    assert not services.registry.counts_towards_corroboration(Source.Reliability.UNRATED)


def test_rating_an_unrated_source_lets_it_count_and_says_so_on_the_claim(claim, fact_checker, editor):
    source = factories.SourceFactory(reliability="unrated")
    factories.EvidenceFactory(claim=claim, source=source)
    factories.EvidenceFactory(claim=claim)
    services.source_save(source, actor=editor, reliability=Source.Reliability.MEDIUM)
    claim.refresh_from_db()
    assert claim.events.filter(kind=ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED).get().details["status_holds"]
    workflow.check_move(claim, Status.CORROBORATED, actor=fact_checker)


def test_registering_a_domain_in_one_click_leaves_the_source_unrated(editor):
    factories.EvidenceFactory(url="https://bbc.com/a", source=None)
    source, linked = services.source_register_domain("bbc.com", actor=editor)
    assert (source.reliability, linked) == (Source.Reliability.UNRATED, 1)
