"""Speakers named at the head of their own sentence that the extractor missed (#16, openers17): a title's domain of
several words kept in the name. Sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.names import clean_name
from claims.extraction.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister of Foreign Affairs Jane Doe said exports rose 4 percent.", "Jane Doe"),
        ("Minister of National Security Paul Roe said murders fell by 12 percent.", "Paul Roe"),
        ("Minister for Agriculture and Water Resources Anne Lee said 30 shires were in drought.", "Anne Lee"),
        ("Exports rose 4 percent, said Secretary for Home Affairs Jane Doe.", "Jane Doe"),
    ],
)
def test_a_title_s_domain_of_several_words_is_no_part_of_the_person_s_name(sentence, speaker):
    assert speakers_of([sentence], language="en") == [speaker]


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Minister for Lands and Natural Resources Jane Doe", "Jane Doe"),  # a part of two words, then the name
        ("Minister of Health Jane Doe", "Jane Doe"),  # one word of domain, as before
        ("Commissioner of Police Mary Ann Cole", "Mary Ann Cole"),  # an institution's word ends the domain
        ("Superintendent of Police Abdul Karim Osei", "Abdul Karim Osei"),
    ],
)
def test_the_person_after_a_title_s_domain(name, person):
    assert clean_name(None, name) == person


def test_a_french_domain_is_one_capitalised_word_before_the_person():
    assert speakers_of(
        ["Le ministre de la Santé Amadou Bamba Diallo a déclaré que 46 personnes étaient blessées."]
    ) == ["Amadou Bamba Diallo"]
