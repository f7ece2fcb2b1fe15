"""French speakers (#16, session 20, speakers20fr): what « selon » cites speaks for whoever gave it out, when the words
after « selon » run unbroken to a participle of giving and its agent (« selon le bilan fourni par le préfet … », « selon
les premiers éléments de l'enquête transmis par la police … »): the agent is the source, a person named after their
title as a body named by its kind; and people who speak as one (« les pompiers ») are the agent of a passive reporting
verb as they are a source after « selon ». Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        (
            "Deux randonneurs ont été blessés, selon le bilan fourni par le préfet de la Savoie Jean Dupont, venu sur "
            "place.",
            "Jean Dupont",
        ),
        (
            "Selon les premiers résultats de l’enquête transmis par la gendarmerie départementale, le conducteur "
            "roulait à 140 km/h.",
            "la gendarmerie départementale",
        ),
        (
            "D’après le relevé établi par la mairie, 312 logements sont vacants.",
            "la mairie",
        ),
        (
            "Selon les chiffres communiqués mardi par l’Observatoire régional de la santé, 40 cas ont été recensés.",
            "l’Observatoire régional de la santé",
        ),
    ],
)
def test_what_selon_cites_speaks_for_whoever_gave_it_out(sentence, source):
    assert speakers_of([sentence]) == [source]


def test_a_source_named_first_after_selon_is_kept():
    # the comma ends what « selon » cites: the bilan given out after it is no longer its source
    sentence = "Selon la préfecture, le bilan fourni par les secours fait état de trois blessés."
    assert speakers_of([sentence]) == ["la préfecture"]


def test_a_participle_without_its_agent_names_no_one():
    assert speakers_of(["Selon le bilan fourni mardi, trois personnes ont été blessées."]) == [""]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Dans le Var, aucune inondation n’a été signalée par les pompiers.", "les pompiers"),
        (
            "L’effondrement a été confirmé par les secouristes arrivés sur les lieux.",
            "les secouristes arrivés sur les lieux",
        ),
    ],
)
def test_people_speaking_as_one_are_the_agent_of_a_passive_reporting_verb(sentence, source):
    assert speakers_of([sentence]) == [source]


def test_the_agent_of_a_passive_that_reports_nothing_is_no_source():
    assert speakers_of(["Le pont a été construit par les ouvriers en 1920."]) == [""]
