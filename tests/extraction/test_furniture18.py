"""Furniture among claims, pass furniture18 (#16, session 18): the dateline or outlet's credit before a paragraph's
first sentence, in the shapes the earlier datelines missed — a region in capitals after a place in ordinary case, an
outlet's code alone with a dash, a place and its state in brackets, an outlet in brackets after a place in capitals
and a semicolon; and a contents list after a colon whose items name "Covid-19", no list of figures. Lines written for
the test, in the shapes the tune pages show."""

import pytest

from claims.extraction import extract
from tests.extraction.test_linear_time import assert_linear
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences

FIRST_EN = "The harbour authority removed 40,000 litres of fuel from the wreck in March, officials said."


@pytest.mark.parametrize("dateline", ["Apia, WESTERN SAMOA — ", "(CBS) — ", "(Columbus, Ohio) ", "KANDY (News 2nd); "])
def test_a_dateline_or_an_outlets_credit_is_cut_from_the_first_sentence(dateline):
    sentences = scored_sentences(TITLE + dateline + FIRST_EN + "\n" + CLAIM_EN + "\n")
    assert FIRST_EN in sentences
    assert not any(dateline.strip(" —;") in sentence for sentence in sentences)


@pytest.mark.parametrize("dateline", ["(CBS) — ", "(Columbus, Ohio) ", "KANDY (News 2nd); "])
def test_the_credit_is_cut_in_a_later_paragraph_too(dateline):
    sentences = scored_sentences(TITLE + CLAIM_EN + "\n" + dateline + FIRST_EN + "\n")
    assert FIRST_EN in sentences


@pytest.mark.parametrize(
    "sentence",
    [
        # an aside in brackets that is no place and its state, and no outlet's code before a dash
        "(Updated) The harbour authority removed 40,000 litres of fuel in March, officials said.",
        "(In Ohio, officials said) The harbour authority removed 40,000 litres of fuel in March.",
        "(CBS) The network said it lost 40,000 viewers in March.",
        # a sentence whose subject is the place and its region
        "Apia, the capital, removed 40,000 litres of fuel from the harbour in March, officials said.",
        # a semicolon after a bracket inside a sentence
        "KANDY officials (the harbour board); said they removed 40,000 litres of fuel in March.",
    ],
)
def test_a_sentence_opening_on_a_bracket_a_place_or_capitals_stays_whole(sentence):
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


def test_a_name_and_its_role_in_capitals_later_in_the_page_are_no_dateline():
    sentence = "Jane Doe, CEO — The company grew its revenue by 12 percent in 2024."
    assert sentence in scored_sentences(TITLE + CLAIM_EN + "\n" + sentence + "\n")


@pytest.mark.parametrize(
    "make",
    [
        lambda size: TITLE + "Apia Apia, " * (size // 11) + "WESTERN SAMOA — " + FIRST_EN + "\n",
        lambda size: TITLE + "(CBS) " * (size // 6) + "— " + FIRST_EN + "\n",
        lambda size: TITLE + "(Columbus, Ohio" * (size // 15) + ") " + FIRST_EN + "\n",
        lambda size: TITLE + "KANDY (News 2nd)" * (size // 16) + "; " + FIRST_EN + "\n",
        lambda size: TITLE + "Sommaire :\n  • " + "Covid-19 G20 " * (size // 13) + "\n" + CLAIM_FR + "\n",
    ],
)
def test_the_new_shapes_cost_time_in_proportion_to_a_line_of_their_parts(make):
    assert_linear(extract, make, 10_000)


@pytest.mark.parametrize("text", ["", "   \n", "(( ;; —— .- \n", "(AB) —\n", "(A, B) \n"])
def test_empty_text_and_text_without_a_sentence_are_read_quietly(text):
    scored_sentences(text)


# A contents list under a line ending with a colon: items naming "Covid-19" or "G20" state no figure, unlike a toll's.
@pytest.mark.parametrize(
    ("introduction", "items"),
    [
        (
            "Sommaire :",
            ["Covid-19 : le point sur la journée", "Grippe H1N1 en Belgique : les hôpitaux (carte, courbes)"],
        ),
        (
            "In this story:",
            ["G20 summit: what the leaders agreed", "Covid-19 in the regions: the latest (maps, charts)"],
        ),
    ],
)
def test_a_contents_list_whose_items_hold_a_name_with_digits_is_no_list_of_figures(introduction, items):
    listed = "\n".join(f"  • {item}" for item in items)
    sentences = scored_sentences(TITLE + CLAIM_EN + "\n" + introduction + "\n" + listed + "\n" + CLAIM_FR + "\n")
    assert not any(item in sentence for item in items for sentence in sentences)


@pytest.mark.parametrize(
    "item",
    [
        "Covid-19 : 412 nouveaux cas en Belgique",
        "3 victimes en urgence relative",
        "G20 : 19 pays et l'Union (liste)",
        # an amount glued to its currency's letters states a figure by its magnitude (review18)
        "Sh26 milliards pour les routes du nord",
        "R5bn pour les écoles de l'est",
        "Rs500 millions pour les barrages",
    ],
)
def test_an_item_stating_a_figure_stays_in_the_list_of_figures(item):
    page = TITLE + CLAIM_FR + "\nLe bilan fait état de :\n  • " + item + "\n  • 12 blessés légers\n"
    assert item in scored_sentences(page)
