"""Speakers round #16, session 15, carry16: a speaker carried to the next sentences. A pronoun with no one having
spoken yet stands for the one person named just before; "the officer" for the officer the page names; "the company"
for the company whose legal form says it is one; and "inform that", « mentionne » and « commente » report what is
said. Sentences written for these tests."""

import pytest

from claims.extraction.names import is_person
from claims.extraction.pronoun_antecedents import person_named_just_before
from claims.extraction.speakers import speakers_of
from claims.extraction.verb_patterns import REPORTING_VERB
from tests.extraction.test_linear_time import assert_linear


def _speakers(sentences: list[str], language: str = "en") -> list[str]:
    return speakers_of(sentences, "\n".join(sentences), language)


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (
            [
                "Speaking to the council on Monday, March 3, Harbour Officer, Inspector Jane Doe, has asked for staff.",
                "He said the town hall had 40 vacant posts.",
            ],
            "en",
        ),
        (
            [
                "Speaking to the council on Monday, March 3, Harbour Officer, Inspector Jane Doe, has asked for staff.",
                "“The town hall has 40 vacant posts,” she said.",
            ],
            "en",
        ),
        (
            [
                "Après l’ouverture de la séance par Marie Dupont et l’adoption du procès-verbal de la réunion, "
                "Marie Dupont a présenté le budget.",
                "Elle a rappelé que la dette avait baissé de 12 % en 2023.",
            ],
            "fr",
        ),
    ],
)
def test_a_pronoun_with_no_one_having_spoken_is_the_one_person_named_just_before(sentences, language):
    assert _speakers(sentences, language)[-1] in ("Jane Doe", "Marie Dupont")


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        # two people named just before: the pronoun may be either
        (["The council heard Jane Doe and John Roe on Monday.", "He said the town hall had 40 vacant posts."], "en"),
        (
            ["Le conseil a reçu Marie Dupont et Jean Martin.", "Il a rappelé que la dette a baissé de 12 %."],
            "fr",
        ),
        # a name after a preposition of place is where someone was, not who
        (
            [
                "The patient had attended a dinner at Riverside Gardens on 2 March.",
                "He said he had fallen ill on 3 March.",
            ],
            "en",
        ),
        # named three sentences back: no antecedent any more
        (
            [
                "The meeting was opened by Jane Doe on Monday.",
                "The budget was then tabled.",
                "The vote was postponed.",
                "He said the town hall had 40 vacant posts.",
            ],
            "en",
        ),
    ],
)
def test_a_pronoun_stays_unknown_when_the_sentences_before_name_no_one_person(sentences, language):
    assert _speakers(sentences, language)[-1] == ""


@pytest.mark.parametrize(
    ("sentences", "language"),
    [
        (
            [
                "Jane Doe said the town hall had 40 vacant posts.",
                "The council also heard from John Roe on Tuesday.",
                "She added that 12 posts had been filled since May.",
            ],
            "en",
        ),
        (
            [
                "Marie Dupont a indiqué que la dette a baissé de 12 %.",
                "Le conseil a aussi entendu Jean Martin mardi.",
                "Elle a ajouté que 12 postes ont été pourvus.",
            ],
            "fr",
        ),
    ],
)
def test_a_pronoun_is_the_last_person_who_spoke_rather_than_one_named_since(sentences, language):
    assert _speakers(sentences, language)[-1] in ("Jane Doe", "Marie Dupont")


def test_the_officer_is_the_officer_the_page_names():
    sentences = [
        "Jane Doe, the town's chief officer, has asked for more staff.",
        "The court heard the case on Monday.",
        "The officer said the town hall had 40 vacant posts.",
    ]
    assert _speakers(sentences)[-1] == "Jane Doe"


@pytest.mark.parametrize("name", ["Northwind Trading Enterprise", "Acme Holdings Bhd", "Kestrel Mills Ltd"])
def test_a_company_legal_form_is_no_person(name):
    assert not is_person(name)


def test_the_company_points_back_to_the_company_named_by_its_legal_form():
    sentences = [
        "Northwind Trading Enterprise, a retailer, reported a 12% fall in profit for the first quarter.",
        "The company, which runs 40 stores, said sales fell 5% to $2.1 billion.",
    ]
    assert _speakers(sentences)[-1] == "Northwind Trading Enterprise"


def test_people_named_like_companies_stay_people():
    assert is_person("Jane Cohen") and is_person("Marco Colin")


@pytest.mark.parametrize(
    ("sentence", "language", "speaker"),
    [
        ("Mr. John Roe informed that a final report was due in March.", "en", "John Roe"),
        ("Jane Doe informs that 12 new cases were recorded last week.", "en", "Jane Doe"),
        ("Le directeur, Jean Martin, a informé que 12 cas ont été recensés en mai.", "fr", "Jean Martin"),
        ("Marie Dupont informe que 12 cas ont été recensés en mai.", "fr", "Marie Dupont"),
        ("Marie Dupont mentionne que 12 cas ont été recensés en mai.", "fr", "Marie Dupont"),
        ("« La dette a baissé de 12 % », a commenté la maire, Marie Dupont.", "fr", "Marie Dupont"),
    ],
)
def test_inform_that_mention_and_comment_report_what_is_said(sentence, language, speaker):
    assert _speakers([sentence], language)[0] == speaker


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Jane Doe was informed that a final report was due in March.", "en"),
        ("John Roe has been informed that the report was due in March.", "en"),
        ("Jane Doe made informed decisions about 12 new cases last week.", "en"),
        ("Jean Martin a été informé que 12 cas ont été recensés en mai.", "fr"),
        ("Marie Dupont a informé ses collègues du départ de 12 agents en mai.", "fr"),
    ],
)
def test_the_one_informed_or_an_informed_choice_reports_nothing(sentence, language):
    assert _speakers([sentence], language)[0] == ""


def _line(part: str):
    return lambda size: part * (size // len(part) + 1)


@pytest.mark.parametrize("part", ["informed that ", "a informé que ", "informe qu’", "mentionne que ", "a commenté "])
def test_the_new_reporting_verbs_are_found_in_time_in_proportion_to_a_line(part):
    assert_linear(lambda text: sum(1 for _ in REPORTING_VERB.finditer(text)), _line(part), 10_000)


@pytest.mark.parametrize(
    "part", ["Jane Doe at Riverside ", "à Marie Dupont, ", "Correctional Officer ", "Jane Doe and John Roe ", "!? 12 "]
)
def test_the_person_named_just_before_is_found_in_time_in_proportion_to_the_sentences(part):
    assert_linear(lambda text: person_named_just_before([text, text]), _line(part), 10_000)


def test_a_legal_form_is_read_in_time_in_proportion_to_the_name():
    assert_linear(is_person, _line("Northwind Enterprise "), 10_000)


@pytest.mark.parametrize("part", ["He said ", "Jane Doe at Riverside. ", "!? 12 "])
def test_carried_pronouns_stay_linear_on_long_lines(part):
    assert_linear(lambda text: _speakers([text, text, text]), _line(part), 1_000)


@pytest.mark.parametrize("part", ["Elle a rappelé que ", "à Marie Dupont, ", "« … » "])
def test_carried_french_pronouns_stay_linear_on_long_lines(part):
    assert_linear(lambda text: _speakers([text, text, text], "fr"), _line(part), 1_000)


def test_carries_take_empty_text_and_text_without_letters():
    assert _speakers(["", "He said 12."]) == ["", ""]
    assert _speakers(["12 345 — 678", "« … »"], "fr") == ["", ""]
