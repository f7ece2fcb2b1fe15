"""Session 18 (#16, French claims by shape): a past event reported in the conditional with its source (« aurait +
participe passé », README session-8 clarifications) is a claim of that source, not a hedged estimate. Sentences here
are written for these tests and are in no held-out file."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens


def cues_of(sentence: str) -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), "fr")


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="fr").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon les pompiers, le conducteur aurait perdu le contrôle de sa camionnette dans la descente.",
        "D'après plusieurs témoins, le suspect aurait frappé le vigile avant de s'enfuir à pied.",
        "Une quarantaine de randonneurs seraient morts dans l'avalanche, selon la presse locale.",
        "Des messages diffusés en ligne affirment que la mairie aurait vendu le terrain à un promoteur.",
    ],
)
def test_a_sourced_conditional_past_is_a_claim(sentence):
    cues = cues_of(sentence)
    assert "past_event" in cues and "conditional" not in cues
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # an estimate or a projection, even sourced and with a figure (README: « l'emporterait avec 24 % »)
        "Selon un sondage interne, la liste sortante l'emporterait avec 41 % des voix.",
        # a state, not an event
        "D'après les premiers résultats, le maire sortant serait en tête dans la plupart des bureaux.",
        # a conditional past beside an estimate: not all of its conditionals are in the past
        "Selon la préfecture, le feu aurait parcouru dix hectares et pourrait encore s'étendre.",
        # a reported statement in the conditional names no event (a verb of saying is counted by its own cue)
        "Selon son entourage, le ministre aurait déclaré qu'il ne se représenterait pas.",
    ],
)
def test_a_sourced_conditional_estimate_or_state_stays_hedged(sentence):
    assert "conditional" in cues_of(sentence)


def test_a_conditional_past_without_a_source_stays_hedged():
    sentence = "Le conducteur aurait perdu le contrôle de sa camionnette dans la descente."
    assert "conditional" in cues_of(sentence)
    assert extracted_claims(sentence) == []
