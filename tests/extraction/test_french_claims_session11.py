"""Session 11 (#16, French claims): approximate numerals (« une trentaine ») and comparatives of number (« moins
nombreux ») count as figures, so that a present state stated with them is a claim. Sentences here are written for
these tests and are in no held-out file."""

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
        "Une quarantaine de familles ont dû quitter leur logement.",
        "La brigade a interpellé une dizaine de jeunes près de la gare.",
        "Une centaine de bénévoles étaient présents dans la salle des fêtes.",
    ],
)
def test_an_approximate_numeral_is_a_figure(sentence):
    assert "number_word" in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Une cinquantaine de maisons du hameau restent privées d'eau potable.",
        "Dans le Morbihan, les accidents de chasse sont moins nombreux cette saison.",
        "Sur le marché couvert, les exposants sont plus nombreuses que les acheteurs.",
    ],
)
def test_a_present_state_with_an_approximate_or_compared_number_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]
