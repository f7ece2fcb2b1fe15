"""Evidence on a domain no Source covers is listed for editors, and one step registers it."""

import pytest

from claims import workflow
from claims.models import ClaimEvent
from reviews import selectors, services
from reviews.models import Evidence
from sources.models import Source, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db


def url_evidence(url, **kwargs):
    return factories.EvidenceFactory(url=url, source=None, **kwargs)


def test_editors_see_unmatched_domains_most_used_first(editor):
    claim = factories.ClaimFactory()
    url_evidence("https://www.insee.fr/fr/statistiques/1", claim=claim)
    url_evidence("https://insee.fr/fr/statistiques/2", claim=claim)
    url_evidence("https://blog.example.org/post")
    factories.EvidenceFactory(url="https://reuters.com/x")  # has a source
    factories.EvidenceFactory(kind="quote", url="", excerpt="x", source=None)
    rows = selectors.unmatched_domains(editor)
    assert [(row.domain, row.evidence_count, row.claim_count) for row in rows] == [
        ("insee.fr", 2, 1),
        ("blog.example.org", 1, 1),
    ]


@pytest.mark.parametrize("persona", ["fact_checker", "outsider"])
def test_only_editors_see_unmatched_domains(request, persona):
    url_evidence("https://insee.fr/a")
    assert list(selectors.unmatched_domains(request.getfixturevalue(persona))) == []


def test_registering_a_domain_links_existing_evidence_and_its_subdomains(editor):
    on_domain = url_evidence("https://www.insee.fr/a")
    on_subdomain = url_evidence("https://statistiques.insee.fr/b")
    elsewhere = url_evidence("https://notinsee.fr/c")
    source, linked = services.source_register_domain("insee.fr", actor=editor, name="INSEE", kind="government")
    assert (source.name, source.kind, linked) == ("INSEE", "government", 2)
    assert Evidence.objects.get(pk=on_domain.pk).source == source
    assert Evidence.objects.get(pk=on_subdomain.pk).source == source
    assert Evidence.objects.get(pk=elsewhere.pk).source is None
    event = on_domain.claim.events.get(kind=ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED)
    assert (event.actor, event.details["to"]) == (editor, "INSEE")
    assert SourceEvent.objects.get(source=source).kind == SourceEvent.Kind.CREATED
    assert selectors.unmatched_domains(editor)[0].domain == "notinsee.fr"


def test_a_pasted_address_registers_its_domain_named_after_it(editor):
    source, _linked = services.source_register_domain("https://www.Example.org/page", actor=editor)
    assert (source.name, list(source.domains.values_list("domain", flat=True))) == ("example.org", ["example.org"])


def test_it_refuses_a_domain_that_already_belongs_to_a_source(editor):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    with pytest.raises(workflow.Refused) as raised:
        services.source_register_domain("reuters.com", actor=editor)
    assert raised.value.messages == ["reuters.com already belongs to Reuters"]


def test_it_refuses_what_is_not_a_domain(editor):
    with pytest.raises(workflow.Refused):
        services.source_register_domain("not a domain", actor=editor)
    assert not Source.objects.exists()


def test_a_fact_checker_cannot_register_a_domain(fact_checker):
    with pytest.raises(workflow.NotAllowed):
        services.source_register_domain("insee.fr", actor=fact_checker)


def test_saving_a_source_records_its_creation_and_reliability_changes(editor):
    source = services.source_save(Source(name="Le Monde", reliability="high"), actor=editor)
    source.notes = "Paper of record"
    services.source_save(source, actor=editor)
    source.reliability = "medium"
    services.source_save(source, actor=editor)
    history = [(e.kind, e.old_value, e.new_value) for e in SourceEvent.objects.filter(source=source)]
    assert history == [("created", "", "high"), ("reliability_changed", "high", "medium")]


def test_evidence_on_an_international_domain_finds_the_source_registered_for_it(editor, fact_checker):
    source = services.source_save(None, actor=editor, name="Le Café", domains=["Café.fr"])
    assert list(source.domains.values_list("domain", flat=True)) == ["xn--caf-dma.fr"]
    claim = factories.ClaimFactory(assignee=fact_checker)
    for url in ["https://café.fr/article", "https://www.CAFÉ.fr/a", "https://xn--caf-dma.fr/b"]:
        evidence = services.evidence_attach(claim, actor=fact_checker, kind="url", stance="supports", url=url)
        assert evidence.source == source, url


def test_registering_an_international_domain_links_the_evidence_already_on_it(editor):
    evidence = url_evidence("https://www.café.fr/article")
    assert [row.domain for row in selectors.unmatched_domains(editor)] == ["xn--caf-dma.fr"]
    source, linked = services.source_register_domain("café.fr", actor=editor)
    evidence.refresh_from_db()
    assert (linked, evidence.source) == (1, source)
    assert list(selectors.unmatched_domains(editor)) == []
