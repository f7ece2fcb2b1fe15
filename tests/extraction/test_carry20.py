"""Speakers round #16, session 20, carry20: a body's bare kind ("the company", "the regulator", « l'organisation »)
points back to the body a sentence just before names by its own name, a name of one word ("Veltrix", "Ofwat")
included, or one with what it stands for (« le Syndicat des boulangers »). Sentences written for these tests."""

import pytest

from tests.extraction.read_speakers import speakers_by_sentence


@pytest.mark.parametrize(
    ("text", "language", "sentence", "speaker"),
    [
        (
            "Veltrix said on Monday that its revenue fell 8% in the third quarter. "
            "The company reported a net loss of $2.1 billion, or 40 cents a share.",
            "en",
            "The company reported a net loss of $2.1 billion, or 40 cents a share.",
            "Veltrix",
        ),
        (
            "Water bills will rise by £90 from April after Ofwat said it was lifting its limit. "
            "The regulator announced that 14 companies had missed their leakage targets last year.",
            "en",
            "The regulator announced that 14 companies had missed their leakage targets last year.",
            "Ofwat",
        ),
        (
            "La grève a touché 300 boulangeries lundi, a indiqué le Syndicat des boulangers. "
            "« Plus de 40 % des artisans ont fermé leur boutique », a fait savoir l’organisation dans un communiqué.",
            "fr",
            "« Plus de 40 % des artisans ont fermé leur boutique », a fait savoir l’organisation dans un communiqué.",
            "le Syndicat des boulangers",
        ),
    ],
)
def test_a_bare_kind_of_body_is_the_body_named_just_before(
    text: str, language: str, sentence: str, speaker: str
) -> None:
    assert speakers_by_sentence(text, language)[sentence] == speaker


def test_a_person_named_whole_is_no_body_of_a_kind() -> None:
    text = (
        "Jane Morrow said on Monday that sales fell 8% in the third quarter. "
        "The company reported a net loss of $2.1 billion, or 40 cents a share."
    )
    assert speakers_by_sentence(text, "en")[text.split(". ", 1)[1]] == "the company"


def test_an_institution_one_of_a_kind_stays_as_written() -> None:
    text = (
        "La grève a touché 300 boulangeries lundi, a indiqué le Syndicat des boulangers. "
        "Plus de 40 % des artisans ont fermé leur boutique, selon la préfecture."
    )
    assert speakers_by_sentence(text, "fr")[text.split(". ", 1)[1]] == "la préfecture"
