"""Furniture that cleaning recognises by its shape before anything is scored (#16, session 11, furniture12): a
picture's alt text above its credited caption, a short question alone on its line, credit labels closing a caption, an
agency dateline behind a byline or a time stamp, a prompt to watch. Lines written for the test."""

import pytest

from claims.extraction.cleaning import clean, clutter_reason
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    ("alt_text", "caption"),
    [
        ("Firefighters outside the old mill.", "Firefighters outside the old mill. - Credit: JANE DOE"),
        ("The harbour at dawn.", "The harbour at dawn. Photo: Supplied"),
        ("Marie Dupont.", "• Marie Dupont. AFP - JEAN MARTIN"),
    ],
)
def test_an_alt_text_repeated_by_the_credited_caption_below_goes(alt_text, caption):
    for between in ("", "\n"):
        sentences = scored_sentences(TITLE + alt_text + "\n" + between + caption + "\n" + CLAIM_EN + "\n")
        assert alt_text not in sentences
        assert CLAIM_EN in sentences


def test_a_paragraph_repeated_with_more_sentences_after_it_stays():
    text = TITLE + CLAIM_EN + "\n" + CLAIM_EN + " The council approved it on Monday.\n"
    assert CLAIM_EN in scored_sentences(text)
    assert clean(text).dropped == []


@pytest.mark.parametrize(
    "question",
    [
        "Could the northern region really secede?",
        "Got a season ticket?",
        "Déjà abonné ?",
        "Qui voyez-vous gagner la finale ce soir ?",
    ],
)
def test_a_short_question_alone_on_its_line_is_a_heading(question):
    text = TITLE + CLAIM_EN + "\n" + question + "\n" + CLAIM_FR + "\n"
    assert ("heading", question) in clean(text).dropped
    assert question not in scored_sentences(text)


@pytest.mark.parametrize(
    "line",
    [
        "JOURNALIST: Are the figures now at a fifteen-year high?",
        "Q: Combien de logements ont été livrés ?",
        "How many revolutions of spin can you have, and how long can the minister keep saying so in every interview?",
        "Les chiffres sont bons. Mais jusqu'à quand ?",
    ],
)
def test_a_labelled_turn_a_long_question_or_a_question_after_a_sentence_stays(line):
    assert not any(kept == line for _, kept in clean(TITLE + CLAIM_EN + "\n" + line + "\n").dropped)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Doe:\n\nAnd what is driving it?\n\nMinister:\n\nThe figures rose by 3 percent.\n",
        "Le journaliste :\nCombien de logements ont été livrés ?\n",
        "« Pourquoi attendre ?\nNous avons livré 3 000 logements.\nEt nous continuerons », a dit la maire.\n",
    ],
)
def test_a_question_that_is_a_turn_of_a_dialogue_or_opens_a_quotation_stays(text):
    question = next(line for line in text.splitlines() if line.endswith("?"))
    assert not any(kept == question for _, kept in clean(TITLE + text).dropped)


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
