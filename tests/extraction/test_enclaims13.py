"""Session 13's English claims pass (#16): events that crime and court copy reports as alleged. Sentences here are
written for these tests and are in no held-out file."""

import pytest

from claims.extraction.features import features, reasons
from claims.extraction.pipeline import extract, segment
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


# A live blog's English time stamp opening an entry is the page's furniture, not part of the entry's first sentence.


@pytest.mark.parametrize(
    ("stamp", "entry"),
    [
        ("4.35 pm: ", "The transport minister says 14 new bus routes will be funded from the levy."),
        ("11:05am ", "With 120 of 160 seats declared, the ruling party holds 58."),
        ("9:12am Sunday ", "With 20 of 31 wards counted, turnout stands at 41%."),
        ("6 p.m. – ", "Police say 300 officers were deployed across the city centre."),
    ],
)
def test_a_live_blogs_time_stamp_is_not_part_of_the_entry(stamp, entry):
    text = f"Budget day live: reactions\n\n{stamp}{entry}\n\n{stamp}{entry.replace('the', 'a', 1)}\n"
    sentences = [text[start:end] for start, end in segment(text)[1]]
    assert entry in sentences
    assert not any(stamp.strip() in sentence for sentence in sentences)


def test_a_clock_time_inside_a_sentence_stays():
    text = "Budget day live\n\nThe polls closed at 10 pm and counting began at once.\n"
    assert "The polls closed at 10 pm and counting began at once." in [text[a:b] for a, b in segment(text)[1]]
