"""Speakers round #16, session 15, fixes15: four defects in what session 15 landed. A sentence opening "The RCMP said"
shows the shared short name; a news report quoting a communiqué is no release; "Co" after a person's name alone is a
surname, no company; the honours a statement's signature opens with are the titles table's. Sentences written for
these tests."""

import re

import pytest

from claims.extraction import statement_signatures, titles
from claims.extraction.names import is_person
from claims.extraction.release_bodies import release_body_speakers
from claims.extraction.shared_endings import as_written_where_shared
from tests.extraction.test_linear_time import assert_linear

_SHARED_PAGE = (
    "Arrests near Lakeview\n\n"
    "Northfield RCMP arrested two people on Monday. Westbay RCMP found a stolen car. {sentence}"
)


@pytest.mark.parametrize(
    ("sentence", "shown"),
    [
        ("The RCMP said both were charged with theft.", "the RCMP"),
        ("Officers said the RCMP charged both with theft.", "the RCMP"),
        ("RCMP officers said both were charged with theft.", "RCMP"),
    ],
)
def test_a_sentence_opening_with_the_shared_short_name_shows_it(sentence, shown):
    page = _SHARED_PAGE.format(sentence=sentence)
    assert as_written_where_shared([sentence], ["Northfield RCMP"], page) == [shown]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lakeview RCMP said both were charged with theft.",  # a place before the name: that body
        "The Lakeview RCMP said both were charged with theft.",
    ],
)
def test_a_place_before_the_short_name_still_names_that_body(sentence):
    page = _SHARED_PAGE.format(sentence=sentence)
    assert as_written_where_shared([sentence], ["Northfield RCMP"], page) == ["Northfield RCMP"]


def test_the_short_name_opening_a_sentence_is_kept_whole_where_one_body_ends_with_it():
    page = "Arrests near Lakeview\n\nNorthfield RCMP arrested two people. The RCMP said both were charged."
    assert as_written_where_shared(["The RCMP said both were charged."], ["Northfield RCMP"], page) == [
        "Northfield RCMP"
    ]


@pytest.mark.parametrize(
    ("page", "sentence"),
    [
        (
            "Crues : 2 millions pour les communes\n\n"
            "Dans un communiqué publié lundi, le Conseil fédéral a promis 2 millions aux communes.\n\n"
            "Le Conseil fédéral a versé 2 millions de francs en mai.",
            "Le Conseil fédéral a versé 2 millions de francs en mai.",
        ),
        (
            "Un communiqué du Conseil fédéral annonce 2 millions\n\n"
            "Le Conseil fédéral a versé 2 millions de francs en mai.",
            "Le Conseil fédéral a versé 2 millions de francs en mai.",
        ),
        (
            "Parks stay open\n\n"
            "In a press release on Monday, the Government of Northland said parks would stay open.\n\n"
            "Government is keeping parks open.",
            "Government is keeping parks open.",
        ),
    ],
)
def test_a_news_report_quoting_a_communique_is_no_release(page, sentence):
    assert release_body_speakers([sentence], page, [""]) == [""]


@pytest.mark.parametrize(
    ("page", "sentence", "body"),
    [
        (
            "Communiqué\n\nLe Conseil fédéral promet 2 millions\n\nLe Conseil fédéral a versé 2 millions en mai.",
            "Le Conseil fédéral a versé 2 millions en mai.",
            "le Conseil fédéral",
        ),
        (
            "Communiqué de presse\n\nLe Conseil fédéral promet 2 millions\n\nLe Conseil fédéral a versé 2 millions.",
            "Le Conseil fédéral a versé 2 millions.",
            "le Conseil fédéral",
        ),
        (
            "Press releases from the Government of Northland\n\nGovernment is keeping parks open.",
            "Government is keeping parks open.",
            "Government of Northland",
        ),
        (
            "Northland Government Media Releases\n\nParks stay open\n\nNorthland Government is keeping parks open.",
            "Northland Government is keeping parks open.",
            "Northland Government",
        ),
    ],
)
def test_a_release_marker_on_its_own_line_or_naming_its_issuer_still_makes_a_release(page, sentence, body):
    assert release_body_speakers([sentence], page, [""]) == [body]


@pytest.mark.parametrize("name", ["Jane Co", "Marco Co"])
def test_co_after_a_persons_name_alone_is_a_surname(name):
    assert is_person(name)


@pytest.mark.parametrize(
    "name", ["Pacific Harbour Management Co", "Northland State Railway Group Co", "Kestrel Co Ltd", "Acme Holdings Bhd"]
)
def test_co_after_a_companys_words_is_its_legal_form(name):
    assert not is_person(name)


def test_a_statement_signature_opens_with_the_honours_the_titles_table_shortens():
    honours = set(re.findall(r"[a-z]+", statement_signatures._HONOURS))
    assert honours >= titles.ABBREVIATED_HONOURS
    assert titles.is_abbreviated_title("Hon.") and titles.is_abbreviated_title("Mrs.")
    lines = ["Media Statement", "Hon Dr Jane Doe", "Minister of Defence"]
    assert statement_signatures.signed_statement_speaker(lines, []) == ("Jane Doe", 1)


@pytest.mark.parametrize(
    ("run", "make"),
    [
        (
            lambda text: as_written_where_shared([text], ["Northfield RCMP"], text),
            lambda size: "The RCMP " * (size // 9),
        ),
        (lambda text: release_body_speakers([text], text, [""]), lambda size: "Dans un communiqué " * (size // 19)),
        (lambda text: release_body_speakers([text], text, [""]), lambda size: "Northland " * (size // 10)),
        (lambda text: is_person(text), lambda size: "Jane " * (size // 5) + "Co"),
        (lambda text: is_person(text), lambda size: "a" * size),
    ],
)
def test_the_fixes_read_long_lines_in_time_in_proportion(run, make):
    assert_linear(run, make, 10_000)


@pytest.mark.parametrize("text", ["", "12 345 … ---", "\n\n\n"])
def test_the_fixes_read_empty_text_and_text_without_letters(text):
    assert as_written_where_shared([text], ["Northfield RCMP"], text) == ["Northfield RCMP"]
    assert release_body_speakers([text], text, [""]) == [""]
    assert is_person(text) in (True, False)
