"""Furniture among claims, pass furniture17 (#16, session 15): a wire dateline crediting its agency by a code, a
section's label glued before an item, a feed aggregator's description and item titles, a caption closed by its credit
under "Credit:", an archive's headline in title case or capitals with a full stop. Lines written for the test, in the
shapes the tune pages show."""

import pytest

from claims.extraction import extract
from claims.extraction.cleaning import clean
from claims.extraction.template_lines import feed_page_furniture, is_capitalised_headline
from tests.extraction.test_linear_time import assert_linear
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences

FIRST_EN = "Two men were arrested and cash worth Rs 9 lakh seized from their car in Ranchi, police said on Friday."
FIRST_FR = "Le ministère de la santé a recensé 412 cas de choléra du 1er janvier au 31 mars 2024."


@pytest.mark.parametrize(
    ("dateline", "first"),
    [
        ("Ranchi/Hazaribagh (Jharkhand), Apr 5 (PTI) ", FIRST_EN),
        ("[India], Apr 5 (ANI): ", FIRST_EN),
        ("Port-au-Prince, le 5 avril 2024 – (AHP) – ", FIRST_FR),
        ("Dakar, le 5 avril 2024 (APS) ", FIRST_FR),
    ],
)
def test_a_wire_dateline_crediting_its_agency_by_a_code_is_cut_from_the_first_sentence(dateline, first):
    sentences = scored_sentences(TITLE + dateline + first + "\n" + CLAIM_EN + "\n")
    assert first in sentences
    assert not any(dateline.strip(" :–") in sentence for sentence in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council met in Ranchi, Apr 5 (IST), and approved a budget of Rs 40 crore.",
        "Le conseil s'est réuni à Dakar, le 5 avril 2024 (APS) et a voté un budget de 40 millions.",
    ],
)
def test_a_place_and_a_date_inside_a_sentence_stay_in_it(sentence):
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("Transport and Works -- ", "The province spent $4.1 million on rural bridges in 2024."),
        ("Premier's Office -- ", "Government has paid 12,000 households a heating rebate since January."),
        ("Agriculture • ", "Le prix du lait payé aux producteurs a baissé de 10 % en 2024."),
    ],
)
def test_a_section_label_glued_before_an_item_is_cut(label, item):
    sentences = scored_sentences(TITLE + CLAIM_EN + "\n" + label + item + "\n" + CLAIM_FR + "\n")
    assert item in sentences
    assert not any(label.strip() in sentence for sentence in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "The council -- which met on Monday -- approved a budget of $4 million.",
        "The Council -- which met on Monday -- approved a budget of $4 million.",
        "Le conseil • réuni lundi • a voté un budget de 4 millions d'euros.",
    ],
)
def test_a_dash_or_a_bullet_inside_a_sentence_cuts_nothing(sentence):
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


FEED_ITEM_EN = (
    "The province paid $4.1 million to 1,200 households under the heating rebate in 2024, the department said."
)
FEED_ITEM_FR = "La province a versé 4,1 millions de dollars à 1 200 ménages en 2024, a indiqué le ministère."


@pytest.mark.parametrize(
    ("subscription", "description", "updated", "item_title", "item"),
    [
        (
            "Subscribe to Provincial Releases feed",
            "Releases of the provincial government, distributed by its communications office to every newsroom.",
            "Updated: 12 min 5 sec ago",
            "Heating rebate paid to more than a thousand households across the province since January after a long "
            "winter and high oil prices",
            FEED_ITEM_EN,
        ),
        (
            "S'abonner au flux Communiqués de la province",
            "Les communiqués du gouvernement provincial, diffusés par son service des communications à toutes les "
            "rédactions.",
            "Mis à jour : il y a 12 min",
            "Aide au chauffage versée à plus d'un millier de ménages de la province depuis janvier après un hiver long "
            "et des prix du mazout élevés",
            FEED_ITEM_FR,
        ),
    ],
)
def test_a_feed_pages_description_and_long_item_titles_are_no_sentences(
    subscription, description, updated, item_title, item
):
    lines = ["Provincial releases", subscription, description, updated, item_title, item, CLAIM_EN]
    sentences = scored_sentences("\n".join(lines) + "\n")
    assert item in sentences
    assert not any(description[:40] in sentence or item_title[:40] in sentence for sentence in sentences)


def test_a_page_without_a_feed_subscription_at_its_top_keeps_its_long_unpunctuated_lines():
    lines = ["Provincial releases", "Prices", "Rents", "Fees", "Subscribe to Provincial Releases feed", "A", "B"]
    assert feed_page_furniture(lines) == set()
    cut_off = "The province paid $4.1 million to 1,200 households under the heating rebate in 2024 and more than"
    assert feed_page_furniture(["Releases", "Subscribe to Releases feed", FEED_ITEM_EN, cut_off]) == set()


@pytest.mark.parametrize(
    "caption",
    [
        "Snow covers a road outside Leeds on Monday (Credit: Jane Doe)",
        "Un arbre tombé sur une ligne électrique près de Brest (Crédit : Jean Dupont)",
    ],
)
def test_a_caption_closed_by_its_credit_is_no_sentence(caption):
    sentences = scored_sentences(TITLE + CLAIM_EN + "\n" + caption + "\n" + CLAIM_FR + "\n")
    assert not any("Credit" in sentence or "Crédit" in sentence for sentence in sentences)


def test_a_sentence_naming_a_lender_in_brackets_stays():
    sentence = "Lending fell by £2bn in 2024, the lender (Credit Agricole) said."
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


@pytest.mark.parametrize(
    "headline",
    [
        "Cattle Worth €40,000 Stolen From Farm Near Cashel.",
        "Man Charged After Protest At Council Offices.",
        "SUSPECT CHARGED WITH STEALING 40 HEAD OF CATTLE.",
        "UN HOMME INTERPELLÉ APRÈS LE VOL DE 40 VACHES.",
    ],
)
def test_an_archive_headline_in_title_case_or_capitals_with_a_full_stop_is_no_sentence(headline):
    text = TITLE + headline + "\n" + CLAIM_EN + "\n" + CLAIM_FR + "\n"
    assert headline not in scored_sentences(text)
    assert ("heading", headline) in clean(text).dropped


@pytest.mark.parametrize(
    "sentence",
    [
        "Gardaí seized cattle worth €40,000 in Cashel.",
        "The Prime Minister met the President of Ireland in Dublin.",
        "Le préfet du Finistère a interdit les feux.",
        "Jane Doe resigned.",
    ],
)
def test_a_sentence_with_words_in_lower_case_is_no_headline(sentence):
    assert not is_capitalised_headline(sentence)
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


def test_a_headline_without_three_capitalised_words_or_cut_off_is_left_to_other_rules():
    assert not is_capitalised_headline("Jane Doe.")
    assert not is_capitalised_headline("Man Charged After Protest...")
    assert not is_capitalised_headline("Man Charged. Police Say More Arrests Coming.")


@pytest.mark.parametrize(
    "make",
    [
        lambda size: TITLE + ("Ranchi (Jharkhand), " * (size // 20)) + "Apr 5 (PTI) " + FIRST_EN + "\n",
        lambda size: TITLE + ("[India], Apr 5 (ANI): " * (size // 22)) + FIRST_EN + "\n",
        lambda size: TITLE + "Port-au-Prince, le 5 avril 2024 – (AHP) – " * (size // 42) + "\n",
        lambda size: TITLE + "A tree (Credit: " * (size // 16) + "Jane Doe)\n" + CLAIM_EN + "\n",
        lambda size: TITLE + "Justice and " * (size // 12) + "Health -- " * (size // 10) + CLAIM_EN + "\n",
        lambda size: TITLE + "Man Charged " * (size // 12) + ".\n" + CLAIM_EN + "\n",
        lambda size: "Releases\nSubscribe to " * (size // 21) + "feed\n" + CLAIM_EN + "\n",
        lambda size: "Releases\nSubscribe to Releases feed\n" + "Rebates paid\n" * (size // 13) + CLAIM_EN + "\n",
        lambda size: TITLE + "(((( " * (size // 5) + "\n",
    ],
)
def test_the_new_shapes_cost_time_in_proportion_to_a_line_of_their_parts(make):
    assert_linear(extract, make, 10_000)


@pytest.mark.parametrize("text", ["", "   \n", "123 456 — (((( ]]]] …. 7,8 %\n", ", (ABC) –\n"])
def test_empty_text_and_text_without_letters_are_read_quietly(text):
    assert is_capitalised_headline(text.strip()) is False
    scored_sentences(text)
