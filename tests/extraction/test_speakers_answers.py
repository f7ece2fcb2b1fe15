"""An exchange's answer introduced by its owner and a colon (#16, speakers8): "X's reply was: “…”", "Réponse de X :
« … »". Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def test_an_owned_reply_before_a_colon_is_the_owners_quotation_throughout():
    sentences = [
        "Transport minister Jane Holt was asked about bus fares in the Senate.",
        "Holt’s written reply was: “Fares rose by 4% last year.",
        "Ridership fell by 2% over the same period.”",
    ]
    assert speakers_of(sentences, language="en")[1:] == ["Jane Holt", "Jane Holt"]


def test_a_french_reponse_de_before_a_colon_is_the_owners_quotation_throughout():
    sentences = [
        "L’opposition accuse le maire d’avoir caché le déficit.",
        "Réponse de Paul Girard : « Le déficit a baissé de 3 % en 2023.",
        "Les comptes ont été certifiés en mars. »",
    ]
    assert speakers_of(sentences, language="fr")[1:] == ["Paul Girard", "Paul Girard"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The committee’s reply came in March, with figures for 2023.", "en"),  # no colon and quotation
        ("Réponse attendue : « Le déficit a baissé de 3 % ».", "fr"),  # no one's answer
    ],
)
def test_an_answer_without_owner_or_quotation_names_no_one(sentence, language):
    assert speakers_of([sentence], language=language) == [""]


def test_the_page_names_the_person_after_a_noun_and_de_not_the_noun():
    text = "Réponse de Paul Girard : « Non ». Charles de Gaulle a parlé. Jean de La Fontaine écrit."
    assert names_on(text).people == ["Paul Girard", "Charles de Gaulle", "Jean de La Fontaine"]
