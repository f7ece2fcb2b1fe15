"""The learned decision layer's experiment (bench/stack_on_real_pages.py, #16 session 8): with the pipeline's own scores
it finds what extract() finds, a page is decided by a layer never trained on it, and a sentence's decision is a
deterministic function of its signals; and the bench decides with the shipped layer exactly as extract() does."""

import sys

import pytest
from django.test import override_settings

from claims.extraction import extract
from claims.extraction.decision import layer_probability, layer_score, load_layers

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Page, Tally
from bench.stack_on_real_pages import (
    REGISTERED,
    SHIPPED_VARIANTS,
    VARIANTS,
    PageSignals,
    Variant,
    cross_validated,
    holds,
    print_registered,
    train_layer,
)
from bench.train_on_real_pages import fold_of

CLAIM = "The council spent 4 million pounds on the new bridge last year, its accounts show."
PAGE_TEXT = (
    "Home | News | Sport\n\n"
    f"{CLAIM} Residents hope the road will reopen soon.\n\n"
    "Unemployment rose to 7.4 percent in March, the Office for National Statistics said.\n\n"
    "We will keep you posted.\n"
)


def _page(name: str, language: str = "en", row: int = 1) -> PageSignals:
    start = PAGE_TEXT.index(CLAIM)
    return PageSignals(Page(name, language, "tune", PAGE_TEXT, claims=[(start, start + len(CLAIM), "")]), row)


def test_the_pipelines_own_scores_find_what_extract_finds():
    page = _page("pages/en-written.txt")
    found = page.found([score for score, _cues, _signals in page.signals])
    assert [(claim.start, claim.end, claim.speaker) for claim in found] == [
        (claim.start, claim.end, claim.speaker) for claim in extract(PAGE_TEXT, language="en").claims
    ]
    assert page.labels.count(1) == 1


def test_each_page_is_decided_by_a_layer_not_trained_on_it(monkeypatch):
    pages = [_page(f"pages/en-page-{number}.txt") for number in range(12)]
    trained_on = []

    def recording(training, variant, extras=None):
        trained_on.append({page.page.name for page in training})
        return {"bias": 0.0, "weights": {}} | holds(variant)

    monkeypatch.setattr("bench.stack_on_real_pages.train_layer", recording)
    tallies = cross_validated(pages, Variant(False, False, False), folds=5)
    assert set(tallies) == {page.page.name for page in pages}
    folds_used = sorted({fold_of(page.page.name) for page in pages})
    assert trained_on == [{page.page.name for page in pages if fold_of(page.page.name) != fold} for fold in folds_used]


def test_a_sentences_decision_is_a_deterministic_function_of_its_signals():
    pages = [_page(f"pages/en-page-{number}.txt") for number in range(3)]
    for variant in VARIANTS[:2]:
        layer = train_layer(pages, variant)
        assert layer == train_layer(pages, variant)
    # The same sentences on another page: the same signals, so the same decision.
    assert pages[0].signals == pages[1].signals
    assert [layer_probability(layer, signals) for _score, _cues, signals in pages[0].signals] == [
        layer_probability(layer, signals) for _score, _cues, signals in pages[1].signals
    ]


def test_the_bench_decides_with_the_shipped_layer_as_extract_does():
    page = _page("pages/en-written.txt")
    layer = load_layers()["languages"]["en"]
    found = page.found([layer_score(layer, score, signals) for score, _cues, signals in page.signals])
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        claims = extract(PAGE_TEXT, language="en").claims
    assert [(claim.start, claim.end, claim.speaker) for claim in found] == [
        (claim.start, claim.end, claim.speaker) for claim in claims
    ]


def test_variant_b_is_trained_as_a_and_differs_only_in_keeping_the_rules_speakers():
    pages = [_page(f"pages/en-page-{number}.txt") for number in range(3)]
    first, second = (train_layer(pages, REGISTERED[label]) for label in "AB")
    assert (first.pop("keeps_speakers"), second.pop("keeps_speakers")) == (False, True)
    assert first == second
    assert all(variant.keeps_speakers for variant in SHIPPED_VARIANTS.values())  # decision9's choice (BENCHMARKS.md)


def test_cross_validation_decides_with_the_variants_own_rule_for_speakers(monkeypatch):
    pages = [_page(f"pages/en-page-{number}.txt") for number in range(6)]
    monkeypatch.setattr(
        "bench.stack_on_real_pages.train_layer",
        lambda _training, variant, _extras=None: {"bias": -30.0, "weights": {}} | holds(variant),
    )
    removing = cross_validated(pages, REGISTERED["A"], folds=5)
    keeping = cross_validated(pages, REGISTERED["B"], folds=5)
    assert sum(tally.extracted for tally in removing.values()) == 0
    # Only the sentence with a speaker (the Office for National Statistics) survives a layer that says no to all.
    assert sum(tally.extracted for tally in keeping.values()) == len(pages)


def test_the_registered_variants_totals_on_some_rows_count_those_rows_pages_alone(capsys):
    pages = [_page(f"pages/en-page-{row}.txt", row=row) for row in range(1, 5)]
    tallies = {
        page.page.name: Tally(expected=10**page.row, extracted=10**page.row, matched=10**page.row) for page in pages
    }
    print_registered(pages, tallies, {"A": tallies, "B": tallies}, lambda row: 2 <= row <= 3)
    assert "en (2 pages) layer off: P 1.00 R 1.00 F1 1.00 (1100/1100 found" in capsys.readouterr().out


@pytest.mark.parametrize("other_run", [["--export"], ["/work/shared/data/checkworthy-en"]])
def test_the_rows_for_the_record_are_refused_where_no_run_prints_them(other_run, monkeypatch, capsys):
    """`--also-rows` is read by --registered alone: elsewhere it would be dropped without a word after minutes."""
    import bench.stack_on_real_pages as stack_on_real_pages

    def no_pages_to_read():
        raise AssertionError("the run went ahead")

    monkeypatch.setattr(stack_on_real_pages, "read_pages", no_pages_to_read)
    monkeypatch.setattr(sys, "argv", ["stack_on_real_pages.py", *other_run, "--also-rows", "1092-1133"])
    with pytest.raises(SystemExit):
        stack_on_real_pages.main()
    assert "--also-rows goes with --registered" in capsys.readouterr().err
