"""Session 11's English claims pass (#16): shapes of English sentences that state nothing checkable yet. Sentences here
are written for these tests and are in no held-out file; each test of a sentence held back first asserts that the
model alone would take it, so that the test can fail."""

import pytest

from claims.extraction import extract
from claims.extraction.model import score

THRESHOLD = 0.5


def is_claim_for_the_model(sentence: str) -> bool:
    return score(sentence, "en")[0] >= THRESHOLD


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="en").claims]


# A forecast or a plan in the present progressive.


@pytest.mark.parametrize(
    "sentence",
    [
        "The regional water company is forecasting a £25 million loss for the coming financial year.",
        "Analysts at the central bank are predicting that exports will grow by 6 percent in 2027.",
        "The mining group said it is expecting revenue of between $300m and $320m for the full year.",
        "Emergency crews in three northern counties are preparing for the highest river levels on record.",
        "Mr Sharma is considering an appeal against the District Auditor's decision.",
    ],
)
def test_a_forecast_or_a_plan_in_the_present_progressive_is_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a past event beside the forecast is checkable
        "The hospital trust, which has recorded a £12m deficit, is predicting a further shortfall next year.",
        # a past progressive narrates what happened
        "The ruling group were proposing a 4.1% rise in the council tax.",
    ],
)
def test_a_past_event_beside_it_or_a_past_progressive_stays_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


# Reported speech whose clause is the speaker's stance.


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillor Peter Hall said he felt the Conservative administration were being dishonest with the electorate "
        "over underspends.",
        "Opposition leader Mark Evans said he believed the Treasury was hiding the true cost of the hospital scheme "
        "from Parliament.",
        "The union's regional secretary said she wanted the Department of Health to publish its review of staffing.",
        "Councillor Anne Price said she supported the concept of the bulletin if it reflected the majority view of the "
        "council.",
    ],
)
def test_a_reported_stance_is_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a figure in the clause is checkable
        "The finance director said he believed the council had overspent by £2.4 million last year.",
        # a stance verb that is not the reported clause's
        "The minister said the department supported 4,000 families through the winter.",
    ],
)
def test_a_reported_stance_beside_a_figure_stays_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


# An effort stated, not its result.


@pytest.mark.parametrize(
    "sentence",
    [
        "Transport Minister Dr Amina Yusuf said efforts were being made to restore the country's rail network.",
        "Police Commissioner Joeli Namosi says the island's police force is doing all it can to curb the illegal drug "
        "trade in the Western Division.",
        "She says the ministry has a large amount of work underway to increase the supply of affordable rental homes.",
    ],
)
def test_an_effort_is_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)


def test_an_effort_beside_a_figure_stays_a_claim():
    sentence = (
        "The Health Minister, John Kerr MP, says the Government is doing everything possible to cut waiting lists "
        "despite 7.6 million people waiting for treatment."
    )
    assert sentence in extracted_claims(sentence)


# The page's own voice speaking to "you".


@pytest.mark.parametrize(
    "sentence",
    [
        "What you're looking at there is the monthly rate at which rents in London are going up.",
        "Better you first spend the relief money sent to your district before asking the Centre for more.",
        "The figures from the Office for National Statistics, which we can show you here, are a big deal for the "
        "Chancellor.",
    ],
)
def test_the_page_speaking_to_its_reader_is_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)


def test_the_page_speaking_to_its_reader_of_a_figure_stays_a_claim():
    sentence = "If you live in Leeds, your council tax rose by 4.9% in April."
    assert sentence in extracted_claims(sentence)
