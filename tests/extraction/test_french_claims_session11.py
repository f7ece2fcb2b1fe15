"""Session 11 (#16, French claims): approximate numerals (« une trentaine ») and comparatives of number (« moins
nombreux ») count as figures, so that a present state stated with them is a claim; a sentence in the future whose
figure is what is planned or foreseen is held back. Sentences here are written for these tests and are in no held-out
file; each test of a sentence held back first asserts that the model alone would take it, so that the test can fail."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens
from claims.extraction.model import score

THRESHOLD = 0.5


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


@pytest.mark.parametrize(
    "sentence",
    [
        "La rocade nord de Bordeaux sera fermée de 22 heures à 5 heures dans les deux sens.",
        "Les lycées de l'académie accueilleront environ 12 000 élèves de plus à la rentrée.",
        "Les recettes de la taxe de séjour vont augmenter de 15 % grâce aux nouveaux hôtels du littoral.",
        "Avec ce plan, le taux de chômage passera de 9 % à 6 % dans la région.",
    ],
)
def test_a_figure_in_the_future_is_held_back_as_a_plan_or_forecast(sentence):
    assert score(sentence, "fr")[0] >= THRESHOLD  # the model alone would take it
    assert extracted_claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le chantier a coûté 4 millions d'euros et la piscine sera rouverte au public en septembre.",
        "La direction régionale a annoncé que 14 guichets de la gare seront supprimés en mars.",
    ],
)
def test_a_figure_in_the_future_beside_a_past_event_or_a_source_stays_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]
