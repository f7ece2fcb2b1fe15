"""Review of session 18's extraction passes (#16, review18): a long capitalised run costs untold_domain_end one pass;
an amount whose currency is written in letters glued to its digits ("Sh26 billion") still states a figure in a list
after a colon, as "Covid-19" and "G20" do not; the page's searches for a title's domain written alone go to the guesses
its names leave open; a titled person joined by "and" to one word ("Mayor Jane Doe and Council") is still a name of the
page. Lines and names invented for these tests."""

import pytest

from claims.extraction.names import untold_domain_end
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear
from tests.extraction.written_pages import CLAIM_FR, TITLE, scored_sentences


def test_a_long_capitalised_run_after_a_title_s_domain_is_read_in_linear_time():
    assert_linear(untold_domain_end, lambda size: "Minister for Water and " + "Abc " * (size // 4), 2_000)


@pytest.mark.parametrize(
    "item",
    ["Sh26 billion for the new roads", "R5bn for the schools in the east", "Rs500 crore for the dams in the north"],
)
def test_an_amount_glued_to_its_currency_s_letters_stays_in_the_list_of_figures(item):
    page = TITLE + CLAIM_FR + "\nThe budget sets aside:\n  • " + item + "\n  • the rest for the police\n"
    assert item in scored_sentences(page)


def test_a_list_item_naming_covid_19_is_still_no_figure():
    page = TITLE + CLAIM_FR + "\nIn this story:\n  • Covid-19 in the south: the latest\n  • G20 leaders meet\n"
    assert not any("Covid-19 in the south" in sentence for sentence in scored_sentences(page))


def test_the_page_is_searched_for_twenty_guesses_its_names_leave_open_not_for_the_first_twenty():
    settled_by_name = "".join(
        f"Minister for Water and Sanitation Amara Kofi Me{letter}sah said so. Amara Kofi Me{letter}sah left. "
        for letter in "abcdefghijklmnopqrstuvwxyz"
    )
    page = settled_by_name + (
        "Minister of National Security Ama Kwesi Boateng said murders fell. The Ministry of National Security said so."
    )
    assert names_on(page).settled_guesses["Kwesi Boateng"] == "Ama Kwesi Boateng"


@pytest.mark.parametrize("joined", ["Mayor Jane Doe and Council", "President Jane Doe and Parliament"])
def test_a_titled_person_joined_by_and_to_one_word_stays_a_name_of_the_page(joined):
    sentences = [f"{joined} agreed on the budget.", "Doe said taxes rose by 3 percent."]
    assert speakers_of(sentences, language="en") == ["", "Jane Doe"]
