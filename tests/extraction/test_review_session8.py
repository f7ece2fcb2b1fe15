"""The helpers session 8's review gathered in one place (#16); names and lines written for these tests."""

import pytest

from claims.extraction import extract
from claims.extraction.cleaning import clutter_reason
from claims.extraction.names import with_determiner
from claims.extraction.page_names import NAME_MAX_CHARS
from tests.extraction.read_speakers import speakers_in_order


@pytest.mark.parametrize(
    ("determiner", "name", "written"),
    [("l'", "armée", "l'armée"), ("l’", "Insee", "l’Insee"), ("la", "police", "la police"), ("the", "ONS", "the ONS")],
)
def test_an_elided_article_takes_no_space_and_any_other_one(determiner, name, written):
    assert with_determiner(determiner, name) == written


@pytest.mark.parametrize("line", ["04:54", "4:54 ", "04:54 PM", "7 a.m."])
def test_a_time_alone_on_its_line_is_a_players_or_live_blogs_furniture(line):
    assert clutter_reason(line) == "video"


LONG_WORD = "Ab" + "c" * 298  # a capitalised "name" of 300 characters


@pytest.mark.parametrize(
    "text",
    [
        f"Prices\nPrices rose 5%, according to police spokesperson Captain {LONG_WORD} {LONG_WORD}.",
        f"Les prix\n« Les prix ont augmenté de 5 % », a déclaré le ministre, {LONG_WORD} {LONG_WORD}.",
        f"Prices\nJane {LONG_WORD} said it rose 5%. Jane Roe said no. Jane said it rose 6%.",
        f"Prices\n{LONG_WORD} {LONG_WORD}, the Federal Finance Minister said prices rose 5%.",
    ],
)
def test_no_speaker_found_by_session_eights_shapes_is_longer_than_a_claim_holds(text):
    assert all(len(speaker) <= NAME_MAX_CHARS for speaker in speakers_in_order(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose\nPARIS (AFP) —",
        "Prices\nWASHINGTON — ",
        "Prices\n(Reuters) —",
        "Prices\nIt rose. 20:09 - ",
        "Prices\n4:15 p.m. —",
        "Prices\n•\n- \n▪►\n",
        "Prices\n(photo) AFP\n",
        "Prices\n\u200b\ufeff\u2028\u0301",
    ],
)
def test_a_dateline_a_stamp_or_a_bullet_with_nothing_after_it_is_read_without_error(text):
    result = extract(text, threshold=0.0)
    assert all(text[sentence.start : sentence.end] == sentence.text for sentence in result.claims + result.candidates)
