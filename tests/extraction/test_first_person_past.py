"""Session 8 (#16, English claims): a first-person quotation that reports what the speaker did, in the simple past
("I closed …") or the contracted compound past ("We’ve closed …"), states a fact and is not held back as the speaker's
stance; a report of what would or could happen is held back; a charge of an act is a past event. Sentences here are
written for these tests and are in no held-out file."""

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


# Reported speech turning on "would", "could", "might" or "may": a warning or a prospect (session-8 clarifications).


@pytest.mark.parametrize(
    "sentence",
    [
        "The Ashford police commander said anyone taking the law into their own hands would face prosecution in the "
        "High Court.",
        "The Minister of Home Affairs said foreign workers who overstay their passes could be deported to their home "
        "countries.",
        "The Environment Agency said the River Stour could burst its banks in Ashford and Canterbury.",
    ],
)
def test_a_report_of_what_would_or_could_happen_is_not_a_claim(sentence):
    assert score(sentence, "en")[0] >= THRESHOLD  # the model alone would take it
    assert extracted_claims(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Home Office said the new scheme for Ashford would cost £12m over three years.",
        "Jeremy Corbyn says he had spoken with May after the explosion in Manchester.",
    ],
)
def test_a_reported_modal_beside_a_figure_or_a_name_in_capitals_stays_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


# A charge or an accusation of an act is an alleged past event (session-8 clarifications).


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The driver is charged with hitting a cyclist near the station and leaving the scene.", "en"),
        ("Two guards are suspected of selling keys to the inmates.", "en"),
        ("Elle est soupçonnée d'avoir frappé une infirmière à l'hôpital.", "fr"),
    ],
)
def test_a_charge_or_an_accusation_of_an_act_is_a_past_event(sentence, language):
    assert "past_event" in cue_features(sentence, tokens(sentence), language)


def test_an_accusation_of_an_act_is_extracted():
    sentence = "She is accused of hitting the nurse on the arm, as the nurse was doing her rounds."
    assert extracted_claims(sentence) == [sentence]


def test_an_accusation_with_no_act_is_no_past_event():
    sentence = "He is accused of arrogance by the opposition."
    assert "past_event" not in cue_features(sentence, tokens(sentence), "en")
