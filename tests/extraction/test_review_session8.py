"""The helpers session 8's review gathered in one place (#16); names and lines written for these tests."""

import pytest

from claims.extraction.names import with_determiner


@pytest.mark.parametrize(
    ("determiner", "name", "written"),
    [("l'", "armée", "l'armée"), ("l’", "Insee", "l’Insee"), ("la", "police", "la police"), ("the", "ONS", "the ONS")],
)
def test_an_elided_article_takes_no_space_and_any_other_one(determiner, name, written):
    assert with_determiner(determiner, name) == written
