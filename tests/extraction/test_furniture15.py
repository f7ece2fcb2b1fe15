"""Furniture among claims, pass furniture15 (#16, session 13): a live blog's entry time in English clock writing
("3.22 pm: ", "11 a.m. – ") glued to the entry it stamps, cut as the French "18h49 : " and "14:05 - " already were;
a line said again around a short label (a caption and its alt text around the picture's credit). Lines written for
the test, in the shapes the tune pages show."""

import pytest

from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences

FIRST = "The council met on Monday to discuss the budget, its spokesman said.\n"


@pytest.mark.parametrize("stamp", ["3.22 pm: ", "2 pm: ", "11 a.m. – ", "10:45AM - ", "4:05 p.m.: "])
def test_an_english_entry_time_before_a_live_blog_entry_is_cut(stamp):
    sentences = scored_sentences(TITLE + FIRST + stamp + CLAIM_EN + "\n")
    assert CLAIM_EN in sentences
    assert not any(stamp.strip(" :–-") in sentence for sentence in sentences)


@pytest.mark.parametrize(
    "line",
    [
        "3 pm is when the polls close in the district, the electoral office said.",
        "2.5 million people voted in 2024, up 4 percent on 2019, the electoral office said.",
    ],
)
def test_a_sentence_opening_on_a_time_or_a_figure_stays_whole(line):
    assert line in scored_sentences(TITLE + FIRST + line + "\n")


@pytest.mark.parametrize(
    ("repeated", "between"),
    [
        ("Firefighters at the warehouse in Leeds on March 3, 2024.", "Jane Doe for The Courier"),
        ("Les pompiers devant l'entrepôt de Rennes, le 3 mars 2024.", "Jean Dupont pour Le Journal"),
        ("Council approves a new bus lane on the ring road", "Transport"),
    ],
)
def test_a_line_said_again_around_a_short_label_is_furniture(repeated, between):
    text = TITLE + CLAIM_EN + "\n\n" + repeated + "\n\n" + between + "\n\n" + repeated + "\n\n" + CLAIM_FR + "\n"
    sentences = scored_sentences(text)
    assert not any(repeated.rstrip(".") in sentence for sentence in sentences)
    assert CLAIM_EN in sentences and CLAIM_FR in sentences


def test_a_statement_said_again_around_a_sentence_stays():
    repeated = "“The road is closed in both directions,” a police spokesperson said."
    between = "Drivers were told to avoid the area."
    text = TITLE + repeated + "\n\n" + between + "\n\n" + repeated + "\n\n" + CLAIM_EN + "\n"
    assert repeated in scored_sentences(text)
