"""The source registry goes out and comes back as CSV; a bad file changes nothing."""

import pytest

from claims import workflow
from reviews.models import Evidence
from sources import source_csv
from sources.models import Source, SourceDomain, SourceEvent
from tests import factories

pytestmark = pytest.mark.django_db


def registry():
    return sorted(
        (s.name, s.kind, s.reliability, s.active, s.notes, tuple(sorted(d.domain for d in s.domains.all())))
        for s in Source.objects.prefetch_related("domains")
    )


def test_export_then_import_gives_back_the_same_registry(editor):
    factories.SourceFactory(name="Reuters", domains=["reuters.com", "uk.reuters.com"], notes="Wire, “trusted”")
    factories.SourceFactory(name="=HYPERLINK(evil)", kind="person", reliability="low", active=False)
    factories.SourceFactory(name="Gouvernement, France", kind="government", domains=["gouvernement.fr"], notes="a\nb")
    before = registry()
    exported = source_csv.render(Source.objects.prefetch_related("domains").order_by("name"))
    assert "'=HYPERLINK(evil)" in exported  # a spreadsheet will not run it
    SourceDomain.objects.all().delete()
    Source.objects.all().delete()

    result = factories.import_sources(exported.encode(), actor=editor)

    assert (result.created, result.updated) == (3, 0)
    assert registry() == before
    assert SourceEvent.objects.filter(kind="imported").count() == 3


def test_importing_updates_sources_by_name_and_records_reliability_changes(editor):
    reuters = factories.SourceFactory(name="Reuters", reliability="high", domains=["reuters.com"])
    data = b"name,kind,reliability,domains\nreuters,agency,medium,reuters.com reuters.co.uk\n"
    result = factories.import_sources(data, actor=editor)
    assert (result.created, result.updated) == (0, 1)
    reuters.refresh_from_db()
    assert (reuters.kind, reuters.reliability) == ("agency", "medium")
    assert set(reuters.domains.values_list("domain", flat=True)) == {"reuters.com", "reuters.co.uk"}
    event = SourceEvent.objects.get(kind="reliability_changed")
    assert (event.old_value, event.new_value, event.details) == ("high", "medium", {"via": "import"})


def test_importing_a_domain_links_the_evidence_waiting_for_it(editor):
    evidence = factories.EvidenceFactory(url="https://www.insee.fr/stats", source=None)
    result = factories.import_sources(b"name,domains\nINSEE,insee.fr\n", actor=editor)
    assert result.linked == 1
    assert Evidence.objects.get(pk=evidence.pk).source.name == "INSEE"


def test_a_bad_file_imports_nothing_and_lists_every_problem(editor):
    data = (
        b"name,kind,reliability,active,domains\n"
        b"Good Source,news_outlet,high,yes,good.example\n"
        b",agency,high,yes,\n"
        b"Bad Kind,tabloid,high,yes,\n"
        b"Bad Reliability,agency,excellent,maybe,not_a domain!\n"
        b"good source,agency,high,yes,good.example\n"
    )
    with pytest.raises(workflow.Refused) as raised:
        factories.import_sources(data, actor=editor)
    assert raised.value.messages == [
        "Line 3: the name is empty.",
        "Line 4: unknown kind “tabloid” (one of: " + ", ".join(Source.Kind.values) + ").",
        "Line 5: unknown reliability “excellent” (one of: high, medium, low, unknown).",
        "Line 5: active must be yes or no, not “maybe”.",
        "Line 5: “not_a” is not a domain.",
        "Line 5: “domain!” is not a domain.",
        "Line 6: “good source” is already on line 2.",
        "Line 6: the domain good.example is already on line 2.",
    ]
    assert not Source.objects.exists()


def test_a_domain_owned_by_another_source_refuses_the_whole_file(editor):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    data = b"name,domains\nNew One,new.example\nImpostor,reuters.com\n"
    with pytest.raises(workflow.Refused) as raised:
        factories.import_sources(data, actor=editor)
    assert raised.value.messages == ["Line 3: the domain reuters.com belongs to Reuters."]
    assert not Source.objects.filter(name="New One").exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"\xff\xfe n\x00a\x00", "The file is not UTF-8 text; save it as “CSV UTF-8”."),
        (b"title,kind\nX,agency\n", "The first line must name the columns, including “name”"),
        (b"name,colour\nX,red\n", "Unknown columns: colour."),
        (b"name\n", "The file has no sources in it."),
    ],
)
def test_a_file_that_is_not_a_source_list_says_why(editor, data, message):
    with pytest.raises(workflow.Refused) as raised:
        factories.import_sources(data, actor=editor)
    assert raised.value.messages[0].startswith(message)


def test_a_fact_checker_cannot_import(fact_checker):
    with pytest.raises(workflow.NotAllowed):
        factories.import_sources(b"name\nX\n", actor=fact_checker)
