"""Page furniture recognised by its shape, never kept inside a claim (#16, session 8): datelines and credits opening a
paragraph, live blogs' time stamps, stamp lines, the page's prompts and credits; lines written for the test."""

import pytest

from claims.extraction.cleaning import clutter_reason
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    ("opening", "claim"),
    [
        ("(Reuters) — ", CLAIM_EN),
        ("(Belga) ", CLAIM_FR),
        ("date 2024-03 (AFP) ", CLAIM_FR),
        ("LISBON, Portugal — ", CLAIM_EN),
        ("SAINT-DENIS, La Réunion — ", CLAIM_FR),
        ("OTTAWA — ", CLAIM_EN),
        ("EN DIRECT – ", CLAIM_FR),
    ],
)
def test_a_credit_or_a_dateline_opening_the_paragraph_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + opening + claim + "\n")


@pytest.mark.parametrize(("opening", "claim"), [("Port Elizabeth - ", CLAIM_EN), ("date 2024-03 Sénégal – ", CLAIM_FR)])
def test_a_place_and_a_dash_opening_the_first_paragraph_are_cut(opening, claim):
    assert claim in scored_sentences(TITLE + opening + claim + "\n")


def test_a_place_and_a_dash_after_the_first_paragraph_are_kept():
    text = TITLE + CLAIM_EN + "\nJane Doe - Mayor of the city since 2019 - said the figures were wrong.\n"
    assert "Jane Doe - Mayor of the city since 2019 - said the figures were wrong." in scored_sentences(text)


def test_a_capitalised_acronym_inside_a_sentence_is_kept():
    sentence = "The figures published by NASA — and confirmed by the agency — show a drop of 12 percent."
    assert sentence in scored_sentences(TITLE + sentence + "\n")


@pytest.mark.parametrize(
    "text",
    [
        f"{CLAIM_FR} 21:40 - Le maire sortant a obtenu 52 % des voix, selon les premiers résultats.",
        f"{CLAIM_FR} 21 heures 40 : Le maire sortant a obtenu 52 % des voix, selon les premiers résultats.",
        f"{CLAIM_FR}\n21:40 - Le maire sortant a obtenu 52 % des voix, selon les premiers résultats.",
    ],
)
def test_a_live_blogs_time_stamp_is_cut_from_the_entry(text):
    assert "Le maire sortant a obtenu 52 % des voix, selon les premiers résultats." in scored_sentences(
        TITLE + text + "\n"
    )


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Publié le 3 mars 2021 à 18h05 - Dernière mise à  jour le 4 mars 2021 à 09h12", "site_notice"),
        ("Published 3:45 PM on 2 March 2021 - Updated 5:10 PM on 2 March 2021", "site_notice"),
        ("Follow the latest updates below.", "prompt"),
        ("Suivez notre grand direct consacré au second tour : toutes les estimations dans notre fil.", "prompt"),
        ("Retrouvez nos informations en direct dans notre fil.", "prompt"),
        ("Click here for the full list of polling stations.", "prompt"),
        ("Your email address will not be published.", "prompt"),
        ("Votre adresse e-mail ne sera pas publiée.", "prompt"),
        ("Tell us what you think!", "prompt"),
        ("Photo Jeanne Martin.", "caption"),
        ("BY JOHN SMITH.", "caption"),
        ("PAR JEAN DUPONT", "caption"),
        ("7 a.m.", "video"),
        ("11 p.m.", "video"),
        ("  • Oops!", "site_notice"),
        ("- Publié le 3 mars 2021", "site_notice"),
        ("Lire l'article.", "read_more"),
        ("Lire la brève.", "read_more"),
        ("Read the full story.", "read_more"),
        ("Firefighters worked through the night at the warehouse. (Jane Doe/CBC)", "caption"),
    ],
)
def test_furniture_shapes(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "La liste des candidats ne sera pas publiée avant lundi, a indiqué la préfecture.",
        "Photo ID is now required at every polling station, the electoral commission said.",
        "By 2030 the council plans to build 400 homes.",
        "12",
        "The union represents 5,100 employees (Local 91/IAM figures).",
        "Follow-up tests found no trace of the virus, the hospital said.",
    ],
)
def test_prose_near_those_shapes_is_kept(line):
    assert clutter_reason(line) == ""


def test_a_photo_note_and_its_agency_are_cut_from_the_paragraph_they_follow():
    line = "Plus de 600 personnes meurent chaque année sur les routes du pays. (photo d'illustration) AFP"
    sentences = scored_sentences(TITLE + CLAIM_FR + "\n" + line + "\n")
    assert "Plus de 600 personnes meurent chaque année sur les routes du pays." in sentences
    assert not any("AFP" in sentence for sentence in sentences)


def test_the_live_coverage_prompt_inside_a_paragraph_is_not_a_claim():
    text = TITLE + f"{CLAIM_FR} Découvrez les résultats dans notre grand direct.\n"
    assert not any("direct" in sentence for sentence in scored_sentences(text))
