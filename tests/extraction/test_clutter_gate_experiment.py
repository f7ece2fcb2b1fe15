"""The learned clutter gate's experiment (bench/train_clutter_gate.py, #16 point 3): rows are labelled by the labels,
the gate drops only what its model calls furniture, training is deterministic, and the features cost time in
proportion to the page."""

import time

import pytest

# The experiment reuses bench/train_on_real_pages.py's folds, whose module needs requirements-bench.txt (scikit-learn,
# SciPy), which the CI does not install.
pytest.importorskip("sklearn")

from bench.clutter_gate_features import page_features
from bench.eval_real_pages import Found, Page
from bench.train_clutter_gate import gated, page_rows

CLAIM = "The council spent 4 million pounds on the new bridge last year, its accounts show."
MENU = "Home | News | Sport | Weather"
PAGE_TEXT = f"{MENU}\n\n{CLAIM} Residents hope the road will reopen soon.\n\nShare this article\n"


def _page(name: str = "pages/en-written.txt") -> Page:
    start = PAGE_TEXT.index(CLAIM)
    return Page(name, "en", "tune", PAGE_TEXT, [(start, start + len(CLAIM), "")], [MENU, "Share this article"])


def test_rows_are_furniture_where_a_furniture_label_is_and_no_claim():
    _rows, labels, claimed = page_rows(_page())
    assert labels == [1, 0, 0, 1]  # the menu, the claim, the sentence after it, the share button
    assert claimed == [False, True, False, False]


def test_the_gate_drops_only_what_its_model_calls_furniture():
    page = _page()
    start = PAGE_TEXT.index(CLAIM)
    found = [Found(start, start + len(CLAIM), CLAIM)]
    # One weight: a line with a figure is furniture. Above the threshold the claim goes, below it stays.
    model = {"bias": 0.0, "weights": {"digit_share": 400.0}, "threshold": 0.9}
    assert gated(page, found, model) == []
    assert gated(page, found, dict(model, threshold=1.0)) == found
    assert gated(page, found, None) == found


def test_training_is_deterministic_and_learns_the_labelled_furniture():
    from bench.train_clutter_gate import train

    pages = [_page(f"pages/en-page-{number}.txt") for number in range(10)]
    rows, labels = {}, {}
    for page in pages:
        rows[page.name], labels[page.name], _claimed = page_rows(page)
    model = train(rows, labels, list(rows))
    assert model == train(rows, labels, list(rows))
    assert model["weights"]["w:share"] > 0 > model["weights"]["ends_sentence"]


def test_the_features_cost_time_in_proportion_to_the_page():
    def seconds(lines: int) -> float:
        page = ["Short line | Menu"] * lines
        started = time.process_time()
        for _ in page_features(page):
            pass
        return max(time.process_time() - started, 0.002)

    small, large = seconds(6_000), seconds(60_000)  # the larger is about 1 MB of short lines
    assert large < 15 * small
