"""The English decision layer deciding only where the rules are unsure (#16, enlayer21c): a layer with an
`unsure_band` [low, high] leaves a sentence the rules score outside it at the rules' score; the band shipped for
English is the one bench/layer_constraints.py chooses, around the threshold (French's since session 22:
test_frlayer22.py)."""

import pytest

from claims.extraction.decision import TRAINED_THRESHOLD, layer_score, load_layers

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Tally
from bench.layer_constraints import BANDS, choose_band
from bench.stack_on_real_pages import REGISTERED, SHIPPED_VARIANTS, holds
from tests.extraction.test_enlayer21 import scores_beside_the_rules

SIGNALS = {"speaker": 0.0, "held_back": 0.0, "digits": 1.0}
BANDED = {"bias": 30.0, "weights": {}} | holds(REGISTERED["A"]._replace(unsure_band=(0.1, 0.7)))


@pytest.mark.parametrize(("rules", "decided"), [(0.05, 0.05), (0.1, 1.0), (0.4, 1.0), (0.7, 1.0), (0.74, 0.74)])
def test_a_layer_with_a_band_decides_only_the_sentences_the_rules_score_within_it(rules, decided):
    assert layer_score(BANDED, rules, SIGNALS) == decided  # a layer that calls every sentence a claim
    lowering = BANDED | {"bias": -30.0}
    assert layer_score(lowering, rules, SIGNALS) == (0.0 if 0.1 <= rules <= 0.7 else rules)
    assert layer_score(BANDED | {"unsure_band": None}, rules, SIGNALS) == 1.0  # no band: it decides everywhere


def test_the_bench_writes_the_band_a_variant_decides_in():
    assert holds(REGISTERED["B"]._replace(unsure_band=(0.2, 0.9)))["unsure_band"] == [0.2, 0.9]
    assert holds(REGISTERED["B"])["unsure_band"] is None


def test_the_shipped_english_layer_decides_only_around_the_threshold():
    low, high = load_layers()["languages"]["en"]["unsure_band"]
    assert low < TRAINED_THRESHOLD < high and (low, high) in BANDS
    assert SHIPPED_VARIANTS["en"].unsure_band == (low, high)


def _tally(found: int, extracted: int, furniture: int) -> Tally:
    return Tally(expected=100, extracted=extracted, matched=found, furniture=50, furniture_leaked=furniture)


def test_the_band_chosen_has_the_largest_f1_among_those_letting_no_more_furniture_through():
    off = _tally(80, 100, 3)
    runs = {
        (0.0, 1.0): _tally(90, 100, 4),  # the best F1, but more furniture than the layer off
        (0.1, 0.9): _tally(85, 100, 3),
        (0.2, 0.8): _tally(84, 100, 2),
    }
    assert choose_band(runs, off) == (0.1, 0.9)
    same_f1 = {(0.1, 0.9): _tally(85, 100, 3), (0.2, 0.8): _tally(85, 100, 3)}
    assert choose_band(same_f1, off) == (0.2, 0.8)  # on a tie, the narrower band
    assert choose_band(same_f1 | {(0.0, 1.0): _tally(68, 60, 3)}, off) == (0.0, 1.0)  # first, the fewer extracted


PAGE = (
    "Unemployment rose to 7.4 percent in March, the Office for National Statistics said.\n\n"
    "The council spent 4 million pounds on the new bridge last year.\n\n"
    "Residents hope the road will reopen soon.\n\n"
    "Neurology 27%\nCardiology 31%\nOncology 18%\n\n"
    "Anyone with information is asked to contact police by calling 101.\n\n"
    "Subscribe to our newsletter.\n"
)


def test_with_the_english_layer_on_a_sentence_the_rules_are_sure_of_keeps_their_score():
    low, high = load_layers()["languages"]["en"]["unsure_band"]
    sure = [(score, rules) for _text, score, rules in scores_beside_the_rules(PAGE, "en") if not low <= rules <= high]
    assert sure and all(score == rules for score, rules in sure)
