"""French speakers (#16, session 20, speakers20fr): what « selon » cites speaks for whoever gave it out, when the words
after « selon » run unbroken to a participle of giving and its agent (« selon le bilan fourni par le préfet … », « selon
les premiers éléments de l'enquête transmis par la police … »): the agent is the source, a person named after their
title as a body named by its kind. Sentences written for these tests, in no held-out page."""

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
