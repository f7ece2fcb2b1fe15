"""A source CSV import changes only what the file says: an omitted column or a blank cell keeps the stored
value; the editor sees every change (source, field, old → new) and the claims it would no longer support
before anything is written; each change is a Source history entry; kinds and reliabilities may be given by
their names in English or French. A reliability change that stops a source counting is told to the claims
standing on it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews import services
from reviews.models import Evidence
from sources.models import Source, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry():
    return {
        "tass": factories.SourceFactory(name="TASS", kind="agency", reliability="low", domains=["tass.ru"]),
        "reuters": factories.SourceFactory(name="Reuters", kind="agency", reliability="high", notes="wire"),
    }


def test_a_file_with_only_names_and_domains_changes_nothing_but_the_domains(editor, registry):
    factories.import_sources(b"name,domains\nTASS,tass.com\nReuters,reuters.com\n", actor=editor)
    tass, reuters = Source.objects.get(name="TASS"), Source.objects.get(name="Reuters")
    assert (tass.kind, tass.reliability, tass.active) == ("agency", "low", True)
    assert (reuters.reliability, reuters.notes) == ("high", "wire")
    assert set(tass.domains.values_list("domain", flat=True)) == {"tass.ru", "tass.com"}
    assert list(SourceEvent.objects.values_list("kind", "new_value")) == [
        ("domain_added", "tass.com"),
        ("domain_added", "reuters.com"),
    ]


def test_blank_cells_keep_the_stored_values(editor, registry):
    factories.import_sources(b"name,kind,reliability,active,notes\nTASS,,,,\nReuters,,medium,,\n", actor=editor)
    tass, reuters = Source.objects.get(name="TASS"), Source.objects.get(name="Reuters")
    assert (tass.kind, tass.reliability, tass.notes) == ("agency", "low", "")
    assert (reuters.kind, reuters.reliability, reuters.notes) == ("agency", "medium", "wire")


def test_the_preview_lists_every_change_and_changes_nothing(editor, registry):
    data = "name,kind,reliability,active,domains\nTASS,Média,,non,tass.com\nAFP,Agence,Élevée,,afp.com\n".encode()
    plan = services.sources_import_preview(data, actor=editor)
    assert [(change.source, change.field, change.old, change.new) for change in plan.changes] == [
        ("TASS", "kind", "Agency", "News outlet"),
        ("TASS", "active", "yes", "no"),
        ("TASS", "domain", "", "tass.com"),
        ("AFP", "source", "", "new source"),
        ("AFP", "kind", "", "Agency"),
        ("AFP", "reliability", "", "High"),
        ("AFP", "domain", "", "afp.com"),
    ]
    assert Source.objects.count() == 2 and not SourceEvent.objects.exists()


def test_each_change_is_a_history_entry(editor, registry):
    factories.import_sources(b"name,kind,active,notes\nTASS,news outlet,no,state agency\n", actor=editor)
    events = SourceEvent.objects.filter(source__name="TASS")
    assert sorted((event.details["field"], event.old_value, event.new_value) for event in events) == [
        ("active", "True", "False"),
        ("kind", "agency", "news_outlet"),
        ("notes", "", "state agency"),
    ]
    assert {event.actor for event in events} == {editor}


def test_a_preview_the_registry_no_longer_matches_is_not_applied(editor, registry):
    data = b"name,reliability\nReuters,medium\n"
    plan = services.sources_import_preview(data, actor=editor)
    services.source_save(registry["reuters"], actor=editor, reliability="low")
    with pytest.raises(workflow.Refused, match="changed since the preview"):
        services.sources_import_csv(data, actor=editor, confirmed=plan.digest)
    assert Source.objects.get(name="Reuters").reliability == "low"


@pytest.fixture
def corroborated(registry, fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    afp = factories.SourceFactory(name="AFP", reliability="high")
    factories.EvidenceFactory(claim=claim, source=registry["reuters"], stance=Evidence.Stance.SUPPORTS)
    factories.EvidenceFactory(claim=claim, source=afp, stance=Evidence.Stance.SUPPORTS)
    return claim


def test_the_preview_names_the_claims_a_reliability_change_would_no_longer_support(editor, corroborated):
    plan = services.sources_import_preview(b"name,reliability\nReuters,low\n", actor=editor)
    assert [(claim.claim_id, claim.unmet) for claim in plan.affected] == [
        (corroborated.pk, ("needs supporting evidence from 1 more independent source",))
    ]


@pytest.mark.parametrize("how", ["import", "save"])
def test_a_claim_a_reliability_change_no_longer_supports_is_told_which_move_it_lacks(editor, corroborated, how):
    version = corroborated.version
    if how == "import":
        result = factories.import_sources(b"name,reliability\nReuters,low\n", actor=editor)
        assert [claim.claim_id for claim in result.affected] == [corroborated.pk]
    else:
        services.source_save(Source.objects.get(name="Reuters"), actor=editor, reliability="low")
    event = ClaimEvent.objects.get(claim=corroborated, kind=ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED)
    assert event.note == "Corroborated no longer holds: needs supporting evidence from 1 more independent source"
    assert event.details["status_holds"] is False
    corroborated.refresh_from_db()
    assert corroborated.version == version + 1  # a move prepared before the change is a conflict


def test_the_admin_shows_the_changes_and_applies_them_only_when_confirmed(client, editor, registry, corroborated):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    upload = SimpleUploadedFile("sources.csv", b"name,reliability\nReuters,Faible\n")
    preview = client.post(reverse("admin:sources_source_import"), {"file": upload})
    page = preview.content.decode()
    assert "<td>Reuters</td><td>reliability</td><td>High</td><td>Low</td>" in page
    assert f"Claim {corroborated.pk} (Corroborated)" in page
    assert Source.objects.get(name="Reuters").reliability == "high"

    confirm = {"confirm": "1", "data": preview.context["data"], "digest": preview.context["plan"].digest}
    response = client.post(reverse("admin:sources_source_import"), confirm, follow=True)
    assert Source.objects.get(name="Reuters").reliability == "low"
    assert f"Claim {corroborated.pk} (Corroborated) no longer holds" in response.content.decode()
