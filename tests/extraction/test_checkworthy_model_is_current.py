"""The shipped check-worthiness model (model/checkworthy.json) was exported by the training command from the features
the current code computes: a cue added to claims/extraction/features.py after the export has no weight and scores 0,
and a changed word list or pattern leaves the weights in the units of the old features. The export records a digest of
the training configuration and of the features on fixed probe text (bench/checkworthy_training.py); these tests
recompute it in pure Python, and check cue by cue, and say how to re-export when they differ."""

import copy

import pytest

from bench import checkworthy_training
from bench.checkworthy_training import EXPORT_COMMAND, cue_mismatches, training_digest
from bench.eval_real_pages import Page, read_pages
from claims.extraction.model import load_model

RE_EXPORT = (
    f"Re-export with: {EXPORT_COMMAND}, then commit checkworthy.json (and re-export decision.json, whose signals "
    "include this model's score)."
)
ENGLISH = "The council spent 4 million pounds on the bridge in 2024, the mayor said. Will it reopen?\nHome | News\n"
FRENCH = "Le chômage a augmenté de 3 % en 2024, selon l'Insee. Le gouvernement pourrait réagir.\n"


@pytest.fixture(scope="module")
def pages():
    return read_pages()


@pytest.fixture(scope="module")
def written_pages():
    return [Page("pages/en-written.txt", "en", "tune", ENGLISH), Page("pages/fr-written.txt", "fr", "tune", FRENCH)]


def test_the_shipped_model_weighs_every_cue_the_features_compute_and_no_other(pages):
    for part, (unweighted, gone) in cue_mismatches(load_model(), pages).items():
        assert not unweighted, (
            f"checkworthy.json's {part!r} part has no weight for the cues {sorted(unweighted)}, which "
            f"claims/extraction/features.py computes: they score 0. {RE_EXPORT}"
        )
        assert not gone, (
            f"checkworthy.json's {part!r} part weighs the cues {sorted(gone)}, which claims/extraction/features.py no "
            f"longer computes. {RE_EXPORT}"
        )


def test_the_shipped_model_was_exported_with_the_current_training_configuration(pages):
    shipped = load_model().get("training_digest", "none")
    current = training_digest(pages)
    assert current == shipped, (
        "claims/extraction/model/checkworthy.json is stale: the features or the fixed weights it was trained with have "
        f"changed since it was exported (digest {shipped[:12]}, now {current[:12]}). {RE_EXPORT}"
    )


def test_a_cue_missing_from_the_model_is_found(written_pages):
    model = copy.deepcopy(load_model())
    del model["cues"]["weights"]["c:conditional"]
    del model["full"]["weights"]["c:question"]
    mismatches = cue_mismatches(model, written_pages)
    assert mismatches["cues"][0] == {"conditional"}
    assert mismatches["full"][0] == {"question"}


def test_a_weighted_cue_the_features_no_longer_compute_is_found(written_pages):
    model = copy.deepcopy(load_model())
    model["full"]["weights"]["c:retired"] = 0.5
    assert "retired" in cue_mismatches(model, written_pages)["full"][1]
    assert "retired" not in cue_mismatches(load_model(), written_pages)["full"][1]


def test_the_digest_is_the_same_for_the_same_features(written_pages):
    assert training_digest(written_pages) == training_digest(written_pages)


def test_the_digest_changes_when_a_cue_changes(written_pages, monkeypatch):
    before = training_digest(written_pages)
    computed = checkworthy_training.features

    def with_a_new_cue(sentence, language="en"):
        ngrams, cues = computed(sentence, language)
        return ngrams, {**cues, "new_cue": 1.0}

    monkeypatch.setattr(checkworthy_training, "features", with_a_new_cue)
    assert training_digest(written_pages) != before


def test_the_digest_changes_when_a_fixed_weight_changes(written_pages, monkeypatch):
    before = training_digest(written_pages)
    monkeypatch.setitem(checkworthy_training.PRIOR_WEIGHTS, "c:quote", 0.5)
    assert training_digest(written_pages) != before


def test_the_digest_reads_english_probe_lines_only(written_pages):
    french_edited = [written_pages[0], Page("pages/fr-written.txt", "fr", "tune", FRENCH + "Il a dit non.\n")]
    assert training_digest(french_edited) == training_digest(written_pages)
