"""Turns round #16, session 15: a speaker's name alone on its line, without a colon, gives the floor to that person
until the next name line or a line of other text, on a page that is a transcript (two spoken turns, or a page calling
itself one). Pages and sentences written for these tests."""

import pytest

from claims.extraction import extract
from claims.extraction.layout import sentence_gaps
from claims.extraction.name_lines import name_line_speakers
from tests.extraction.read_speakers import speakers_by_sentence
from tests.extraction.test_linear_time import assert_linear

_TRANSCRIPT_EN = (
    "TRANSCRIPT: HOSPITAL FUNDING ANNOUNCEMENT, 3 March 2022\n"
    "E&OE\n"
    "JANE DOE\n"
    "Thanks for coming along this morning. We have put $12 million into the new wing of the hospital. "
    "The hospital treated 41,000 patients last year.\n"
    "I also want to say that the waiting list fell by 900 people in the last twelve months.\n"
)


def test_a_name_in_capitals_alone_on_its_line_gives_a_transcript_its_speaker():
    speakers = speakers_by_sentence(_TRANSCRIPT_EN)
    assert speakers["The hospital treated 41,000 patients last year."].lower() == "jane doe"
    # the turn runs on over the next paragraph
    following = "I also want to say that the waiting list fell by 900 people in the last twelve months."
    assert speakers[following].lower() == "jane doe"


_COUNCIL_FR = (
    "Conseil municipal de Villeneuve : le budget en débat\n"
    "Lundi soir, le conseil municipal a examiné le budget de la commune.\n"
    "Intervention de Paul Martin\n"
    "Paul Martin\n"
    "Je reviens sur la dette de la commune. Elle a augmenté de 2 millions d’euros depuis 2019.\n"
    "Marie Dupont\n"
    "Nous avons réduit les dépenses de fonctionnement. La commune a investi 800 000 euros dans les écoles en 2023.\n"
)


def test_french_name_lines_of_a_council_report_give_each_turn_its_speaker():
    speakers = speakers_by_sentence(_COUNCIL_FR)
    assert speakers["Elle a augmenté de 2 millions d’euros depuis 2019."] == "Paul Martin"
    assert speakers["La commune a investi 800 000 euros dans les écoles en 2023."] == "Marie Dupont"
    assert speakers["Lundi soir, le conseil municipal a examiné le budget de la commune."] == ""


_COUNCIL_EN = (
    "Council meeting: budget debate\n"
    "Councillors met on Monday to discuss the budget.\n"
    "John Roe\n"
    "I want to raise the matter of the debt. It rose by £2 million since 2019.\n"
    "Questions from the public gallery\n"
    "The council spent £800,000 on schools in 2023, the report showed.\n"
    "Mary Major\n"
    "We have cut running costs. The library served 12,000 readers last year.\n"
)


def test_a_turn_ends_at_a_line_of_other_text():
    speakers = speakers_by_sentence(_COUNCIL_EN)
    assert speakers["It rose by £2 million since 2019."] == "John Roe"
    assert speakers["The council spent £800,000 on schools in 2023, the report showed."] == ""
    assert speakers["The library served 12,000 readers last year."] == "Mary Major"


@pytest.mark.parametrize(
    "page",
    [
        # a byline above the reporter's prose: nothing in the first person
        "Flood defences completed\nJohn Smith\nThe council completed the flood defences in May. "
        "They cost £4 million.\nJane Doe\nThe river rose by two metres in 2020.\n",
        # one name line, spoken, on a page that does not call itself a transcript: a byline above a first-person column
        "Why our town needs a new library\nJohn Smith\nI have lived here for 30 years. The library closed in 2015.\n",
        # a heading in capitals is no name
        "REVUE DE PRESSE\nNous avons reçu 300 lettres en 2023.\nTOP NEWS\nWe counted 40 floods in 2022.\n",
        "Le budget communal\nJean Dupont\nLa commune a dépensé 3 millions d’euros en 2022.\n"
        "Marie Durand\nLe déficit a atteint 400 000 euros en 2021.\n",
    ],
)
def test_a_name_line_above_no_transcript_gives_no_speaker(page):
    result = extract(page, threshold=0.0)
    assert all(sentence.speaker == "" for sentence in result.claims + result.candidates)


def _name_lines_page(size: int) -> tuple[list[str], list[str], str]:
    turn = "Jane Doe\nWe built 40 homes in 2020. "
    page = "Transcript\n" + turn * (size // len(turn))
    sentences = ["We built 40 homes in 2020."] * (size // len(turn))
    return sentences, sentence_gaps(sentences, page), page


def _one_long_line(size: int) -> tuple[list[str], list[str], str]:
    line = "Jane " * (size // 5)  # a name line's own parts, repeated: refused after its fourth word
    return ["We built homes."], [f"\n{line}\n"], f"\n{line}\nWe built homes."


@pytest.mark.parametrize("make", [_name_lines_page, _one_long_line])
def test_name_lines_are_read_in_linear_time(make):
    assert_linear(lambda made: name_line_speakers(*made), make, 10_000)


@pytest.mark.parametrize("page", ["", "\n\n\n", "1234 5678\n---\n%%%%\n"])
def test_name_lines_of_empty_or_letterless_pages(page):
    sentences = [line for line in page.split("\n") if line.strip()]
    assert name_line_speakers(sentences, sentence_gaps(sentences, page), page) == [""] * len(sentences)
