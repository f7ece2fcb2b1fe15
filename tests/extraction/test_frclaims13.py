"""Session 13 (#16, French claims): shapes of French news writing that state a fact the French gate (states_no_fact)
did not see. Sentences here are written for these tests and are in no held-out file."""

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
        "Plusieurs commerces du centre-ville sont restés fermés.",
        "Les sauveteurs ont retrouvé plusieurs randonneurs près du refuge.",
    ],
)
def test_plusieurs_is_a_count(sentence):
    assert "number_word" in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans la vallée, plusieurs villages étaient encore privés de courant mardi soir.",
        "En Bretagne, plusieurs élus municipaux sont poursuivis pour favoritisme.",
    ],
)
def test_a_state_counted_with_plusieurs_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]
