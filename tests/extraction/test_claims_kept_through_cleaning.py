"""Claims that cleaning must not take for furniture (#16, session 11, furniture13): a list's items that end on a
semicolon, or bulleted on a comma, go on into the next item and are no headings, even three in a row; a letter's
signature, a name alone ending on a comma, stays furniture. Nor is a sentence cut off on an article, a conjunction or a
preposition (eight words or more) a heading. And, the other way, the outlet's notice about its own comments as its
readers' place goes. Lines written for the test."""

import pytest

from claims.extraction.cleaning import clean, clutter_reason, is_heading
from tests.extraction.written_pages import TITLE


def _kept_lines(text: str) -> list[str]:
    return [text[block.start : block.end] for block in clean(text).blocks]


@pytest.mark.parametrize(
    "items",
    [
        (
            "  • Two counts of failing to keep proper records;",
            "  • Also, one count of obstructing an inspector;",
            "  • One count of breaching the licence conditions;",
        ),
        (
            "– Bretagne : 12.000 foyers sans électricité;",
            "– ainsi que 4.000 dans le Finistère,",
            "– et 3.500 dans le Morbihan.",
        ),
    ],
)
def test_a_lists_items_that_go_on_to_the_next_stay_prose(items):
    # No colon before the list: bulleted figures after one are kept already (line_shapes.figures_listed_after_colon).
    text = TITLE + "The court heard the case on Monday.\n" + "\n".join(items) + "\n"
    kept = " ".join(_kept_lines(text))
    for item in items:
        assert item.strip(" •–") in kept


@pytest.mark.parametrize("line", ["Three firms fined by the regulator;", "- Quatre communes privées d'eau,"])
def test_a_line_going_on_is_no_heading(line):
    assert not is_heading(line)


@pytest.mark.parametrize("signature", ["John Smith,", "Mill Lane,", "Jeanne Martin,"])
def test_a_signature_ending_on_a_comma_is_still_no_prose(signature):
    assert is_heading(signature)


@pytest.mark.parametrize(
    "cut_off",
    [
        "The board, as part of its recovery plan, set aside £2.5m to",
        '"Under the rules we have to wait three weeks, until',
        "Le conseil régional a voté une enveloppe de 3 millions d'euros pour les",
    ],
)
def test_a_sentence_cut_off_on_a_word_that_needs_more_is_no_heading(cut_off):
    assert not is_heading(cut_off)


@pytest.mark.parametrize("heading", ["Where to go", "Things to do", "Ce qu'il faut savoir avant de", "Ones to watch"])
def test_a_short_heading_may_end_on_such_a_word(heading):
    assert is_heading(heading)


@pytest.mark.parametrize(
    "notice",
    [
        "We want our comments to be a friendly part of our community, where neighbours can talk.",
        "Our comments are a space for our readers to share views on local news.",
    ],
)
def test_a_notice_about_the_outlets_own_comments_goes(notice):
    assert clutter_reason(notice)


@pytest.mark.parametrize(
    "prose",
    [
        "The mayor said our comments were taken out of context by the council.",
        '"We stand by our comments," the spokesman said, adding that the community deserved answers.',
    ],
)
def test_a_speaker_standing_by_their_comments_stays(prose):
    assert not clutter_reason(prose)
