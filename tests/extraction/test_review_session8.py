"""The helpers session 8's review gathered in one place (#16); names and lines written for these tests."""

import pytest

from claims.extraction.cleaning import clutter_reason
from claims.extraction.names import with_determiner


@pytest.mark.parametrize(
    ("determiner", "name", "written"),
    [("l'", "armée", "l'armée"), ("l’", "Insee", "l’Insee"), ("la", "police", "la police"), ("the", "ONS", "the ONS")],
)
def test_an_elided_article_takes_no_space_and_any_other_one(determiner, name, written):
    assert with_determiner(determiner, name) == written


@pytest.mark.parametrize("line", ["04:54", "4:54 ", "04:54 PM", "7 a.m."])
def test_a_time_alone_on_its_line_is_a_players_or_live_blogs_furniture(line):
    assert clutter_reason(line) == "video"
