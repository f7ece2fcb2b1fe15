"""Review of session 18's extraction passes (#16, review18): a long capitalised run costs untold_domain_end one pass;
the page's searches for a title's domain written alone go to the guesses its names leave open; a titled person joined
by "and" to one word ("Mayor Jane Doe and Council") is still a name of the page. (An amount glued to its currency's
letters, "Sh26 milliards", stating a figure in a list after a colon: test_furniture18.py.) Lines and names invented for
these tests."""

import pytest

from claims.extraction.names import untold_domain_end
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear


def test_a_long_capitalised_run_after_a_title_s_domain_is_read_in_linear_time():
    assert_linear(untold_domain_end, lambda size: "Minister for Water and " + "Abc " * (size // 4), 2_000)


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
