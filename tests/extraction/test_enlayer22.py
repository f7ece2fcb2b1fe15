"""The English decision layer's last blockers by structure (#16, enlayer22): an appeal in the singular passive ("is
asked to", "is urged to") is an appeal to the rules' cue as the plural is, so a held-back rule holds it and the layer
cannot lift it; and a layer that `keeps_unpunctuated_lines` never scores a line with no final punctuation above the
rules' own score (the issue's description of page furniture)."""

import pytest
from django.test import override_settings

from claims.extraction import decision, extract
from claims.extraction.decision import layer_score, load_layers
from claims.extraction.features import cue_features, tokens
from claims.extraction.held_back import looks_ahead_only

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.layer_constraints import in_the_first_person, never_lifting_the_first_person
from bench.stack_on_real_pages import REGISTERED, SHIPPED_VARIANTS, holds
from tests.extraction.test_frlayer22 import comparisons_run


def _cues(sentence: str) -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), "en")


@pytest.mark.parametrize(
    "appeal",
    [
        "Anyone who saw the crash near Kendal {} asked to contact Cumbria Police.",
        "Every resident of Bolton {} urged to check the flood map before the weekend.",
    ],
)
def test_an_english_appeal_in_the_passive_is_one_in_the_singular_as_in_the_plural(appeal):
    for verb in ("is", "are"):
        cues = _cues(appeal.format(verb))
        assert cues.get("appeal") == 1.0, verb
        assert looks_ahead_only(cues), verb  # no figure, no past event beside it: held back


def test_with_the_english_layer_on_an_appeal_in_the_singular_is_not_lifted():
    appeal = "Anyone who finds the missing dog on the moors near Bolton is asked to alert the RSPCA by calling 999."
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        assert extract(appeal, language="en").claims == []


LIFTING = {"bias": 30.0, "weights": {}} | holds(REGISTERED["A"]._replace(keeps_unpunctuated_lines=True))
PUNCTUATED = {"speaker": 0.0, "held_back": 0.0, "digits": 1.0, "ends_with_punctuation": 1.0}
UNPUNCTUATED = PUNCTUATED | {"ends_with_punctuation": 0.0}


def test_a_layer_that_keeps_unpunctuated_lines_never_lifts_one():
    assert layer_score(LIFTING, 0.3, UNPUNCTUATED) == 0.3
    assert layer_score(LIFTING, 0.3, PUNCTUATED) == 1.0
    assert layer_score(LIFTING | {"keeps_unpunctuated_lines": False}, 0.3, UNPUNCTUATED) == 1.0
    assert layer_score(LIFTING | {"bias": -30.0}, 0.7, UNPUNCTUATED) == 0.0  # it may lower one


def test_the_bench_writes_the_hold_and_the_shipped_english_layer_keeps_it_french_not():
    assert holds(REGISTERED["B"]._replace(keeps_unpunctuated_lines=True))["keeps_unpunctuated_lines"] is True
    assert holds(REGISTERED["B"])["keeps_unpunctuated_lines"] is False
    layers = load_layers()["languages"]
    assert layers["en"]["keeps_unpunctuated_lines"] is True and SHIPPED_VARIANTS["en"].keeps_unpunctuated_lines
    assert layers["fr"]["keeps_unpunctuated_lines"] is False and not SHIPPED_VARIANTS["fr"].keeps_unpunctuated_lines


# A headline-like line the rules score 0.34 and the shipped English layer would lift over the threshold.
HEADLINE = "Firefighters say the blaze on the moor near Bolton was started deliberately on Sunday night"
PAGE = (
    f"The council spent 4 million pounds on the new bridge last year.\n\n{HEADLINE}\n\n"
    "The road reopened on Monday after six weeks of works.\n"
)


def _english_claims(monkeypatch, keeps_unpunctuated_lines: bool) -> list[str]:
    layers = load_layers()
    english = layers["languages"]["en"] | {"keeps_unpunctuated_lines": keeps_unpunctuated_lines}
    shipped = layers | {"languages": layers["languages"] | {"en": english}}
    monkeypatch.setattr(decision, "load_layers", lambda: shipped)
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        return [claim.text for claim in extract(PAGE, language="en").claims]


def test_with_the_english_layer_on_a_line_with_no_final_punctuation_is_not_lifted(monkeypatch):
    assert HEADLINE in _english_claims(monkeypatch, keeps_unpunctuated_lines=False)  # the layer alone lifts it
    assert HEADLINE not in _english_claims(monkeypatch, keeps_unpunctuated_lines=True)
    assert HEADLINE not in [claim.text for claim in extract(PAGE, language="en").claims]  # nor do the rules


def test_the_first_person_hold_measured_beside_it_never_lifts_a_sentence_in_the_first_person():
    first_person = PUNCTUATED | {"cue:first_plural": 1.0}
    assert in_the_first_person(first_person) and in_the_first_person(PUNCTUATED | {"cue:first_singular": 1.0})
    assert not in_the_first_person(PUNCTUATED)
    assert never_lifting_the_first_person(LIFTING, 0.3, first_person) == 0.3
    assert never_lifting_the_first_person(LIFTING, 0.3, PUNCTUATED) == 1.0


def _run_layer_constraints(monkeypatch, *arguments: str) -> list[str]:
    return [name for name, _given in comparisons_run(monkeypatch, *arguments)]


def test_layer_constraints_tries_the_holds_only_when_asked(monkeypatch):
    assert _run_layer_constraints(monkeypatch, "--holds") == ["compare_holds"]
    assert _run_layer_constraints(monkeypatch, "--language", "en") == ["compare"]


@pytest.mark.parametrize(
    ("arguments", "refusal"),
    [
        (["--holds", "--language", "fr"], "--holds tries the English layer"),
        (["--lifts-only-attributed"], "--lifts-only-attributed goes with --bands"),
        (["--holds", "--lifts-only-attributed"], "--lifts-only-attributed goes with --bands"),
        (["--holds", "--bands"], "not allowed with argument"),
    ],
)
def test_layer_constraints_refuses_options_that_do_not_go_together(monkeypatch, capsys, arguments, refusal):
    with pytest.raises(SystemExit) as exit_:
        _run_layer_constraints(monkeypatch, *arguments)
    assert exit_.value.code == 2
    assert refusal in capsys.readouterr().err
