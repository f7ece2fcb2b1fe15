"""Review of session 12 (#16, review12): a speech's speaker named again ends their words only as a whole word, and
guards for rules no earlier test held (each fails when its rule is undone)."""

import pytest

from claims.extraction import extract
from claims.extraction.unnamed_titles import title_as_written
from tests.extraction.written_pages import CLAIM_EN, TITLE, scored_sentences


def _speakers(text: str, language: str = "en") -> dict[str, str]:
    result = extract(text, language=language, threshold=0.0)
    return {sentence.text: sentence.speaker for sentence in result.claims + result.candidates}


@pytest.mark.parametrize(
    "text",
    [
        # "Lee" inside "Leeds", "Doe" inside "Doesn't" (a question cleaning drops between two sentences): no naming
        "Statement by Jane Lee\n\nWe thank the people of Leeds for their help. We opened 3 new schools last year.",
        "Statement by Jane Doe\n\nWe are proud. Doesn't the port matter? We opened 3 new schools last year.",
    ],
)
def test_a_speech_speakers_surname_inside_another_word_does_not_end_their_words(text):
    assert _speakers(text)["We opened 3 new schools last year."] == text.split("\n")[0].removeprefix("Statement by ")


def test_the_speaker_named_again_by_their_title_ends_their_words():
    text = (
        "Statement by Police Commissioner James Doe\n\nWe are here to help you today. The commissioner said the city"
        " hired 40 officers. Crime fell 3% in 2023 across the city."
    )
    assert _speakers(text)["Crime fell 3% in 2023 across the city."] == ""


def test_us_the_country_is_no_first_person_under_a_speech_heading():
    text = "Statement by Jane Doe\n\nUS exports rose 3% in 2023 across the region. The port handled 40,000 containers."
    assert set(_speakers(text).values()) == {""}


def test_a_civility_before_an_office_is_no_office_as_written():
    assert title_as_written("Le monsieur a répété ce que le maire de Liège avait affirmé.") == "le maire de Liège"


def test_a_signing_credit_of_three_words_is_cut_from_its_paragraph_s_last_sentence():
    sentences = scored_sentences(TITLE + CLAIM_EN + "    — Agence France Presse\n")
    assert CLAIM_EN in sentences
