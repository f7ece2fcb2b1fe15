"""Review of session 12 (#16, review12): a speech's speaker named again ends their words only as a whole word, and
guards for rules no earlier test held (each fails when its rule is undone)."""

import pytest

from claims.extraction.held_back_own_voice import speaks_of_self_in_own_voice
from claims.extraction.line_shapes import POST_MAX_CHARS, closes_on_aside, embedded_post_openings
from claims.extraction.model import score
from claims.extraction.source_openings import own_document_owner
from claims.extraction.speakers import speakers_of
from claims.extraction.unnamed_titles import title_as_written
from tests.extraction.read_speakers import speakers_by_sentence
from tests.extraction.written_pages import CLAIM_EN, TITLE, scored_sentences


@pytest.mark.parametrize(
    "text",
    [
        # "Lee" inside "Leeds", "Doe" inside "Doesn't" (a question cleaning drops between two sentences): no naming
        "Statement by Jane Lee\n\nWe thank the people of Leeds for their help. We opened 3 new schools last year.",
        "Statement by Jane Doe\n\nWe are proud. Doesn't the port matter? We opened 3 new schools last year.",
    ],
)
def test_a_speech_speakers_surname_inside_another_word_does_not_end_their_words(text):
    speakers = speakers_by_sentence(text, "en")
    assert speakers["We opened 3 new schools last year."] == text.split("\n")[0].removeprefix("Statement by ")


def test_the_speaker_named_again_by_their_title_ends_their_words():
    text = (
        "Statement by Police Commissioner James Doe\n\nWe are here to help you today. The commissioner said the city"
        " hired 40 officers. Crime fell 3% in 2023 across the city."
    )
    assert speakers_by_sentence(text, "en")["Crime fell 3% in 2023 across the city."] == ""


def test_us_the_country_is_no_first_person_under_a_speech_heading():
    text = "Statement by Jane Doe\n\nUS exports rose 3% in 2023 across the region. The port handled 40,000 containers."
    assert set(speakers_by_sentence(text, "en").values()) == {""}


def test_a_civility_before_an_office_is_no_office_as_written():
    assert title_as_written("Le monsieur a répété ce que le maire de Liège avait affirmé.") == "le maire de Liège"


def test_a_signing_credit_of_three_words_is_cut_from_its_paragraph_s_last_sentence():
    sentences = scored_sentences(TITLE + CLAIM_EN + "    — Agence France Presse\n")
    assert CLAIM_EN in sentences


def test_an_aside_after_an_ended_sentence_does_not_make_its_line_close_on_the_aside():
    assert closes_on_aside("Télécharger les données (format Excel)")
    assert not closes_on_aside("The budget grew by 4 percent in 2024, the office said. (Updated)")


def test_a_paragraph_and_the_post_text_on_the_signature_s_line_must_fit_a_post_together():
    above = "The regional budget grew by 4 percent in 2024, the finance office said in a statement on Friday. " * 2
    signed = "The council approved it on Monday after a long debate. " * 2 + "— Jane Doe (@janedoe) 10 juin 2018"
    assert len(above) < POST_MAX_CHARS < len(above) + signed.index("—")
    assert embedded_post_openings([above, signed]) == set()
    assert embedded_post_openings([above, signed[signed.index("—") :]]) == {0}


@pytest.mark.parametrize(
    ("sentence", "own_voice"),
    [("We are in very good shape overall.", True), ("The US is in very good shape overall.", False)],
)
def test_us_the_country_is_no_own_voice(sentence, own_voice):
    assert speaks_of_self_in_own_voice(sentence, score(sentence, "en")[1], "en") is own_voice


def test_a_subject_longer_than_a_name_after_an_own_document_opening_names_no_one():
    opening = "Selon son rapport annuel, le Syndicat des transports "
    assert own_document_owner(opening + "a atteint 3 %.") == "le Syndicat des transports"
    assert own_document_owner(opening + "de la région de Paris et des environs a atteint 3 %.") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Selon la mission d'observation (ONU), 3 000 personnes ont fui la ville.",
        "Selon les experts de la mission (ONU), 3 000 personnes ont fui la ville.",
    ],
)
def test_lower_case_words_before_an_acronym_of_another_initial_are_not_its_name(sentence):
    assert speakers_of([sentence], sentence, "fr") == [""]


def test_initials_and_a_slash_before_a_lower_case_word_open_the_sentence_not_a_credit():
    sentence = "Covid-PCR/ antigen tests rose by 4 percent in 2024, the health office said."
    assert sentence in scored_sentences(TITLE + sentence + "\n")
