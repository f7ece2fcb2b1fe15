"""The desk's one search: claims, documents, published and imported fact-checks, ranked as matching
ranks, accent-, case- and stemming-insensitive, highlighted safely, for members only."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command

from claims.models import Claim, Document
from publishing import search
from publishing.match_index import factchecks_index
from publishing.models import DocumentText, ExternalFactCheck
from tests import factories

pytestmark = pytest.mark.django_db

SAMPLE = settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"
SPELLINGS = ["etats-unis", "États\u2011Unis", "Etats Unis", "ÉTATS-UNIS"]


@pytest.fixture
def sample(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SAMPLE))
    return Document.objects.get()


def found(results, kind=None):
    return [(result.kind, result.pk) for result in results if kind is None or result.kind == kind]


def test_the_sample_is_found_by_every_spelling_of_etats_unis(sample, fact_checker):
    by_spelling = {spelling: found(search.search(fact_checker, spelling)) for spelling in SPELLINGS}

    first = by_spelling["etats-unis"]
    assert all(answer == first for answer in by_spelling.values())
    assert ("document", sample.pk) in first
    claims = [pk for kind, pk in first if kind == "claim"]
    assert claims and set(claims) <= set(sample.claims.values_list("pk", flat=True))
    for pk in claims:
        assert "Unis" in Claim.objects.get(pk=pk).text.replace("\u2011", "-")
    marked = next(result for result in search.search(fact_checker, "etats-unis") if result.kind == "claim")
    assert "<mark>États</mark>\u2011<mark>Unis</mark>" in marked.highlighted


def test_every_word_typed_must_be_there_and_stems_count(fact_checker):
    both = factories.ClaimFactory(text="Les États-Unis financent l'Ukraine.", language="fr")
    factories.ClaimFactory(text="Les Nations unies se réunissent.", language="fr")
    english = factories.ClaimFactory(text="Unemployment figures were revised.", language="en")

    assert found(search.search(fact_checker, "etats unis")) == [("claim", both.pk)]
    assert found(search.search(fact_checker, "unemployed")) == [("claim", english.pk)]
    assert search.search(fact_checker, "le la les") == []


def test_highlights_are_escaped(fact_checker):
    factories.ClaimFactory(text="<script>alert('Etats-Unis')</script> & more", language="fr")

    (result,) = search.search(fact_checker, "etats-unis")

    assert result.highlighted == (
        "&lt;script&gt;alert(&#x27;<mark>Etats</mark>-<mark>Unis</mark>&#x27;)&lt;/script&gt; &amp; more"
    )


def test_kinds_and_statuses_narrow_the_results(fact_checker, publish):
    open_claim = factories.ClaimFactory(text="Inflation reached 5 percent in Lyon.")
    sourced = factories.ClaimFactory(text="Inflation doubled in Lille.", status=Claim.Status.SOURCED)
    published = publish(text="Inflation fell in Paris.").claim
    imported = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/1",
        claim_reviewed="Inflation is the highest in Europe.",
        normalized_text="inflation highest europe",
        rating_name="False",
        language="en",
    )
    factchecks_index([imported])
    imported.save()
    document = factories.DocumentFactory(title="Inflation: what the figures say", text="Prices rose.")

    everything = set(found(search.search(fact_checker, "inflation")))
    assert {("claim", open_claim.pk), ("claim", sourced.pk), ("factcheck", published.pk)} <= everything
    assert {("imported", imported.pk), ("document", document.pk)} <= everything
    assert found(search.search(fact_checker, "inflation", kind="imported")) == [("imported", imported.pk)]
    assert found(search.search(fact_checker, "inflation", kind="factcheck")) == [("factcheck", published.pk)]
    assert ("document", document.pk) in found(search.search(fact_checker, "inflation", kind="document"))
    assert found(search.search(fact_checker, "inflation", status="sourced")) == [("claim", sourced.pk)]
    assert search.search(fact_checker, "inflation", status="nonsense") == []


def test_people_without_a_role_find_nothing(outsider, sample):
    assert search.search(outsider, "etats-unis") == []


def test_a_documents_passage_is_shown_around_the_word_found(fact_checker):
    text = "Opening words. " * 40 + "The treaty with the <United> States was signed. " + "Closing words. " * 40
    document = factories.DocumentFactory(title="A long report", text=text, language="en")

    (result,) = search.with_snippets(search.search(fact_checker, "treaty", kind="document"), "treaty")

    assert result.pk == document.pk
    assert "<mark>treaty</mark> with the &lt;United&gt; States" in result.snippet
    assert result.snippet.startswith("…") and result.snippet.endswith("…")


def test_reindexing_rebuilds_the_documents_words_with_a_progress_bar(fact_checker):
    document = factories.DocumentFactory(title="Rents in Lyon", text="Rents rose.")
    DocumentText.objects.all().delete()
    assert search.search(fact_checker, "lyon") == []
    out = io.StringIO()

    call_command("reindex_matching", "--words-only", stdout=out)

    assert found(search.search(fact_checker, "lyon")) == [("document", document.pk)]
    assert "documents  [##############################] 1/1" in out.getvalue()
    assert "1 documents indexed" in out.getvalue()
