"""Furniture among claims, pass furniture14 (#16, session 12): lines closing on a bracketed aside with no sentence
in them; lines written for the test, in the shapes the tune pages show."""

import pytest

from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    "line",
    [
        "Download the figures (spreadsheets and charts)",
        "The Daily Courier (Kingston)",
        "Anna Lee (now) and Mark Stone (earlier)",
        "Télécharger le rapport (tableaux et graphiques)",
        "Le colis saisi dans un carton de biscuits (Douanes)",
        "  • Accès à toutes nos éditions (Lille, Nantes et Rennes)",
    ],
)
def test_a_line_closing_on_an_aside_with_no_sentence_is_no_claim(line):
    sentences = scored_sentences(TITLE + line + "\n" + CLAIM_EN + "\n" + CLAIM_FR + "\n")
    assert not any(line.strip(" •") in sentence for sentence in sentences)
    assert CLAIM_EN in sentences and CLAIM_FR in sentences


@pytest.mark.parametrize(
    "line",
    [
        "Cumulative cases stand at 34 (16 confirmed, 18 probable)",
        "Le chômage a reculé de 2 % sur un an (Insee).",
    ],
)
def test_an_aside_holding_figures_or_after_a_sentence_keeps_its_line(line):
    assert line.strip() in scored_sentences(TITLE + CLAIM_EN + "\n" + line + "\n")


def test_captions_with_a_labelled_credit_still_end_a_run_of_headlines():
    captions = [
        "A van was crushed by a falling tree during the storm in the north of the county (Picture: Jane Doe)",
        "Dark clouds over the harbour yesterday before the first of the two storms arrived (Picture: Met Desk)",
        "Flooded fields between the two villages after the river burst its banks overnight (Picture: Rail Co)",
    ]
    cut = "The regional office had issued an amber warning for strong winds covering the whole coast, with yellow"
    sentences = scored_sentences(TITLE + "\n".join(captions) + "\n" + cut + "\n")
    assert any(cut in sentence for sentence in sentences)
