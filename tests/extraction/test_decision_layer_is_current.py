"""The shipped decision layer (model/decision.json) was trained on what the current code computes on the current tune
pages: its weights are in the units of the pipeline's signals, so a change to a rule, a cue, the speakers or the clutter
leaves them stale until the layer is re-exported. The export records a digest of the signals and labels it learned from
(bench/decision_training.py); this recomputes it, in pure Python, and says how to re-export when it differs."""

from dataclasses import replace

import pytest

from bench.decision_training import EXPORT_COMMAND, PageSignals, training_digest, training_pages
from bench.eval_real_pages import Page, read_pages
from claims.extraction import held_back
from claims.extraction.decision import load_layers

CLAIM = "Hospital waiting lists grew by 12 percent last year, the health board said."
TEXT = f"{CLAIM} The board hopes the figure will fall.\n\nNurses will strike next month.\n"


def _written_page(claims: list[tuple[int, int, str]]) -> PageSignals:
    return PageSignals(Page("pages/en-written.txt", "en", "tune", TEXT, claims=claims), 1)


@pytest.fixture(scope="module")
def labelled_claim():
    start = TEXT.index(CLAIM)
    return [(start, start + len(CLAIM), "the health board")]


def test_the_shipped_layer_was_trained_on_what_the_current_code_computes():
    shipped = load_layers().get("training_digest", "none recorded")
    current = training_digest(training_pages(read_pages()))
    assert current == shipped, (
        "claims/extraction/model/decision.json is stale: the signals or labels of the tune pages it was trained on "
        f"have changed since it was exported (digest {shipped[:12]}, now {current[:12]}). Re-export with: "
        f"{EXPORT_COMMAND} (or `make decision-layer`), then commit decision.json."
    )


def test_the_digest_is_the_same_for_the_same_signals_and_labels(labelled_claim):
    assert training_digest([_written_page(labelled_claim)]) == training_digest([_written_page(labelled_claim)])


def test_the_digest_changes_with_a_label(labelled_claim):
    assert training_digest([_written_page(labelled_claim)]) != training_digest([_written_page([])])


def test_the_digest_changes_when_a_rule_changes_a_signal(labelled_claim, monkeypatch):
    before = training_digest([_written_page(labelled_claim)])
    monkeypatch.setattr(held_back, "looks_ahead_only", lambda _cues: False)  # a held-back rule edited away
    assert training_digest([_written_page(labelled_claim)]) != before


def test_the_digest_changes_with_the_pages_language(labelled_claim):
    page = _written_page(labelled_claim)
    french = PageSignals(replace(page.page, lang="fr"), 1)
    assert training_digest([page]) != training_digest([french])
