"""Furniture among claims, pass furniture16 (#16, session 14): an alt text glued to a paragraph's end and said again
below, a line of brackets only, a portrait's caption of an office and a name. Lines written for the test, in the
shapes the tune pages show."""

import pytest

from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    ("claim", "alt_text", "caption"),
    [
        (
            CLAIM_EN,
            "Workers clear snow from a pavement.",
            "Workers clear snow from a pavement in Leeds on Monday. Photo: Jane Doe",
        ),
        (
            CLAIM_FR,
            "Un ouvrier déblaie l'entrée d'un immeuble.",
            "Un ouvrier déblaie l’entrée d’un immeuble à Lyon, lundi. Photo : Jean Dupont",
        ),
    ],
)
def test_an_alt_text_glued_to_a_paragraph_and_said_again_below_is_cut(claim, alt_text, caption):
    text = TITLE + claim + alt_text + "\n" + caption + "\n" + CLAIM_EN + "\n"
    sentences = scored_sentences(text)
    assert claim in sentences
    assert not any(alt_text.rstrip(".") in sentence for sentence in sentences)


def test_a_sentence_glued_to_its_paragraph_and_not_said_again_stays():
    glued = "Workers cleared the snow from every school by Monday."
    text = TITLE + CLAIM_EN + glued + "\n" + "Schools reopen on Tuesday, the council said.\n"
    assert any(glued in sentence for sentence in scored_sentences(text))


@pytest.mark.parametrize("asides", ["(12 March 2024)", "(12 mars 2024)", "(14:05)", "(Jane Doe/AFP) (John Roe/AP)"])
def test_a_line_of_brackets_only_is_no_sentence_figures_or_not(asides):
    sentences = scored_sentences(TITLE + CLAIM_EN + "\n" + asides + "\n" + CLAIM_FR + "\n")
    assert CLAIM_EN in sentences and CLAIM_FR in sentences
    assert not any(asides in sentence for sentence in sentences)


@pytest.mark.parametrize(
    "line",
    [
        "Cases stand at 34 in the region (16 confirmed, 18 probable)",
        "Le nombre de cas atteint 34 dans la région (16 confirmés, 18 probables)",
    ],
)
def test_a_bracket_of_figures_after_words_still_ends_its_line(line):
    assert any(line in sentence for sentence in scored_sentences(TITLE + CLAIM_EN + "\n" + line + "\n"))


@pytest.mark.parametrize(
    "caption",
    [
        "Minister of Transport, Jane Doe.",
        "The Chief Executive of the Port Authority, John Roe.",
        "La ministre de la Culture et de l'Education populaire, Marie Durand.",
        "Le maire de Rennes, Paul Martin.",
    ],
)
def test_a_portrait_caption_of_an_office_and_a_name_is_no_sentence(caption):
    sentences = scored_sentences(TITLE + caption + "\n" + CLAIM_EN + "\n" + CLAIM_FR + "\n")
    assert CLAIM_EN in sentences and CLAIM_FR in sentences
    assert caption not in sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor thanked her deputy, Jane Doe.",
        "President Smith met his counterpart, John Roe.",
        "Le maire a remercié son adjoint, Paul Martin.",
    ],
)
def test_a_sentence_ending_on_a_name_after_a_comma_stays(sentence):
    assert sentence in scored_sentences(TITLE + sentence + "\n" + CLAIM_EN + "\n")
