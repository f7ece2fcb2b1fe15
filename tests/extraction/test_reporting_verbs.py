"""The reporting verbs of news writing in every attribution shape (issue 16, point 4): the standard set of speech-act
verbs ("advised", "contended", "was quoted as saying"), with sentences written for these tests."""

import pytest

from claims.extraction.attribution import SpeakerTracker


def _speaker(sentence: str) -> str:
    return SpeakerTracker().speaker_of(sentence)


@pytest.mark.parametrize(
    "verb",
    [
        "acknowledges",
        "admits",
        "advised",
        "advises",
        "commented",
        "contended",
        "contends",
        "declares",
        "described",
        "indicated",
        "indicates",
        "maintained",
        "maintains",
        "observed",
        "observes",
        "remarked",
        "suggested",
        "suggests",
        "testifies",
    ],
)
def test_an_english_reporting_verb_names_its_subject(verb):
    assert _speaker(f"Jane Okoro {verb} that 40 workers were laid off in May.") == "Jane Okoro"


@pytest.mark.parametrize("verb", ["observed", "remarked", "commented", "maintained", "indicated"])
def test_an_english_reporting_verb_after_the_quotation_names_the_speaker_after_it(verb):
    assert _speaker(f"“Forty workers were laid off,” {verb} Jane Okoro.") == "Jane Okoro"


def test_a_verb_whose_object_follows_it_is_not_inverted():
    assert _speaker("Prices rose by 4% in May, advised Jane Okoro's lawyers in a letter.") == ""
    assert _speaker("Jane Okoro has written that 40 workers were laid off.") == "Jane Okoro"


def test_the_one_quoted_as_saying_is_the_speaker_whatever_stands_before_the_name():
    assert _speaker("Port director-general Amina Rahman was quoted by local radio as saying 40 ships were held.") == (
        "Amina Rahman"
    )


@pytest.mark.parametrize("participle", ["warning", "explaining", "arguing", "stressing", "acknowledging"])
def test_a_clause_opened_by_a_reporting_participle_is_the_sentence_subjects(participle):
    assert _speaker(f"Mayor Jane Okoro toured the flooded district, {participle} that 40 homes were lost.") == (
        "Jane Okoro"
    )
