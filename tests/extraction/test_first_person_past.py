"""Session 8 (#16, English claims): a first-person quotation that reports what the speaker did, in the simple past
("I closed …") or the contracted compound past ("We’ve closed …"), states a fact and is not held back as the speaker's
stance. Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens
from claims.extraction.model import score

THRESHOLD = 0.5


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="en").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "“I closed the harbour to tankers last spring,” the mayor of Ashford said.",
        "“We notified every family in the valley of the results,” the mayor of Ashford said.",
        "“We’ve closed the harbour to tankers,” the governor of Maine said.",
    ],
)
def test_a_first_person_quotation_of_what_the_speaker_did_stays_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We believed every family in this valley deserved better,” the mayor of Ashford said.",
        "“We said every family in this valley deserved better,” the mayor of Ashford said.",
    ],
)
def test_a_first_person_past_of_speech_or_state_of_mind_is_still_held_back(sentence):
    assert score(sentence, "en")[0] >= THRESHOLD  # the model alone would take it
    assert extracted_claims(sentence) == []


def test_a_contracted_have_before_a_participle_is_a_past_event():
    for sentence in ("They’ve closed the road to Ashford.", "We've lost two ferries this winter."):
        assert "past_event" in cue_features(sentence, tokens(sentence), "en")
