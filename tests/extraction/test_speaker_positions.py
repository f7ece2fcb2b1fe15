"""Speakers round #16, session 17, positions17: where a missed speaker stands relative to its claim
(bench/speaker_positions.py), read on invented pages. Pages and names written for these tests."""

import pytest

from bench.speaker_positions import (
    IN_SENTENCE_SHAPES,
    POSITIONS,
    Case,
    Page,
    cases,
    given_kind,
    in_sentence_shape,
    names_part,
    position_of,
    subject_cue,
    totals_lines,
)
from tests.extraction.test_linear_time import assert_linear

CLAIM = "Unemployment fell to 4.1 per cent in March."


def _position(page: str, name: str, title_span=None) -> str:
    """Where the name stands relative to the page's sentence about unemployment, up to its full stop."""
    start = page.index("Unemployment")
    return position_of(page, start, page.index(".", start + len(CLAIM) - 4) + 1, name, title_span)


@pytest.mark.parametrize(
    ("sentence", "name", "position"),
    [
        ("Unemployment fell to 4.1 per cent in March, Jane Doe said.", "Jane Doe", "whole name in the sentence"),
        ("Selon l’Insee, le chômage a baissé de 2 %.", "l'Insee", "whole name in the sentence"),
        ("Unemployment fell to 4.1 per cent in March, Doe said.", "Jane Doe", "part of the name in the sentence"),
        ("The ONS said unemployment fell.", "the Office for National Statistics", "part of the name in the sentence"),
    ],
)
def test_a_name_in_the_claim_s_own_sentence(sentence, name, position):
    page = f"Jane Doe opened the session.\n{sentence}\n"
    start = page.index(sentence)
    assert position_of(page, start, start + len(sentence), name) == position


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (f"The ONS said: {CLAIM}", "the Office for National Statistics"),  # the acronym for a spelt-out name
        (f"The Office for National Statistics said {CLAIM}", "the ONS"),  # spelt out for the acronym
        (f"Mr Doe said {CLAIM}", "Jane Doe"),  # a surname
    ],
)
def test_a_part_of_the_name_in_the_sentence(page, name):
    assert names_part(page, name)


@pytest.mark.parametrize(
    ("page", "name", "position"),
    [
        (f"The minister, Jane Doe, said on Tuesday: {CLAIM}", "Jane Doe", "colon introduction before"),
        (f"Jane Doe a déclaré : « {CLAIM} »", "Jane Doe", "colon introduction before"),
        (f"Jane Doe:\n{CLAIM}\n", "Jane Doe", "speaker line before"),
        (f"JANE DOE: Thank you.\nJane Doe\n{CLAIM}\n", "Jane Doe", "speaker line before"),
        (f"Jane Doe opened the session. {CLAIM[:-1]}, she said.", "Jane Doe", "pronoun, named 1 back"),
        (f"Jane Doe opened the session. It rained. {CLAIM[:-1]}, he added.", "Jane Doe", "pronoun, named 2 back"),
        (
            f"Jane Doe spoke. It rained. The hall was full. {CLAIM[:-1]}, the minister said.",
            "Jane Doe",
            "title, body or document, named 3+ back",
        ),
        (f"Jane Doe opened the session. {CLAIM}", "Jane Doe", "no pronoun or title, named 1 back"),
        (f"{CLAIM} Jane Doe opened the session.", "Jane Doe", "named after the sentence"),
        (f"The session opened. {CLAIM}", "Jane Doe", "nowhere on the page as written"),
    ],
)
def test_where_the_name_stands_around_the_sentence(page, name, position):
    assert position in POSITIONS
    assert _position(page, name) == position


def test_a_name_only_in_the_headline_is_told_apart():
    page = f"Jane Doe hails the figures\n\nThe session opened. {CLAIM}"
    title = (0, page.index("\n"))
    assert _position(page, "Jane Doe", title) == "headline only"
    assert _position(page, "Jane Doe") == "no pronoun or title, named 2 back"


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("Unemployment fell, he said.", "pronoun"),
        ("« Le chômage a baissé », ajoute-t-elle.", "pronoun"),
        ("Il a laissé entendre que le chômage a baissé.", "pronoun"),
        ("Selon lui, le chômage a baissé.", "pronoun"),
        ("Il y a eu 40 morts.", ""),  # the impersonal « il » is no one
        ("Selon ce document, le chômage a baissé.", "title, body or document"),
        ("Unemployment fell, the ministry said.", "title, body or document"),
        ("Unemployment fell, the Ministry of Labour said.", ""),  # a capitalised name is no bare title
        ("Unemployment fell in March.", ""),
    ],
)
def test_the_subject_cue_of_a_sentence(sentence, cue):
    assert subject_cue(sentence) == cue


@pytest.mark.parametrize(
    ("sentence", "name", "shape"),
    [
        ("Selon l’Insee, le chômage a baissé.", "l'Insee", "after according to / selon"),
        ("According to the city, water bills rose.", "the city", "after according to / selon"),
        ("Le chômage a baissé, a indiqué mardi Jane Doe.", "Jane Doe", "after a reporting verb"),
        ("Jane Doe counted 40 cases.", "Jane Doe", "opening the sentence or a clause"),
        ("In March, the Acme Group recorded 40 cases.", "the Acme Group", "opening the sentence or a clause"),
        ("A letter sent to the press by Jane Doe showed 40 cases.", "Jane Doe", "elsewhere"),
    ],
)
def test_how_a_name_stands_in_its_sentence(sentence, name, shape):
    assert shape in IN_SENTENCE_SHAPES
    assert in_sentence_shape(sentence, name) == shape


@pytest.mark.parametrize(
    ("given", "kind"),
    [("", "none"), ("Doe", "part"), ("Minister Jane Doe", "holding"), ("John Roe", "another")],
)
def test_what_the_extractor_gave_is_read_as_the_eval_reads_it(given, kind):
    assert given_kind(given, "Jane Doe") == kind


def test_the_test_half_s_totals_print_no_sentence_name_nor_outlet():
    case = Case("p.txt", "en", "example.org", False, POSITIONS[0], "none", CLAIM, "Jane Doe", "", IN_SENTENCE_SHAPES[2])
    printed = "\n".join(totals_lines([case], "test"))
    assert "whole name in the sentence 1" in printed
    assert not any(secret in printed for secret in (CLAIM, "Jane Doe", "example.org", "p.txt"))


def test_where_a_name_stands_is_found_in_proportion_to_the_page_s_size():
    def make(size: int) -> str:
        return "The hall, he said, was full of people. " * (size // 40) + CLAIM

    assert_linear(lambda page: _position(page, "Jane Doe"), make, 20_000)


def test_claims_labelled_without_a_speaker_are_counted_by_their_cue_beside_the_misses():
    text = (
        "Jane Doe and Joe Bloggs opened the council session on Tuesday evening.\n"
        "Unemployment in the county fell to 4.1 per cent in March, he said.\n"
        "The council spent 2.3 million pounds on roads in 2023, John Roe said.\n"
    )
    first, second = text.index("Unemployment"), text.index("The council")
    page = Page("p.txt", "en", "tune", text, [(first, text.index("\n", first), ""), (second, len(text) - 1, "Jim Poe")])
    found_cases, cues = cases([page], {"p.txt": "example.org"}, set())
    assert [(case.position, case.given) for case in found_cases] == [("nowhere on the page as written", "John Roe")]
    assert cues["en", "pronoun"] == 1  # "he" follows two people: the extractor gives no one, nor would one person
    assert cues["en", "pronoun", "person before"] == 0


@pytest.mark.parametrize(
    "sentence",
    ["The regulator announced it is raising its cap by 10%.", "The company said they earned $2 a share."],
)
def test_a_pronoun_opening_what_was_said_is_no_inverted_subject(sentence):
    assert subject_cue(sentence) != "pronoun"
