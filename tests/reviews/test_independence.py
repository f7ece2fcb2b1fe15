"""Independence as the registry decides it: one Source counts once however its evidence reached it.

An inactive Source is one the desk no longer adds to its lists, not one whose past
reporting stopped counting: it still matches its domains and still counts once.
"""

import pytest

from claims import workflow
from claims.models import Claim
from reviews import services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.SOURCED)


def counted(claim):
    return [row.counts for row in workflow.corroboration_breakdown(claim, claim.evidence.select_related("source"))]


def add_page(claim, actor, url):
    return services.evidence_attach(claim, actor=actor, kind="url", stance="supports", url=url)


def test_pages_on_a_sources_subdomains_count_as_that_one_source(claim, fact_checker):
    factories.SourceFactory(name="BBC", domains=["bbc.co.uk"])
    add_page(claim, fact_checker, "https://www.bbc.co.uk/news/1")
    add_page(claim, fact_checker, "https://news.bbc.co.uk/2")
    assert counted(claim) == [True, False]


def test_an_inactive_source_still_matches_and_counts_once(claim, fact_checker):
    factories.SourceFactory(name="Defunct Daily", domains=["defunct.example"], active=False)
    evidence = add_page(claim, fact_checker, "https://defunct.example/archive/1")
    add_page(claim, fact_checker, "https://defunct.example/archive/2")
    assert evidence.source.name == "Defunct Daily"
    assert counted(claim) == [True, False]


def test_two_sources_merged_into_one_count_once(claim, fact_checker, editor):
    first = factories.EvidenceFactory(claim=claim).source
    second = factories.EvidenceFactory(claim=claim).source
    assert counted(claim) == [True, True]
    services.source_merge(first, [second], actor=editor)
    assert counted(claim) == [True, False]


def test_evidence_linked_when_its_domain_is_registered_starts_to_count(claim, fact_checker, editor):
    add_page(claim, fact_checker, "https://www.insee.fr/stats")
    factories.EvidenceFactory(claim=claim)
    assert counted(claim) == [False, True]
    # Rated as it is registered: a source not yet rated would not count (tests/claims/test_unrated_sources.py).
    services.source_register_domain("insee.fr", actor=editor, reliability="high")
    assert workflow.transition(claim, Claim.Status.CORROBORATED, actor=fact_checker).status == "corroborated"
