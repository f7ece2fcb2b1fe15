"""Acronyms a page spells out, for speakers (#16); sentences written for these tests."""

import pytest

from claims.extraction.acronyms import acronyms_defined, whole_name
from claims.extraction.speakers import speakers_of


def test_a_speaker_named_by_an_acronym_the_page_spelled_out_gets_the_whole_name():
    sentences = [
        "Le dossier a été confié au Bureau d'enquêtes sur les accidents (BEA) mardi.",
        "Le BEA avait alors conclu que le moteur avait pris feu en vol.",
    ]
    assert speakers_of(sentences, " ".join(sentences)) == ["", "le Bureau d'enquêtes sur les accidents"]


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        (
            "the Organisation for Economic Co-operation and Development (OECD) said",
            "oecd",
            "Organisation for Economic Co-operation and Development",
        ),
        ("selon la Confédération générale du travail (CGT), 200", "cgt", "Confédération générale du travail"),
        # The first letter starts a capitalised word, past a lower-case one with the same initial.
        ("confié au Bureau bilatéral d'études (BE) lundi", "be", "Bureau bilatéral d'études"),
    ],
)
def test_an_acronym_in_parentheses_stands_for_the_name_before_it(text, acronym, name):
    assert acronyms_defined(text)[acronym] == name


@pytest.mark.parametrize(
    "text",
    [
        "il vit en France (FR) depuis",  # one word: not a name spelled out
        "des mesures prises sans concertation (SC)",  # no capitalised word starts it
    ],
)
def test_parentheses_that_spell_out_no_name_define_nothing(text):
    assert acronyms_defined(text) == {}


def test_an_acronym_never_spelled_out_stays_and_so_does_a_longer_name_holding_it():
    defined = {"ons": "Office for National Statistics"}
    assert whole_name("the ONS", defined) == "the Office for National Statistics"
    assert whole_name("la BCE", defined) == "la BCE"
    assert whole_name("the head of the ONS", defined) == "the head of the ONS"


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        ("Les élus d'İİİİ Service Bleu (SB)", "sb", "Service Bleu"),  # "İ" lowers to two characters
        ("İ İ İ İ İ İ İ İ Sx (SX)", "sx", None),  # which once raised IndexError
    ],
)
def test_a_letter_that_lowers_to_two_characters_does_not_shift_the_name_spelled_out(text, acronym, name):
    assert acronyms_defined(text).get(acronym) == name
