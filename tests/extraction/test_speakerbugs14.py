"""Speakers round #16, session 14: a sentence adverb before an existential clause, a place's state or country after
a comma, and the noun phrase that opens what was said after "said" are never the speaker; sentences written for
these tests."""

import pytest

from claims.extraction.speakers import speakers_of


def _speaker(sentence: str, language: str = "en") -> str:
    return speakers_of([sentence], sentence, language)[0]


@pytest.mark.parametrize(
    "sentence",
    [
        "Importantly, there were 17 burglaries reported last month in the old town.",
        "Notably, in the eastern district, there has been a fall in measles cases reported since spring.",
        "Meanwhile, there were 30 floods recorded this winter, officials said.",
    ],
)
def test_a_sentence_adverb_before_an_existential_clause_is_no_speaker(sentence):
    # "there" is the clause's subject; "reported" only qualifies the cases: the outlet's own statement
    assert _speaker(sentence) == ""


def test_a_name_before_the_verb_still_speaks_after_a_sentence_adverb():
    assert _speaker("Importantly, Jane Doe said there were 17 burglaries last month.") == "Jane Doe"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("The fire department in Dayton, Ohio, said it had rescued four people.", "the fire department in Dayton"),
        ("The coroner's office in Marion County near Ocala, Fla., said it had identified the driver.", ""),
        ("The health department in Leeds, England, said it had 12 new cases.", "the health department in Leeds"),
    ],
)
def test_the_state_or_country_after_a_place_is_no_speaker(sentence, speaker):
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A spokeswoman for the embassy in Rome, Jane Doe, said the visas were delayed.", "Jane Doe"),
        # a name after a place and a comma, but not set off by a second one, is the subject
        ("After talks in Paris, Macron said the deal was close.", "Macron"),
        ("Speaking in Leeds, Jane Doe said the road was closed.", "Jane Doe"),
    ],
)
def test_a_person_after_a_place_still_speaks(sentence, speaker):
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Le bureau du shérif à Dayton, en Ohio, a indiqué qu'il avait secouru quatre personnes.", ""),
        (
            "La police de Nantes, dans la Loire-Atlantique, a indiqué qu'elle avait arrêté six personnes.",
            "la police de Nantes",
        ),
        ("La police de Montréal, au Québec, a indiqué qu'elle avait arrêté six personnes.", "la police de Montréal"),
    ],
)
def test_the_region_after_a_place_is_no_speaker_in_french(sentence, speaker):
    assert _speaker(sentence, "fr") == speaker


def test_the_noun_phrase_opening_what_was_said_is_no_inverted_speaker():
    sentences = [
        "Governor Anna Field presented the state budget on Monday.",
        "The Governor, praising the budget at its launch, said the GDP of Ruritania was 9 percent higher.",
    ]
    assert speakers_of(sentences, " ".join(sentences), "en")[1] == "Anna Field"


def test_the_noun_phrase_after_said_is_not_the_speaker_when_the_page_names_no_holder():
    sentence = "The Governor, praising the budget at its launch, said the GDP of Ruritania was 9 percent higher."
    assert _speaker(sentence) == ""


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ('"Revenue rose," said Jane Roe.', "Jane Roe"),
        ("Revenue rose, said the agency.", "the agency"),
        ('"Revenue rose," said Jane Doe, who had read the figures.', "Jane Doe"),
    ],
)
def test_an_inverted_speaker_that_ends_its_clause_still_speaks(sentence, speaker):
    assert _speaker(sentence) == speaker


def test_the_french_counterpart_keeps_the_subject_before_the_verb():
    sentence = "Jean Dupont, saluant le budget, a déclaré que le PIB de la région était en hausse."
    assert _speaker(sentence, "fr") == "Jean Dupont"
