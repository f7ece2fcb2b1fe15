import io
import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command

from publishing import embedding, match_index, match_search, tasks, vector_index
from publishing.importing import claimreviews_import
from publishing.models import ClaimText, ExternalFactCheck, MatchTerm
from tests import factories

pytestmark = pytest.mark.django_db

GOLDFISH = {
    "@type": "ClaimReview",
    "url": "https://archive.example/fc/goldfish",
    "claimReviewed": "Goldfish have a memory span of only three seconds.",
    "headline": "Goldfish remember for months, not seconds",
    "inLanguage": "en",
    "reviewRating": {"@type": "Rating", "alternateName": "False"},
}
BRIDGE = {
    "@type": "ClaimReview",
    "url": "https://archive.example/fc/bridge",
    "claimReviewed": "The new bridge over the river cost 40 million euros.",
    "inLanguage": "en",
    "reviewRating": {"@type": "Rating", "alternateName": "True"},
}


def test_a_french_claim_finds_the_english_fact_check_once_embedded(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        claimreviews_import(json.dumps([GOLDFISH, BRIDGE]).encode())
    assert not ExternalFactCheck.objects.filter(embedding__isnull=True).exists()

    hits = match_search.search("Le poisson rouge n’a que trois secondes de mémoire.", language="fr")

    assert [ExternalFactCheck.objects.get(pk=hit.pk).url for hit in hits][:1] == [GOLDFISH["url"]]


def test_an_incoming_text_seen_again_is_not_embedded_again(monkeypatch):
    model, asked = embedding._model(), []

    class Counting:
        def query(self, texts):
            asked.append(texts)
            return model.query(texts)

    monkeypatch.setattr(embedding, "_model", Counting)
    embedding.embed_query.cache_clear()
    text = "Goldfish have a memory span of only three seconds."

    first, again = embedding.embed_query(text), embedding.embed_query(text)

    assert asked == [[text]] and again is first
    assert not first.flags.writeable  # a caller cannot change what the next one gets


def test_the_model_keeps_its_threads_when_the_vector_index_was_opened_first():
    # usearch puts its OpenMP runtime among the process's global symbols, and the model's engine,
    # loaded later, runs on it: with the runtime's default, one thread became two, spinning.
    opens_the_index_first = (
        "import ctypes, django; django.setup(); from publishing import vector_index; import usearch.index;"
        " print(ctypes.CDLL(None).omp_get_max_threads())"
    )
    environment = {name: value for name, value in os.environ.items() if name != "OMP_NUM_THREADS"}
    environment |= {"DJANGO_SETTINGS_MODULE": "factcheck.settings", "FACTCHECK_EMBEDDING_THREADS": "1"}

    run = subprocess.run(
        [sys.executable, "-c", opens_the_index_first],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )

    assert run.stdout.split()[-1] == "1"


def test_a_changed_claim_is_reindexed_and_loses_its_stale_embedding(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        claim = factories.ClaimFactory(text="Unemployment fell by 1,900 people in 2025.", language="en")
    row = ClaimText.objects.get(claim=claim)
    assert row.embedding is not None and "unemploy" in row.terms.split()

    claim.text = "Crime doubled in Marseille in ten years."
    claim.save()

    row.refresh_from_db()
    assert row.embedding is None
    assert "crime" in row.terms.split() and "unemploy" not in row.terms.split()
    assert not MatchTerm.objects.filter(term="unemploy", documents__gt=0).exists()
    assert MatchTerm.objects.get(term="crime").documents == 1


def test_reindex_rebuilds_the_word_counts_and_embeds_what_is_missing():
    claimreviews_import(json.dumps([GOLDFISH, BRIDGE]).encode())
    factories.ClaimFactory(text="The new bridge cost 40 million euros, said the mayor.", language="en")
    expected = dict(MatchTerm.objects.values_list("term", "documents"))
    MatchTerm.objects.all().delete()
    out = io.StringIO()

    call_command("reindex_matching", stdout=out)

    assert dict(MatchTerm.objects.filter(documents__gt=0).values_list("term", "documents")) == {
        term: count for term, count in expected.items() if count
    }
    assert not ExternalFactCheck.objects.filter(embedding__isnull=True).exists()
    assert not ClaimText.objects.filter(embedding__isnull=True).exists()
    assert "3/3" in out.getvalue() and "3 rows indexed, 3 embedded" in out.getvalue()


def test_reindex_builds_each_vector_index_once_at_the_end_not_once_per_batch(
    monkeypatch, django_capture_on_commit_callbacks
):
    claimreviews_import(json.dumps([GOLDFISH, BRIDGE]).encode())  # no commit here: their embeddings wait
    factories.ClaimFactory(text="The new bridge cost 40 million euros, said the mayor.", language="en")
    ExternalFactCheck.objects.update(embedding=None)
    ClaimText.objects.update(embedding=None)
    monkeypatch.setattr(match_index, "EMBEDDING_BATCH", 1)  # a batch per row
    queued, built = [], []
    monkeypatch.setattr(tasks.update_vector_index, "delay", queued.append)
    build = vector_index.build
    monkeypatch.setattr(vector_index, "build", lambda kind, progress: built.append(kind) or build(kind, progress))

    with django_capture_on_commit_callbacks(execute=True):  # as outside a test, where each batch commits
        call_command("reindex_matching", stdout=io.StringIO())

    assert queued == [], "no update queued per batch: the command builds the index itself"
    assert sorted(built) == ["claim", "external"]
    assert vector_index.manifest("external")["rows"] == 2 and vector_index.manifest("claim")["rows"] == 1
