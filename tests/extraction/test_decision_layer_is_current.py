"""The shipped decision layer (model/decision.json) was trained on what the current code computes on the current tune
pages: its weights are in the units of the pipeline's signals, so a change to a rule, a cue, the speakers or the clutter
leaves them stale until the layer is re-exported. The export records a digest of the signals and labels it learned from
(bench/decision_training.py); this recomputes it, in pure Python, and says how to re-export when it differs."""

import math
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


@pytest.fixture(scope="module")
def tune_pages():
    return training_pages(read_pages())


def test_the_shipped_layer_was_trained_on_what_the_current_code_computes(tune_pages):
    shipped = load_layers().get("training_digest", "none recorded")
    current = training_digest(tune_pages)
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


def _same(shipped, exported) -> bool:
    """Equal, floats within 1e-4: the export rounds to 6 decimals, and another machine's arithmetic may differ there."""
    if isinstance(shipped, dict) and isinstance(exported, dict):
        return shipped.keys() == exported.keys() and all(_same(shipped[key], exported[key]) for key in shipped)
    if isinstance(shipped, float) and isinstance(exported, float):
        return math.isclose(shipped, exported, abs_tol=1e-4)
    return shipped == exported


def test_the_shipped_layer_is_what_the_export_writes_with_the_current_training(tune_pages):
    # The digest reads the signals and labels only: a change to the shipped variants (SHIPPED_VARIANTS), to the signals
    # a variant leaves out (decision.CONTEXT_SIGNALS) or to the training leaves the digest as it was.
    pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt
    from bench.stack_on_real_pages import shipped_layers

    assert _same(load_layers(), shipped_layers(tune_pages)), (
        f"claims/extraction/model/decision.json is not what the export writes now: re-export with {EXPORT_COMMAND} (or "
        "`make decision-layer`), then commit decision.json."
    )
