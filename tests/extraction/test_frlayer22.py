"""The French decision layer with a band (#16, session 22, frlayer22): bench/layer_constraints.py --bands tries the
French layer bound as frlayer21 declared (reading only the sentence and its speaker, never lifting a held-back
sentence; a second candidate never lifting a bare statement either) with each band, and chooses over both candidates
by choose_band's rule (--lifts-only-attributed: each under frlayer21's own bound too); the shipped French layer is the
one chosen, and with it on a French sentence the rules are sure of keeps their score and a sentence scores the same
wherever it stands."""

import sys

import pytest

from claims.extraction.decision import CONTEXT_SIGNALS, TRAINED_THRESHOLD, layer_score, load_layers

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench import layer_constraints
from bench.eval_real_pages import Tally
from bench.layer_constraints import BAND_CANDIDATES, BANDS, choose_candidate, lifts_only_attributed
from bench.stack_on_real_pages import REGISTERED, SHIPPED_VARIANTS, holds
from tests.extraction.test_enlayer21 import scores_beside_the_rules, scores_with_the_layer_on


def _tally(found: int, extracted: int, furniture: int) -> Tally:
    return Tally(expected=100, extracted=extracted, matched=found, furniture=50, furniture_leaked=furniture)


def test_the_candidate_chosen_has_the_largest_f1_over_every_candidates_bands_letting_no_more_furniture_through():
    off = _tally(80, 100, 3)
    runs = {
        "bound": {(0.0, 1.0): _tally(95, 100, 4), (0.1, 0.9): _tally(85, 100, 3)},  # the best F1 lets more through
        "bound+bare": {(0.0, 1.0): _tally(86, 100, 3), (0.1, 0.9): _tally(84, 100, 2)},
    }
    assert choose_candidate(runs, off) == ("bound+bare", (0.0, 1.0))
    tied = {"bound": {(0.1, 0.9): _tally(85, 100, 3)}, "bound+bare": {(0.1, 0.9): _tally(85, 100, 3)}}
    assert choose_candidate(tied, off) == ("bound", (0.1, 0.9))  # on a full tie, the candidate listed first
    narrower = tied | {"bound+bare": {(0.2, 0.8): _tally(85, 100, 3)}}
    assert choose_candidate(narrower, off) == ("bound+bare", (0.2, 0.8))  # then choose_band's order: the narrower


def test_the_french_candidates_are_the_bounds_the_plan_declared_without_a_band():
    bound = REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True)
    assert list(BAND_CANDIDATES["fr"].values()) == [bound, bound._replace(keeps_bare_statements=True)]
    assert list(BAND_CANDIDATES["en"].values()) == [SHIPPED_VARIANTS["en"]._replace(unsure_band=None)]


def comparisons_run(monkeypatch, *arguments: str) -> list[tuple[str, tuple]]:
    """The comparisons bench/layer_constraints.py runs when given `arguments` (reading no page), each with what it is
    given after the tune pages and the folds."""
    run = []
    monkeypatch.setattr(layer_constraints, "read_pages", list)
    monkeypatch.setattr(layer_constraints, "on_one_core", lambda: None)
    for name in ("compare", "compare_bands", "compare_holds"):
        monkeypatch.setattr(layer_constraints, name, lambda tune, folds, *given, name=name: run.append((name, given)))
    monkeypatch.setattr(sys, "argv", ["layer_constraints.py", *arguments])
    layer_constraints.main()
    return run


def _bands_tried(monkeypatch, *arguments: str) -> list:
    return [given for name, given in comparisons_run(monkeypatch, "--bands", *arguments) if name == "compare_bands"]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_bands_tries_the_candidates_of_the_language_asked(monkeypatch, language):
    assert _bands_tried(monkeypatch, "--language", language) == [(BAND_CANDIDATES[language], None)]
    bound = _bands_tried(monkeypatch, "--language", language, "--lifts-only-attributed")
    assert bound == [(BAND_CANDIDATES[language], lifts_only_attributed)]


LIFTING = {"bias": 30.0, "weights": {}} | holds(BAND_CANDIDATES["fr"]["B+a+c"])  # calls every sentence a claim


def test_frlayer21s_bound_never_lifts_a_sentence_with_no_speaker_but_may_lower_it():
    no_speaker = {"speaker": 0.0, "held_back": 0.0, "digits": 1.0}
    assert layer_score(LIFTING, 0.3, no_speaker) == 1.0
    assert lifts_only_attributed(LIFTING, 0.3, no_speaker) == 0.3
    assert lifts_only_attributed(LIFTING, 0.3, no_speaker | {"speaker": 1.0}) == 1.0
    assert lifts_only_attributed(LIFTING | {"bias": -30.0}, 0.3, no_speaker) == 0.0


def test_the_shipped_french_layer_is_the_bound_candidate_deciding_only_around_the_threshold():
    french = load_layers()["languages"]["fr"]
    low, high = french["unsure_band"]
    assert low < TRAINED_THRESHOLD < high and (low, high) in BANDS
    assert SHIPPED_VARIANTS["fr"] == BAND_CANDIDATES["fr"]["B+a+c"]._replace(unsure_band=(low, high))
    assert french["keeps_speakers"] and french["keeps_held_back"] and not french["keeps_bare_statements"]
    assert not CONTEXT_SIGNALS & set(french["weights"])


# Rules' scores (the shipped model): 0.52 for the first, inside the band, where the French layer lifts it; the others
# above it.
UNSURE = "Le projet de loi prévoit une hausse des cotisations pour les indépendants."
PAGE = (
    "Le chômage a atteint 7,4 % en mars, selon l'Insee.\n\n"
    f"{UNSURE}\n\n"
    "Le conseil régional a voté la fermeture de trois lycées en juin.\n\n"
    "Abonnez-vous à notre lettre d'information.\n"
)


def test_with_the_french_layer_on_a_sentence_the_rules_are_sure_of_keeps_their_score():
    low, high = load_layers()["languages"]["fr"]["unsure_band"]
    scored = scores_beside_the_rules(PAGE, "fr")
    sure = [(score, rules) for _text, score, rules in scored if not low <= rules <= high]
    assert sure and all(score == rules for score, rules in sure)
    assert [score != rules for text, score, rules in scored if text == UNSURE] == [True]  # the layer decides it


def test_with_the_french_layer_on_a_sentence_scores_the_same_wherever_it_stands():
    pages = (
        UNSURE,
        f"Accueil | Politique | Sport\n\nLes habitants espèrent une réouverture rapide. {UNSURE}\n\nÀ suivre.\n",
        f"{UNSURE} Le chômage a atteint 7,4 % en mars, selon l'Insee.\n\nPlus d'informations à venir.\n",
    )
    assert len(scores_with_the_layer_on(UNSURE, pages, "fr")) == 1
