"""Furniture glued to or standing between claims (#16, session 8, furniture9): datelines with a date or an outlet in
any paragraph, a live blog's times standing alone, a content manager's template tags, photo credits under another
word, and one-token lines; lines written for the test."""

import pytest

from claims.extraction.cleaning import clutter_reason
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences

FIRST = "The council met on Monday to discuss the budget, its spokesman said.\n"


@pytest.mark.parametrize(
    ("opening", "claim"),
    [
        ("June 2 – ", CLAIM_EN),
        ("Lyon, mardi 3 octobre 2023- ", CLAIM_FR),
        ("NAIROBI, Dec. 4 (KNA) – ", CLAIM_EN),
        ("Accra (Greater Accra) [Ghana], June 2 (GNA): ", CLAIM_EN),
        ("Le Port, 12 mai 2022 : ", CLAIM_FR),
    ],
)
def test_a_dateline_with_a_date_is_cut_in_any_paragraph(opening, claim):
    assert claim in scored_sentences(TITLE + FIRST + opening + claim + "\n")


@pytest.mark.parametrize(
    ("opening", "claim"),
    [
        ("NAKURU, Kenya (KTN) - ", CLAIM_EN),
        ("SAINT-LOUIS, Sénégal (Le Soleil, 3 mars 2024) – ", CLAIM_FR),
        ("OTTAWA–", CLAIM_EN),
    ],
)
def test_a_dateline_in_capitals_with_its_outlet_or_an_unspaced_dash_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + FIRST + opening + claim + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Port-Louis a été frappée par un cyclone le 3 mars 2024, selon la préfecture.",
        "Nairobi, the capital, recorded 40 mm of rain on June 2, the weather office said.",
        "Lyon, le 3 octobre 2023, a accueilli 200 000 visiteurs, selon la mairie.",
    ],
)
def test_a_sentence_whose_subject_is_a_place_stays_whole(sentence):
    assert sentence in scored_sentences(TITLE + FIRST + sentence + "\n")


@pytest.mark.parametrize(
    "stamp", ["17h05.", "9 h 30", "Mise à jour à 18h12.", "Dernière mise à jour : 7h02", "Updated at 4:20 p.m. ET"]
)
def test_a_time_alone_or_an_update_time_is_furniture(stamp):
    assert clutter_reason(stamp) == "time_stamp"


def test_a_live_blog_time_alone_before_its_entry_goes_and_the_entry_stays():
    texts = scored_sentences(TITLE + FIRST + "17h05. " + CLAIM_FR + "\n")
    assert CLAIM_FR in texts
    assert not any("17h05" in text for text in texts)


@pytest.mark.parametrize(
    "sentence", ["À 17h05, le préfet a annoncé la fermeture de 12 écoles.", "At 9:30 the vote began."]
)
def test_a_sentence_beginning_with_a_time_is_not_a_time_alone(sentence):
    assert clutter_reason(sentence) == ""


def test_a_template_tag_glued_to_a_paragraph_is_cut_and_alone_is_dropped():
    texts = scored_sentences(TITLE + FIRST + "{loadposition ads_top}" + CLAIM_FR + "\n{module Publicité 3}\n")
    assert CLAIM_FR in texts
    assert not any("{" in text for text in texts)


@pytest.mark.parametrize(
    "caption",
    [
        "Flooded fields near the river on Sunday, where 300 homes lost power (Picture: Jane Doe/PA)",
        "Firefighters at the scene of the blaze that destroyed 12 homes (Image: Getty)",
    ],
)
def test_a_caption_ending_in_a_picture_credit_is_dropped(caption):
    assert clutter_reason(caption) == "caption"


@pytest.mark.parametrize(
    "token", ["/https%3A%2F%2Fexample.org%2Fimages%2Fflood.jpg)", "article-body-wrapper.main-column"]
)
def test_a_line_of_one_long_token_is_dropped(token):
    assert clutter_reason(token) == "site_notice"


def test_a_sentence_holding_a_long_link_is_kept():
    sentence = "The full report, at https://example.org/reports/2024/council-budget-review.pdf, shows a 4 percent rise."
    assert clutter_reason(sentence) == ""
