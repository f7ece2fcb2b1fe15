"""Speakers round #16, session 15 (speakerbugs15): a person "of" a home town and its region, a place's or firm's name
opening with a title's word, and an organisation named "World … Organization/Program"; sentences written for these
tests."""

import pytest

from claims.extraction.home_places import without_home_place
from claims.extraction.page_names import names_on
from claims.extraction.place_kinds import names_a_place_or_firm
from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear


def _speakers(*sentences: str) -> list[str]:
    return speakers_of(list(sentences), " ".join(sentences), "en")


# A person's home town given with "of" and its state or region after a comma is where they live, not their name.
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Jane Doe of Austin, Texas, said prices rose last year.", "Jane Doe"),
        ("John Roe of Winfield, Mo., said the bridge had been closed twice.", "John Roe"),
        ("Mayor Jane Doe of Dayton, Ohio, said the city had hired 12 officers.", "Jane Doe"),
        ("Ann Mary Lee of Lower Hutt, Wellington, told reporters the rent had doubled.", "Ann Mary Lee"),
    ],
)
def test_a_person_of_a_home_town_and_its_region_is_the_person(sentence, speaker):
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # an organisation's "of" is part of its name, with or without a place after it
        ("The Bank of England said prices rose last year.", "the Bank of England"),
        ("The University of Texas said enrolment rose last year.", "the University of Texas"),
        ("The Bank of England, London, said prices rose last year.", "the Bank of England"),
        # a place after "in" stays out of the subject, as before
        ("The fire department in Dayton, Ohio, said it had rescued four people.", "the fire department in Dayton"),
    ],
)
def test_an_organisation_s_of_keeps_its_whole_name(sentence, speaker):
    assert _speakers(sentence) == [speaker]


# A place or a firm whose name opens with a title's word holds no title: "the general" is not General Motors.
@pytest.mark.parametrize(
    "opening",
    [
        "General Motors cut 300 jobs on Monday.",
        "Guests left President Hotel on Monday.",
        "Cars were parked along Judge Street on Monday.",
        "Patients waited at General Hospital on Monday.",
    ],
)
def test_a_place_or_firm_opening_with_a_title_word_holds_no_title(opening):
    assert not any(names_on(opening).by_title.values())
    title = next(word for word in ("general", "president", "judge") if word in opening.lower())
    assert _speakers(opening, f"The {title} said prices rose by 4% last year.")[1] == ""


@pytest.mark.parametrize(
    ("opening", "title", "holder"),
    [
        ("General Mark Milley visited the base on Monday.", "general", "Mark Milley"),
        ("President Zuma visited the dam on Monday.", "president", "President Zuma"),
        ("Judge Smith heard the case on Monday.", "judge", "Judge Smith"),
        ("President Park visited the port on Monday.", "president", "President Park"),  # a surname, not a kind
    ],
)
def test_a_person_holding_a_title_still_holds_it(opening, title, holder):
    assert _speakers(opening, f"The {title} said prices rose by 4% last year.")[1] == holder


@pytest.mark.parametrize(
    ("name", "expected"),
    [("General Motors", True), ("Judge Street", True), ("President Zuma", False), ("Jane Doe", False), ("", False)],
)
def test_a_place_or_firm_is_told_by_its_kind(name, expected):
    assert names_a_place_or_firm(name) is expected


# "the World Food Program": "World" is no title's domain before a person "Food Program".
@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Earlier, the World Food Program said floods had killed 300 people.", "the World Food Program"),
        ("The World Health Organization said 12 cases had been confirmed.", "the World Health Organization"),
        ("The Global Food Programme said 40 trucks had reached the city.", "the Global Food Programme"),
        ("The World Bank said growth slowed to 2% last year.", "the World Bank"),  # as before
    ],
)
def test_an_organisation_ending_with_organization_or_program_keeps_its_whole_name(sentence, speaker):
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    "make",
    [
        lambda size: "Aa " * (size // 3) + "of Austin, Texas,",
        lambda size: "Jane Doe of " + "Aa " * (size // 3) + ", Texas,",
        lambda size: "Jane Doe of Austin, " * (size // 20),
        lambda size: "1 2 " * (size // 4),
        lambda size: "",
    ],
)
def test_a_home_place_is_read_in_linear_time(make):
    assert_linear(without_home_place, make, 1_000)


@pytest.mark.parametrize("region", ["", "12 345 … ---, 3,", ", ,"])
def test_a_region_without_letters_is_left_as_it_is(region):
    assert without_home_place(region) == region
