"""Session 13's English claims pass (#16): events that crime and court copy reports as alleged. Sentences here are
written for these tests and are in no held-out file."""

import pytest

from claims.extraction.features import features, reasons
from claims.extraction.pipeline import extract
from claims.extraction.segmentation import split


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="en").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "The cyclist allegedly struck a pedestrian outside Leeds Central Library on Saturday afternoon.",
        "It is further alleged that the two men threatened the shop assistant with a knife.",
        "The trader is alleged to have sold counterfeit medicines from a market stall in Leeds.",
        "A woman who allegedly stole a van from a depot in Hull on Friday has been charged.",
    ],
)
def test_an_event_told_as_alleged_is_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


def test_an_allegation_is_explained_as_a_reported_event():
    _, cues = features("The teacher allegedly hid the exam papers.", "en")
    assert cues["allegation"] == 1.0
    assert "past_event" in reasons(cues)


def test_the_allegation_cue_is_english_only():
    # French copy marks an alleged act by the conditional, which has its own cue.
    _, cues = features("Le suspect aurait frappé un agent devant la gare.", "fr")
    assert "allegation" not in cues


# "have had" is the compound past of "have": what the speaker's service or town went through, which can be checked.


@pytest.mark.parametrize(
    "sentence",
    [
        "“We have had numerous break-ins at the depot, but nobody was hurt,” the manager said.",
        "“We’ve had a spate of thefts from parked cars around the reservoir,” the ranger added.",
    ],
)
def test_a_quotation_of_what_the_speaker_has_had_is_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


def test_has_had_is_a_past_event():
    _, cues = features("The county has had warmer than average weather.", "en")
    assert cues["past_event"] == 1.0


# "No." abbreviates "number" only before a figure; before a word, the "no" of a vote or an answer ends the sentence.


def test_a_vote_of_no_ends_the_sentence():
    text = "Councillors Reid and Patel voted no. Councillors Evans and Shah voted to approve the plan."
    assert split(text) == [
        "Councillors Reid and Patel voted no.",
        "Councillors Evans and Shah voted to approve the plan.",
    ]


def test_a_tally_ending_in_no_ends_the_sentence():
    text = "The parish approved the levy, 312 yes to 97 no. With the levy, the fire station stays open at night."
    assert len(split(text)) == 2


@pytest.mark.parametrize("text", ["He lived at No. 4 Mill Lane for a decade.", "The ruling in case no. 5512 stands."])
def test_no_before_a_number_is_an_abbreviation(text):
    assert split(text) == [text]
