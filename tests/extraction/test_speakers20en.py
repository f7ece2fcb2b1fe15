"""Speakers round #16, session 20, speakers20en: a speaker described in lower case before the name, after an inverted
reporting verb ('"…," said managing director Jane Doe'). Sentences written for these tests."""

import pytest

from tests.extraction.read_speakers import speakers_in_order


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Sales fell 12 per cent in the second quarter," said managing director Amara Osei.', "Amara Osei"),
        ("'Sales fell 12 per cent in the second quarter,' said spokesman Tomas Berg.", "Tomas Berg"),
        ('"The company cut 340 jobs last year," said union steward Priya Nair on Monday.', "Priya Nair"),
        ('"The plant lost 40 orders in March," said machinist Karl Weber Tuesday night.', "Karl Weber"),
        # a day ending the sentence is no part of the name (review20)
        ('"The plant lost 40 orders in March," said spokesman Tomas Berg Monday.', "Tomas Berg"),
    ],
)
def test_a_lower_case_description_before_the_name_is_no_part_of_it(text: str, speaker: str) -> None:
    assert speakers_in_order(text, "en") == [speaker]


def test_a_place_after_the_verb_describes_no_one() -> None:
    assert speakers_in_order('"Sales fell 12 per cent in the second quarter," said in London Grace Lee.', "en") == [""]


@pytest.mark.parametrize(
    "said",
    [
        # review20: the words before the name describe who speaks, and the name is someone else, or a place
        "said officers who arrested Marc Dubois",
        "said lawyers representing Jane Doe",
        "said doctors treating Jane Doe on Monday",
        "said residents near Lake Placid",
        "said officials outside Downing Street",
    ],
)
def test_the_name_after_a_relative_a_participle_or_a_preposition_is_not_the_speaker(said: str) -> None:
    assert speakers_in_order(f'"The plant lost 40 orders in March," {said}.', "en") == [""]
