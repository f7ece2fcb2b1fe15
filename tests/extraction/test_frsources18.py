"""French speakers (#16, session 18, frsources18): the people a sentence cites after « selon » as one collective are
found by the grammar of their noun phrase, not from a closed list: « les » and a plural noun of agents, with its
adjectives and the place its participle names, up to where the noun phrase stops; and « le même rapport », like « ce
rapport », points back to the document named before. Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Selon les agents dépêchés sur place, le camion s’est renversé dans le virage.",
            "les agents dépêchés sur place",
        ),
        ("Deux hommes ont été interpellés dans la nuit, selon les policiers.", "les policiers"),
        (
            "Selon les secouristes arrivés sur les lieux, deux blessés ont été évacués vers Sion.",
            "les secouristes arrivés sur les lieux",
        ),
        ("Selon les manifestants, 5 000 personnes ont défilé.", "les manifestants"),
    ],
)
def test_a_collective_of_agents_after_selon_is_the_source_as_written(sentence, source):
    assert speakers_of([sentence]) == [source]


@pytest.mark.parametrize(
    "sentence",
    [
        # « selon » meaning "depending on", after a verb of varying
        "Les tarifs varient de 10 % selon les vendeurs, mais la tendance est à la hausse.",
        # an ordinal before a noun that is no one
        "Selon les premiers éléments recueillis, le feu est parti de la cuisine.",
        # an anonymous source stays none
        "Selon les sources, le ministre a démissionné.",
        # what was said, not who said it
        "Selon les explications fournies, le chantier a pris du retard.",
    ],
)
def test_what_is_no_collective_of_people_gives_no_speaker(sentence):
    assert speakers_of([sentence]) == [""]


def test_the_same_report_speaks_for_the_body_that_issued_it():
    page = [
        "Les prix ont augmenté de 2 % en mars, indique un rapport de l’Office régional de la statistique publié lundi.",
        "La hausse des loyers, indique le même rapport, a atteint 4 % sur un an.",
    ]
    assert speakers_of(page)[1] == "l’Office régional de la statistique"


def test_the_same_study_after_selon_speaks_for_the_body_that_issued_it():
    page = [
        "Selon une étude du Conseil régional, 12 % des jeunes fument.",
        "Selon la même étude, 30 % des adultes ont arrêté depuis cinq ans.",
    ]
    assert speakers_of(page)[1] == "le Conseil régional"
