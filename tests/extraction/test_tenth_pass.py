"""The tenth pass (#16) on the fifth round's tune pages: datelines and citation notices dropped as furniture, and
sentences held below the threshold, in French and English. Lines and sentences here are written for these tests and
are in no held-out file; each test of a sentence held back first asserts that the model alone would take it, so that
the test can fail."""

import pytest

from claims.extraction import extract
from claims.extraction.model import score

THRESHOLD = 0.5


def is_claim_for_the_model(sentence: str, language: str) -> bool:
    return score(sentence, language)[0] >= THRESHOLD


def extracted(text: str, language: str | None = None) -> list[str]:
    result = extract(text, language=language)
    return [sentence.text for sentence in result.claims + result.candidates]


def extracted_claims(text: str, language: str) -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


# Furniture.


@pytest.mark.parametrize(
    ("first_line", "sentence"),
    [
        (
            "LAHORE: The provincial government raised the minimum wage by 12 per cent on Monday, officials said.",
            "The provincial government raised the minimum wage by 12 per cent on Monday, officials said.",
        ),
        (
            "date 2024-02-11 NEW DELHI: Rail fares rose by 8 per cent in January, the ministry said on Friday.",
            "Rail fares rose by 8 per cent in January, the ministry said on Friday.",
        ),
        (
            "ABIDJAN : Le prix du cacao a augmenté de 20 % en un an, selon le ministère de l'Agriculture.",
            "Le prix du cacao a augmenté de 20 % en un an, selon le ministère de l'Agriculture.",
        ),
    ],
)
def test_a_dateline_in_capitals_before_the_first_sentence_is_cut(first_line, sentence):
    text = f"Wages and fares\n{first_line}\nThe change was approved by the cabinet last week.\n"
    assert sentence in extracted(text)


def test_a_label_in_capitals_after_the_first_paragraph_is_kept():
    text = (
        "Wages and fares\nThe provincial government raised the minimum wage by 12 per cent on Monday.\n"
        "UPDATE: The cabinet approved the change on Tuesday, officials said.\n"
    )
    assert "UPDATE: The cabinet approved the change on Tuesday, officials said." in extracted(text)


@pytest.mark.parametrize(
    "notice",
    [
        "Citation: City council approves new bus lanes (2021, March 3) retrieved 9 May 2024 from "
        "https://example.org/news/2021-03-bus-lanes.html",
        "Pour citer cet article : Le conseil vote le budget (2022), consulté le 4 juin 2024 sur "
        "https://exemple.fr/budget-2022",
    ],
)
def test_a_citation_notice_is_furniture(notice):
    text = f"Bus lanes\nThe council approved 14 new bus lanes in 2021, the transport office said.\n{notice}\n"
    assert not any("https://" in sentence for sentence in extracted(text))
