"""Review of session 15's passes (review15): hostile input and what the review found. Sentences written for these
tests."""

import time

import pytest

from bench.hostile_inputs import _numbered
from claims.extraction.answers import answer_owner
from claims.extraction.collectives import collective_subject
from claims.extraction.pronoun_antecedents import person_named_just_before
from claims.extraction.speakers import speakers_of
from tests.extraction.test_linear_time import assert_linear


def _speakers(sentences: list[str], language: str = "en") -> list[str]:
    return speakers_of(sentences, "\n".join(sentences), language)


def _line(part: str):
    return lambda size: part * (size // len(part) + 1)


@pytest.mark.parametrize(
    ("part", "language"),
    [("said that ", "en"), ("a déclaré que ", "fr"), ("Marie Dupont. ", "en"), ("Marie Dupont. ", "fr")],
)
def test_long_lines_of_reporting_verbs_or_names_are_read_in_time_in_proportion(part, language):
    # A collective subject was checked against the sentence up to its clause, once per verb; an answer's owner was
    # looked for from every full stop, its name's words running on to the sentence's end: both quadratic.
    assert_linear(lambda text: _speakers([text, text, text], language), _line(part), 10_000)


def test_thousands_of_people_named_after_places_are_read_in_seconds():
    # A search before each name for a preposition of place read the sentence from its start each time: 12 s for
    # 100,000 characters, 0.3 s now (what is left grows faster than the text in C, finding each name's first place;
    # extract() cuts sentences at 1,500 characters).
    sentence = _numbered("at {name}, ")(100_000)
    started = time.process_time()
    assert person_named_just_before([sentence]) == ""
    assert time.process_time() - started < 3


@pytest.mark.parametrize(
    ("subject", "clause_opener", "expected"),
    [
        ("The opposition", "", "the opposition"),
        ("the province", "t", "the province"),  # after "that"
        ("the province", "«", ""),  # a clause opened by a quotation mark is what is said
        ("the province", ":", ""),
        ("the province", "“", ""),
        ("the province", ";", "the province"),
    ],
)
def test_a_collective_subject_reads_only_the_mark_that_opens_its_clause(subject, clause_opener, expected):
    assert collective_subject(subject, "said", clause_opener) == expected


@pytest.mark.parametrize(
    ("sentence", "owner"),
    [
        ("Jane Doe’s full reply was: “We never saw the report.”", "Jane Doe"),
        ('The vote was close. J. R. Smith\'s answer: "It rose."', "J. R. Smith"),
        ("Réponse de Marie Dupont : « Nous n’avons rien reçu. »", "Marie Dupont"),
        ("La réplique d’Anne Martin : « Les chiffres sont faux. »", "Anne Martin"),
        ("Jane Doe’s reply came later. She said: “No.”", ""),
        ("Jane Doe’s reply was short.", ""),
        ("", ""),
        ("12 : « 34 »", ""),
    ],
)
def test_an_answer_is_owned_by_the_name_before_its_colon(sentence, owner):
    assert answer_owner(sentence) == owner


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Officer Jane Doe spoke at the gathering at Harbour Point.", "Jane Doe"),
        ("After the visit at Harbour Point, Jane Doe met staff.", "Jane Doe"),
        ("The award went at Jane Doe.", ""),  # a name right after "at" is a place
        ("Après sa visite près  de Saint Gilles, Marie Dupont a parlé.", "Marie Dupont"),
        ("Les élus se sont réunis chez Marie Dupont.", ""),
        ("", ""),
        ("12 345 — 678", ""),
    ],
)
def test_a_name_right_after_a_preposition_of_place_is_no_antecedent(sentence, expected):
    assert person_named_just_before([sentence]) == expected
