"""The shared nearest-by-meaning index (publishing.vector_index): what it finds, and what is still
found when it is missing, unreadable or behind the table."""

import json
import logging
import threading
from datetime import timedelta

import pytest
from django.db import connection

from publishing import match_search, vector_index
from publishing.importing import claimreviews_import
from publishing.models import ExternalFactCheck
from tests import factories
from tests.publishing.test_matching_index import BRIDGE, GOLDFISH

pytestmark = pytest.mark.django_db

FRENCH_GOLDFISH = "Le poisson rouge n’a que trois secondes de mémoire."
OWL = {
    "@type": "ClaimReview",
    "url": "https://archive.example/fc/owl",
    "claimReviewed": "Owls can turn their heads all the way around, 360 degrees.",
    "inLanguage": "en",
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}
FRENCH_OWL = "Les hiboux peuvent tourner la tête à 360 degrés."


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    # What a process holds outlives a test's rollback: each test starts as a new worker would.
    monkeypatch.setattr(match_search, "_dense_candidates", {})


@pytest.fixture
def no_commit_margin(monkeypatch):
    # Every row of a test is embedded within a second of the build: without the margin, the rows the
    # index holds are no longer also compared exactly, so what is found comes from the index.
    monkeypatch.setattr(vector_index, "COMMIT_MARGIN", timedelta(0))


def imported(django_capture_on_commit_callbacks, *factchecks):
    with django_capture_on_commit_callbacks(execute=True):
        claimreviews_import(json.dumps(list(factchecks)).encode())


def found_urls(text):
    return [ExternalFactCheck.objects.get(pk=hit.pk).url for hit in match_search.search(text, language="fr")]


def test_the_index_alone_finds_the_other_language(django_capture_on_commit_callbacks, no_commit_margin):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)

    assert vector_index.build("external") == 2

    assert found_urls(FRENCH_GOLDFISH)[:1] == [GOLDFISH["url"]]
    candidates = match_search.dense_candidates("external")
    assert len(candidates.recent.pks) == 0 and len(candidates.shared.view) == 2


def test_rows_embedded_after_the_build_are_found_before_the_index_takes_them(
    django_capture_on_commit_callbacks, no_commit_margin, settings
):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    vector_index.build("external")
    settings.FACTCHECK_VECTOR_INDEX_PENDING_ROWS = 2

    imported(django_capture_on_commit_callbacks, OWL)

    assert vector_index.manifest("external")["rows"] == 2
    assert found_urls(FRENCH_OWL)[:1] == [OWL["url"]]
    assert list(match_search.dense_candidates("external").recent.pks) == [
        ExternalFactCheck.objects.get(url=OWL["url"]).pk
    ]


def test_the_worker_folds_new_rows_in_once_enough_have_gathered(django_capture_on_commit_callbacks, settings):
    settings.FACTCHECK_VECTOR_INDEX_PENDING_ROWS = 3
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    assert vector_index.manifest("external") is None

    imported(django_capture_on_commit_callbacks, OWL)

    assert vector_index.manifest("external")["rows"] == 3
    assert vector_index.pending_rows("external") == 0


def test_a_reembedded_row_replaces_its_old_vector(django_capture_on_commit_callbacks, no_commit_margin, settings):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    vector_index.build("external")
    settings.FACTCHECK_VECTOR_INDEX_PENDING_ROWS = 1

    # The bridge's fact-check now reviews the owl claim: re-indexed, re-embedded, folded in.
    imported(django_capture_on_commit_callbacks, {**OWL, "url": BRIDGE["url"]})

    assert vector_index.manifest("external")["rows"] == 2
    assert found_urls(FRENCH_OWL)[:1] == [BRIDGE["url"]]


def test_an_unreadable_index_falls_back_to_exact_search(
    django_capture_on_commit_callbacks, no_commit_margin, settings, caplog
):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    vector_index.build("external")
    (settings.FACTCHECK_VECTOR_INDEX_DIR / vector_index.manifest("external")["file"]).write_bytes(b"not an index")

    # At the logger's own level: a test worker started earlier in this process may have raised the root's.
    with caplog.at_level(logging.WARNING, logger="publishing.vector_index"):
        assert found_urls(FRENCH_GOLDFISH)[:1] == [GOLDFISH["url"]]
    assert "unreadable" in caplog.text


def test_without_an_index_every_embedded_row_is_compared_exactly(django_capture_on_commit_callbacks):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)

    assert vector_index.manifest("external") is None
    assert found_urls(FRENCH_GOLDFISH)[:1] == [GOLDFISH["url"]]
    assert len(match_search.dense_candidates("external").recent.pks) == 2


def test_one_search_with_embeddings_asks_the_database_four_times(
    django_capture_on_commit_callbacks, django_assert_num_queries
):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    vector_index.build("external")
    with django_capture_on_commit_callbacks(execute=True):
        claim = factories.ClaimFactory(text="Goldfish only remember things for three seconds.", language="en")
    match_search.search(FRENCH_GOLDFISH)  # a new worker's first search reads the rows embedded since the index

    # The words' counts, both tables' rows sharing a word, both tables' newest embedding, then the
    # candidates' rows with their embeddings. SQLite cannot limit each table's rows in one UNION.
    with django_assert_num_queries(4 if connection.vendor == "postgresql" else 5):
        hits = match_search.search("Goldfish have a memory of three seconds.", language="en")

    assert {(hit.kind, hit.pk) for hit in hits} >= {
        ("claim", claim.pk),
        ("external", ExternalFactCheck.objects.get(url=GOLDFISH["url"]).pk),
    }
    assert all(hit.semantic is not None for hit in hits)


def test_a_deleted_row_is_dropped_though_the_index_still_holds_it(django_capture_on_commit_callbacks, no_commit_margin):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    vector_index.build("external")
    ExternalFactCheck.objects.filter(url=GOLDFISH["url"]).delete()

    assert GOLDFISH["url"] not in found_urls(FRENCH_GOLDFISH)


def test_with_nothing_embedded_the_words_alone_rank_and_the_model_is_not_asked(monkeypatch):
    claimreviews_import(json.dumps([GOLDFISH, BRIDGE]).encode())  # the embedding tasks never run

    def not_to_be_asked(text):
        raise AssertionError("the model was asked")

    monkeypatch.setattr(match_search.embedding, "embed_query", not_to_be_asked)
    hits = match_search.search("Goldfish have a memory of three seconds.", language="en")

    assert [hit.pk for hit in hits] == [ExternalFactCheck.objects.get(url=GOLDFISH["url"]).pk]
    assert hits[0].semantic is None


def test_a_search_embeds_its_text_while_the_lexical_stage_reads_the_database(
    django_capture_on_commit_callbacks, monkeypatch
):
    imported(django_capture_on_commit_callbacks, GOLDFISH, BRIDGE)
    match_search.search(FRENCH_GOLDFISH)  # the process now knows that rows are embedded
    being_embedded = threading.Event()
    embed_query, lexical_stage = match_search.embedding.embed_query, match_search.lexical_stage

    def noting_embed_query(text):
        being_embedded.set()
        return embed_query(text)

    def waiting_lexical_stage(*args, **kwargs):
        # Embedding only after the lexical stage, as before, would leave this waiting in vain.
        assert being_embedded.wait(timeout=5), "the text was not being embedded during the lexical stage"
        return lexical_stage(*args, **kwargs)

    monkeypatch.setattr(match_search.embedding, "embed_query", noting_embed_query)
    monkeypatch.setattr(match_search, "lexical_stage", waiting_lexical_stage)
    hits = match_search.search("Goldfish have a memory of three seconds.", language="en")

    assert hits[0].pk == ExternalFactCheck.objects.get(url=GOLDFISH["url"]).pk
    assert hits[0].semantic is not None
