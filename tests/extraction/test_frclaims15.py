"""Session 14 (#16, French claims): shapes of French news writing that state a fact the French gate (states_no_fact)
did not see. Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens


def cues_of(sentence: str, language: str = "fr") -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), language)


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="fr").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le déficit de la commune est inférieur à celui de l'an dernier.",
        "Les ventes sont restées supérieures aux prévisions du groupe.",
        "Le prix payé aux éleveurs reste inférieur au coût de production.",
        "Le niveau du lac est passé en dessous de la cote d'alerte.",
    ],
)
def test_french_comparisons_above_and_below_are_cues(sentence):
    assert "comparison" in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le taux de pauvreté dans le département est inférieur à la moyenne régionale.",
        "Le chiffre d'affaires du trimestre est supérieur aux attentes des analystes.",
    ],
)
def test_a_state_compared_above_or_below_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Conseil supérieur de l'audiovisuel a rendu son avis.",
        "Les étudiants de l'enseignement supérieur manifestent.",
        "Un hélicoptère tournait au-dessus de la ville.",
    ],
)
def test_a_rank_or_a_place_above_is_no_comparison(sentence):
    assert "comparison" not in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "L'hôpital régional enregistre une hausse importante des admissions.",
        "Le trafic sur la ligne est en baisse importante depuis la rentrée.",
        "Les douaniers ont découvert une importante quantité de cigarettes.",
    ],
)
def test_important_beside_a_change_or_an_amount_is_no_opinion(sentence):
    assert "opinion" not in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Il est important de rester prudent sur la route.", "Ce débat est important pour la commune."],
)
def test_important_as_a_judgement_stays_an_opinion(sentence):
    assert "opinion" in cues_of(sentence)


def test_a_change_graded_important_is_a_claim():
    sentence = "Le centre hospitalier enregistre, lui aussi, une hausse importante de patients."
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "La collision s'est produite dans le sens Paris-Lyon.",
        "Le taux de chômage au sens large atteint 7 %.",
        "La route est coupée dans les deux sens.",
    ],
)
def test_sens_as_a_noun_is_no_opinion(sentence):
    assert "opinion" not in cues_of(sentence)


@pytest.mark.parametrize("sentence", ["Je sens que la population est inquiète.", "Je me sens trahi par ce vote."])
def test_sens_as_a_feeling_stays_an_opinion(sentence):
    assert "opinion" in cues_of(sentence)


def test_an_event_with_its_direction_is_a_claim():
    sentence = "La collision est survenue à la sortie de Vienne, dans le sens Lyon-Marseille."
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Un passant a été tué samedi soir dans le quartier.",
        "L'explosion a tué un ouvrier de l'usine.",
        "Le ministre a été hué à son arrivée au salon.",
    ],
)
def test_a_short_participle_in_e_is_a_past_event(sentence):
    assert "past_event" in cues_of(sentence)


def test_a_person_killed_is_a_claim():
    sentence = "Un passant a été tué samedi soir dans le quartier de la gare."
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cette règle découle de l'accord signé l'an dernier par les communes.",
        "Le chantier a pris du retard l'année dernière.",
        "Les ventes ont reculé le mois dernier.",
        "La piscine était fermée la semaine dernière.",
    ],
)
def test_last_year_or_last_week_in_french_is_a_time_reference(sentence):
    assert "temporal" in cues_of(sentence)


def test_a_state_dated_last_year_is_a_claim():
    sentence = "Cette décision découle de la convention régionale conclue l'an dernier avec le syndicat des déchets."
    assert extracted_claims(sentence) == [sentence]


def test_the_last_item_is_no_time_reference():
    assert "temporal" not in cues_of("Le dernier train part de la gare centrale.")
