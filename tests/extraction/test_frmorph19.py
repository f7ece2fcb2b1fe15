"""frmorph19 (#16, session 19): a parser's signals reach the decision layer's rows in every fold, for the pages it
learns from and the pages it decides; and the declared rule counts no gain that lets more furniture through or gets
fewer speakers right. (The parse itself is tested in test_french_parse_signals.py, where spaCy is installed.)"""

import pytest

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Page, Tally
from bench.stack_on_real_pages import REGISTERED, PageSignals, cross_validated, is_gain

FIGURE = "La commune a construit 14 écoles en 2023, selon son rapport annuel."
NARRATION = "Les gendarmes effectuaient alors un contrôle."
TEXT = f"{FIGURE}\n\n{NARRATION}\n\nPartager cet article\n"
SIGNAL = "parse:form:imperfect"


def _page(number: int) -> PageSignals:
    start = TEXT.index(FIGURE)
    return PageSignals(
        Page(f"pages/fr-written-{number}.txt", "fr", "tune", TEXT, claims=[(start, start + len(FIGURE), "")]), 1
    )


def test_the_parse_signals_reach_the_rows_each_layer_learns_from_and_decides(monkeypatch):
    pages = [_page(number) for number in range(12)]
    parsed = {page.page.name: [{SIGNAL: 1.0 - label} for label in page.labels] for page in pages}
    learned_from, decided = [], []

    def recording_train(training, variant, extras=None):
        learned_from.append(({page.page.name for page in training}, set(extras or {})))
        return {"bias": 0.0, "weights": {}, "keeps_speakers": variant.keeps_speakers}

    def recording_score(layer, pipeline_score, row):
        decided.append(row)
        return pipeline_score

    monkeypatch.setattr("bench.stack_on_real_pages.train_layer", recording_train)
    monkeypatch.setattr("bench.stack_on_real_pages.layer_score", recording_score)
    cross_validated(pages, REGISTERED["B"], folds=5, parsed=parsed)
    assert len(learned_from) > 1
    assert all(training <= with_signal for training, with_signal in learned_from)
    assert len(decided) == sum(len(page.labels) for page in pages)
    assert all(SIGNAL in row for row in decided)


def test_without_the_parse_no_row_holds_its_signals(monkeypatch):
    decided = []
    monkeypatch.setattr(
        "bench.stack_on_real_pages.layer_score", lambda _layer, score, row: decided.append(row) or score
    )
    cross_validated([_page(number) for number in range(12)], REGISTERED["B"], folds=5)
    assert decided and not any(name.startswith("parse:") for row in decided for name in row)


def _tallies(matched: int, furniture_leaked: int = 0, speaker_right: int = 0) -> dict[str, Tally]:
    return {
        f"page-{number}": Tally(
            expected=10, extracted=10, matched=matched, furniture_leaked=furniture_leaked, speaker_right=speaker_right
        )
        for number in range(20)
    }


@pytest.mark.parametrize(
    ("with_parse", "gain"),
    [
        (_tallies(9, speaker_right=1), True),
        (_tallies(9, furniture_leaked=1, speaker_right=1), False),  # more furniture
        (_tallies(9), False),  # fewer speakers right
        (_tallies(8, speaker_right=1), False),  # F1 not higher
    ],
)
def test_a_gain_beats_b_in_the_resamples_with_no_more_furniture_and_no_fewer_speakers(with_parse, gain):
    without = _tallies(8, speaker_right=1)
    assert is_gain(with_parse, without, list(without))[0] is gain
