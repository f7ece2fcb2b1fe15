"""Furniture that cleaning recognises by its shape before anything is scored (#16, session 11, furniture12): credit
labels closing a caption, an agency dateline behind a byline or a time stamp, a prompt to watch. Lines written for the
test."""

import pytest

from claims.extraction.cleaning import clutter_reason
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    "caption",
    [
        "Jane Doe outside the court. PIC: County Police.",
        "Le chercheur a dirigé l'étude. DR",
    ],
)
def test_a_credit_label_closing_a_caption_is_furniture(caption):
    assert clutter_reason(caption)


@pytest.mark.parametrize(
    "line",
    [
        "Le pic : 3 000 cas le 12 mars, selon l'agence régionale de santé.",
        "Le pic: 3 000 cas le 12 mars",
        "The report cites Dr Jane Doe, the health board's medical director, and DR Congo officials.",
    ],
)
def test_the_same_words_in_prose_are_not_furniture(line):
    assert not clutter_reason(line)


@pytest.mark.parametrize(
    ("opening", "claim"),
    [
        ("by Jane Doe NAIROBI Kenya (Xinhua) -- ", CLAIM_EN),
        ("[12/03/2021 08:40:58] DAKAR (AFP) ", CLAIM_FR),
        ("DAKAR (AFP) ", CLAIM_FR),
    ],
)
def test_an_agency_dateline_behind_a_byline_or_a_time_stamp_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + opening + claim + "\n")


def test_a_sentence_opening_with_by_and_a_name_stays_whole():
    sentence = "By March the council (ANC) had spent 12 million rand on the new clinics, the auditor said."
    assert sentence in scored_sentences(TITLE + sentence + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Watch our interview now.",
        "To watch the briefing in full, please click on the red button.",
    ],
)
def test_a_prompt_to_watch_is_furniture(line):
    assert clutter_reason(line)


@pytest.mark.parametrize(
    "line",
    [
        "Watchdogs found 12 breaches in 2023.",
        "Watch sales rose 4 percent last year, the federation said.",
    ],
)
def test_a_sentence_on_watches_stays(line):
    assert not clutter_reason(line)
