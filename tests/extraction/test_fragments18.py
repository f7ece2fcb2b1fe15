"""Speakers round #16, session 18, fragments18: no fragment of a name (#16 point 4) where a title's domain of several
words stands before a person whose name may have three words, where two people joined by "and" are named by their
surnames, or where a title's domain runs over a comma. Names and sentences invented for these tests."""

import pytest

from bench.speaker_properties import speaker_defects
from claims.extraction.names import domain_listed_before, untold_domain_end
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear

TITLED_THREE_WORDS = "Minister for Water and Sanitation Amara Kofi Mensah said 40 dams were full."


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        # the page writes the title's domain alone elsewhere: it ends there, and the name after it is whole (alone,
        # "Sanitation Amara" or "Amara Kofi" could open the name: the guess of two words, "Kofi Mensah", was given)
        (
            [
                TITLED_THREE_WORDS,
                "The Minister for Water and Sanitation visited 12 dams.",
                "He added that 12 were empty.",
            ],
            ["Amara Kofi Mensah", "", "Amara Kofi Mensah"],
        ),
        (
            [
                "Minister of National Security Amara Kofi Mensah said murders fell by 12 percent.",
                "The Ministry of National Security runs 12 prisons.",
            ],
            ["Amara Kofi Mensah", ""],
        ),
        # the page names the person whole elsewhere: that name, for the surname too (as before: a guard)
        (
            [TITLED_THREE_WORDS, "Mensah added that 12 were empty.", "Amara Kofi Mensah took office in May."],
            ["Amara Kofi Mensah", "Amara Kofi Mensah", ""],
        ),
        # a name of two words, settled or not, is the person's, as before: guards
        (
            [
                "Minister of National Security Jane Doe said murders fell by 12 percent.",
                "The Ministry of National Security runs 12 prisons.",
            ],
            ["Jane Doe", ""],
        ),
        (["Minister of National Security Jane Doe said murders fell by 12 percent."], ["Jane Doe"]),
        (["Minister for Local Government and Planning Jane Doe said 40 roads were built."], ["Jane Doe"]),
    ],
)
def test_a_name_after_a_domain_whose_end_cannot_be_told_is_settled_by_the_page(sentences, speakers):
    assert speakers_of(sentences, language="en") == speakers


@pytest.mark.parametrize(
    ("name", "domain", "untold"),
    [
        ("Minister for Water and Sanitation Amara Kofi Mensah", "for Water and Sanitation", "Amara Kofi Mensah"),
        ("Minister of National Security Jane Doe", "of National", "Security Jane Doe"),
        ("Minister of Health Jane Doe", "", ""),  # one word of domain, then two: told
        ("Minister for Local Government and Planning Jane Doe", "", ""),  # one word after the "and", then two: told
        ("Commissioner of Police Amara Kofi Mensah", "", ""),  # an institution's word ends the domain
        ("Governor of the Central Bank of Ruritania Jane Doe", "of the Central Bank of", "Ruritania Jane Doe"),
        ("Governor of the Central Bank of New Ruritania", "", ""),  # no name holds "of": two words after it, told
    ],
)
def test_where_a_domain_s_end_cannot_be_told(name, domain, untold):
    assert tuple(map(" ".join, untold_domain_end(name))) == (domain, untold)


def test_a_page_of_many_titled_names_is_settled_in_linear_time():
    def page(size: int) -> str:
        return "".join(f"Minister of National Security Jane Doe{index} said so. " for index in range(size // 50))

    assert_linear(names_on, page, 2_000)


def test_the_minister_s_domain_joined_by_and_is_no_person_a_pronoun_stands_for():
    sentences = [
        "The minister for National Food Security and Research expressed gratitude to the House.",
        "He acknowledged that prices rose by 4 percent.",
    ]
    assert speakers_of(sentences, language="en") == ["", ""]


def test_two_people_named_by_their_surnames_are_no_single_speaker_but_the_first_named():
    sentences = [
        "Sheriff Jane Melton and Chief Deputy Tom Malone met reporters on Monday.",
        "Melton and Malone stated that 40 people were arrested.",
        "Malone added that 12 were charged.",
    ]
    assert speakers_of(sentences, language="en") == ["", "Jane Melton", "Tom Malone"]


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (["Marks and Spencer said sales rose 4 percent."], "Marks and Spencer"),  # no person's surnames
        (["Boris Johnson met them.", "Johnson and Johnson said sales rose 4 percent."], "Johnson and Johnson"),
    ],
)
def test_a_name_joined_by_and_that_ends_no_two_people_stays_whole(sentences, speaker):
    assert speakers_of(sentences, language="en")[-1] == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Minister for Infrastructure, Local Government and Planning Jane Doe said 40 roads were built.", "Jane Doe"),
        ("Opening the road, Minister for Roads, Ports and Harbours Jane Doe said 40 roads were built.", "Jane Doe"),
        ("Minister for Health, Jane Doe, said 40 clinics were built.", "Jane Doe"),  # an apposition, as before
    ],
)
def test_a_title_s_domain_listed_over_a_comma_is_no_part_of_the_name(sentence, speaker):
    assert speakers_of([sentence], language="en") == [speaker]


def test_a_domain_listed_over_a_comma_is_looked_for_in_linear_time():
    assert_linear(
        lambda before: domain_listed_before(before, "Local Government and Planning Jane Doe"),
        lambda size: "Minister for " + "Trade " * (size // 6) + ", ",
        2_000,
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "defects"),
    [
        # a domain listed over a comma is left out on purpose, as one without a comma is
        ("Minister for Infrastructure, Local Government and Planning Jane Doe said roads rose.", "Jane Doe", set()),
        ("In Springfield, Local Government and Planning Jane Doe said roads rose.", "Jane Doe", {"fragment"}),
    ],
)
def test_the_fragment_check_reads_a_domain_listed_over_a_comma(sentence, speaker, defects):
    assert speaker_defects(sentence, speaker, set()) == defects
