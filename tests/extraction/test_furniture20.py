"""Furniture among claims, pass furniture20 (#16, session 20): a page's header run into one sentence — its section,
title, byline, reading time, a player's credit or the page's HTML between two of its stamps (a reading time, a time
ago, a byline and its date, a player's duration, a publication or update stamp). Lines written for the test, in the
shapes the tune pages show."""

import pytest

from claims.extraction import extract
from tests.extraction.test_linear_time import assert_linear
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences

FIRST_EN = "The harbour authority removed 40,000 litres of fuel from the wreck in March, officials said."
FIRST_FR = "Le port a retiré 40 000 litres de carburant de l'épave en mars, selon la capitainerie."
# Prose after the header on the same line, enough that the line is a paragraph, not a header alone.
REST_EN = " ".join([FIRST_EN, CLAIM_EN, "The port reopened to ferries on 2 April after 11 days of work."] * 2)

HEADERS_EN = [
    # a section, the title, the byline and its date twice, a reading time, the text-size buttons, a portrait's caption
    "Local News Fuel removed from the wreck – harbour chief by Harbour Times 24/01/2025 written by Harbour Times "
    "24/01/2025 3 min read A+A- Reset Harbour chief Jane Doe.",
    # a video page's title, its time ago, the player's credit and duration, and its title again
    "Fuel removed from the wreck 45 minutes ago < > Embed Video Credit: Port TV STUDIO - Duration: 00:17s - Published "
    "Fuel removed from the wreck.",
]
# The page's own markup left around its dates: « Mis à jour le <time …>…</time>, publié le <time …>…</time> »
HEADER_FR = (
    'Mis à jour le <time datetime="2025-01-24T15:21:22+01:00" itemprop="dateModified">24/01/2025 | 15:21</time> , '
    'publié le <time datetime="2025-01-24T12:33:24+01:00" itemprop="datePublished">24/01/2025 | 12:33</time>'
)


@pytest.mark.parametrize("header", HEADERS_EN)
def test_a_header_run_into_the_first_paragraph_is_no_sentence_and_the_paragraph_stays(header):
    sentences = scored_sentences(TITLE + header + " " + REST_EN + "\n")
    assert FIRST_EN in sentences
    assert not any("min read" in sentence or "ago" in sentence for sentence in sentences)


def test_a_header_run_alone_on_its_line_is_dropped():
    for header in HEADERS_EN:
        sentences = scored_sentences(TITLE + header + "\n" + FIRST_EN + "\n" + CLAIM_EN + "\n")
        assert sentences == [FIRST_EN, CLAIM_EN]


def test_a_french_header_with_its_html_time_tags_is_dropped():
    sentences = scored_sentences(TITLE + FIRST_FR + "\n" + HEADER_FR + "\n" + CLAIM_FR + "\n")
    assert sentences == [FIRST_FR, CLAIM_FR]


@pytest.mark.parametrize(
    "sentence",
    [
        # one stamp in prose
        "The report, published 12/03/2024, shows that the port lost 40,000 litres of fuel in March.",
        "Two hours ago the harbour authority said it had removed 40,000 litres of fuel from the wreck.",
        "Le rapport, mis à jour le 12/03/2024, fait état de 40 000 litres de carburant perdus en mars.",
        # dates and times in words, and a byline's name with no date after it
        "The report was published on 3 May and updated on 12 May, by the port, after 40,000 litres were lost.",
        "The wreck was found by Jane Doe 3 days after the storm, and 40,000 litres of fuel were removed in March.",
        # two times of one kind, told by prose (review20): a header gives two kinds of stamp
        "The port cut 300 jobs 12 days ago and another 150 jobs 3 days ago, after 40,000 litres of fuel were lost.",
        "Il y a 3 jours, le port comptait 12 blessés ; il y a 2 jours, le bilan est passé à 15 blessés.",
    ],
)
def test_prose_with_one_stamp_or_dates_in_words_stays(sentence):
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")


@pytest.mark.parametrize(
    "make",
    [
        lambda size: TITLE + "by Jane Doe 24/01/2025 " * (size // 23) + FIRST_EN + "\n",
        lambda size: TITLE + "3 min read 45 minutes ago " * (size // 26) + FIRST_EN + "\n",
        lambda size: TITLE + "Mis à jour le <time " * (size // 20) + "24/01/2025\n" + CLAIM_FR + "\n",
        lambda size: TITLE + "3 min " * (size // 6) + "read\n" + CLAIM_EN + "\n",
        # lines as long as a header, each full of stamps of one kind: every pair of them is tried, then refused
        lambda size: TITLE + ("3 days ago " * 36 + "\n") * (size // 397 + 1) + CLAIM_EN + "\n",
    ],
)
def test_the_header_shape_costs_time_in_proportion_to_a_line_of_its_parts(make):
    assert_linear(extract, make, 10_000)


@pytest.mark.parametrize("text", ["", "   \n", "3 min read 45 minutes ago\n", "by A 1/1/25 by B 2/2/25\n", "<time>\n"])
def test_empty_text_and_text_without_a_sentence_are_read_quietly(text):
    scored_sentences(text)
