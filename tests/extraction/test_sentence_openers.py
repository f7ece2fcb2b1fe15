"""Speakers named at the head of their own sentence that the extractor missed (#16, openers17): French reporting
locutions. Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Jean Dupont a fait état d’une production record de 2 millions de tonnes.", "Jean Dupont"),
        ("La préfecture faisait état de 12 blessés dans la nuit de samedi.", "la préfecture"),
        ("La ministre Claire Roux avait également fait état de 300 postes supprimés.", "Claire Roux"),
        ("Un porte-parole de la mairie, Luc Perrin, a fait état d’au moins 40 plaintes.", "Luc Perrin"),
    ],
)
def test_faire_etat_de_reports_what_its_subject_says(sentence, speaker):
    assert speakers_of([sentence], language="fr") == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "La police en a fait état lundi sans donner de chiffre.",  # no complement: nothing reported here
        "Anne Morel s’inquiète de l’état de la route, qui a coûté 3 millions.",  # the noun, not the locution
    ],
)
def test_etat_without_what_is_reported_reports_nothing(sentence):
    assert speakers_of([sentence], language="fr") == [""]


def _repeated_locutions(size: int) -> str:
    return ("La mairie a fait état " * (size // 22 + 1))[:size] + "d’une hausse."


def test_many_locutions_without_their_complement_cost_time_in_proportion_to_their_number():
    assert_linear(lambda text: speakers_of([text], language="fr"), _repeated_locutions, 20_000)
