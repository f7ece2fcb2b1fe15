"""Speakers round #16, session 20, speakers20en: a speaker described in lower case before the name, after an inverted
reporting verb ('"…," said managing director Jane Doe'). Sentences written for these tests."""

import pytest

from claims.extraction import extract


def _speakers(text: str) -> list[str]:
    return [claim.speaker for claim in extract(text, language="en").claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Sales fell 12 per cent in the second quarter," said managing director Amara Osei.', "Amara Osei"),
        ("'Sales fell 12 per cent in the second quarter,' said spokesman Tomas Berg.", "Tomas Berg"),
        ('"The company cut 340 jobs last year," said union steward Priya Nair on Monday.', "Priya Nair"),
        ('"The plant lost 40 orders in March," said machinist Karl Weber Tuesday night.', "Karl Weber"),
    ],
)
def test_a_lower_case_description_before_the_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_place_after_the_verb_describes_no_one() -> None:
    assert _speakers('"Sales fell 12 per cent in the second quarter," said in London Grace Lee.') == [""]
