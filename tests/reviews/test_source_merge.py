"""Merging sources moves their evidence, domains and documents to the one kept, and says what it changed."""

import pytest

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews import services
from reviews.models import Evidence
from sources.models import Source, SourceDomain, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db


def test_merge_moves_evidence_domains_and_publisher_and_records_it(editor):
    afp = factories.SourceFactory(name="AFP", domains=["afp.com"], reliability="high")
    duplicate = factories.SourceFactory(name="Agence France-Presse", domains=["afp.fr"], reliability="medium")
    evidence = factories.EvidenceFactory(source=duplicate)
    document = factories.DocumentFactory(publisher=duplicate)
    services.source_merge(afp, [duplicate], actor=editor)
    assert not Source.objects.filter(pk=duplicate.pk).exists()
    assert Evidence.objects.get(pk=evidence.pk).source == afp
    assert set(SourceDomain.objects.filter(source=afp).values_list("domain", flat=True)) == {"afp.com", "afp.fr"}
    document.refresh_from_db()
    assert document.publisher == afp
    afp.refresh_from_db()
    assert afp.reliability == "high"  # the one kept keeps its own standing
    kept = SourceEvent.objects.get(source=afp, kind="merged")
    assert kept.details["merged"][0]["name"] == "Agence France-Presse"
    gone = SourceEvent.objects.get(source__isnull=True, kind="merged")
    assert (gone.source_name, gone.new_value) == ("Agence France-Presse", "AFP")
    assert evidence.claim.events.get().kind == ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED


def test_merging_two_sources_that_corroborated_a_claim_says_it_no_longer_holds(editor, fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    first = factories.EvidenceFactory(claim=claim).source
    second = factories.EvidenceFactory(claim=claim).source
    services.source_merge(first, [second], actor=editor)
    event = claim.events.get()
    assert event.details["status_holds"] is False
    assert event.note == "Corroborated no longer holds: needs supporting evidence from 1 more independent source"
    claim.refresh_from_db()
    assert claim.version == 2  # a move prepared before the merge is now stale
    with pytest.raises(workflow.Conflict):
        workflow.transition(claim, Claim.Status.DISPUTED, actor=fact_checker, version=1)


def test_merging_needs_another_source(editor):
    source = factories.SourceFactory()
    with pytest.raises(workflow.Refused):
        services.source_merge(source, [source], actor=editor)


def test_a_fact_checker_cannot_merge(fact_checker):
    with pytest.raises(workflow.NotAllowed):
        services.source_merge(factories.SourceFactory(), [factories.SourceFactory()], actor=fact_checker)
