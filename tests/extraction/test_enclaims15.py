"""Session 14's English claims pass (#16). Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction.pipeline import extract


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="en").claims]


# An allegation reports an act or a fact as someone tells it (the guidelines' clarification): checkable even when the
# alleged fact is a plan under way or sits beside what will be known later.


@pytest.mark.parametrize(
    "sentence",
    [
        "The opposition also alleged that the water regulator is considering a steep rise in household charges.",
        "Nurses also alleged that the waiting lists kept by the Ministry of Health are not accurate, and the real "
        "delays will only be known once the audit ends.",
    ],
)
def test_an_allegation_beside_a_plan_or_a_prospect_is_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


def test_a_plan_under_way_with_no_allegation_stays_held_back():
    sentence = "The water regulator is considering a steep rise in household charges."
    assert sentence not in extracted_claims(sentence)


# A date standing alone (a dateline, a schedule's heading) says when, never what.


@pytest.mark.parametrize("date", ["Saturday 1 October.", "(1 Aug 2022)", "Tuesday, March 3, 2020."])
def test_an_english_date_alone_is_no_claim(date):
    text = f"The count began at the Town Hall on Monday.\n\n{date}\n\nTurnout was 64 per cent, the officer said."
    assert date not in extracted_claims(text)


def test_a_sentence_that_gives_a_date_is_left_to_the_model():
    sentence = "The inquiry opened on Saturday 1 October and heard from 40 witnesses."
    assert sentence in extracted_claims(sentence)


# A time in the past named beside a plan or a prospect: the sentence also tells what was done then.


@pytest.mark.parametrize(
    "sentence",
    [
        "Health Minister Anne Clarke yesterday acknowledged the rise in hospital admissions and said more beds will be "
        "opened at Westfield General Hospital.",
        "The province was hopeful at the start of last year that the economy would stay strong, and it posted the "
        "lowest jobless rate in the country.",
    ],
)
def test_a_plan_beside_a_past_time_is_left_to_the_model(sentence):
    assert sentence in extracted_claims(sentence)


def test_a_plan_with_no_past_time_stays_held_back():
    sentence = "Health Minister Anne Clarke said more beds will be opened at Westfield General Hospital."
    assert sentence not in extracted_claims(sentence)
