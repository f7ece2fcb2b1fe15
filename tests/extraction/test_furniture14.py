"""Furniture among claims, pass furniture14 (#16, session 12): lines closing on a bracketed aside with no sentence
in them; an embedded post's opening above its signature; an outlet's credit glued to a paragraph's edge. Lines written
for the test, in the shapes the tune pages show."""

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


POST_OPENING = "Je salue avec une profonde émotion le courage des 40 agents mobilisés cette nuit sur le port."
SIGNED_POST_END = "Toutes mes pensées vont à leurs proches. — Jean Dupont (@jeandupont) 3 mars 2024"


def test_the_opening_of_an_embedded_post_above_its_signature_is_no_claim():
    sentences = scored_sentences(TITLE + CLAIM_FR + "\n" + POST_OPENING + "\n" + SIGNED_POST_END + "\n")
    assert POST_OPENING not in sentences
    assert CLAIM_FR in sentences


def test_a_signature_alone_takes_the_post_above_it():
    post = "Bienvenue à notre nouveau capitaine, arrivé de Lyon pour trois saisons !"
    sentences = scored_sentences(TITLE + CLAIM_FR + "\n" + post + "\n— Club FC (@clubfc) July 29, 2024\n")
    assert not any("capitaine" in sentence for sentence in sentences)


def test_the_writers_introduction_of_a_post_is_kept():
    introduction = "Le maire a réagi dans la soirée sur les réseaux sociaux en saluant le travail des 40 agents :"
    sentences = scored_sentences(TITLE + CLAIM_FR + "\n" + introduction + "\n" + SIGNED_POST_END + "\n")
    assert any("Le maire a réagi" in sentence for sentence in sentences)


def test_a_paragraph_too_long_for_the_post_is_kept():
    paragraph = CLAIM_FR + " " + " ".join([CLAIM_FR.replace("4 %", f"{n} %") for n in range(5, 9)])
    sentences = scored_sentences(TITLE + paragraph + "\n" + SIGNED_POST_END + "\n")
    assert CLAIM_FR in sentences


@pytest.mark.parametrize(
    ("opening", "claim"),
    [
        ("Damascus-SANA/ ", CLAIM_FR),
        ("APS - (Alger) ", CLAIM_FR),
        ("Kumasi, Sept. 12, GNA - ", CLAIM_EN),
    ],
)
def test_an_outlets_initials_beside_the_place_opening_the_first_paragraph_are_cut(opening, claim):
    sentences = scored_sentences(TITLE + opening + claim + "\n")
    assert claim in sentences
    assert not any(opening.strip() in sentence for sentence in sentences)


def test_initials_and_a_dash_inside_a_later_paragraph_are_kept():
    later = "Paris-SG / Le club a vendu 4 joueurs en 2024, a indiqué le directeur sportif."
    assert later in scored_sentences(TITLE + CLAIM_FR + "\n" + later + "\n")
    sentence = "Health minister Jane Doe - NHS / The waiting list fell by 4 percent in 2024, she said."
    assert sentence in scored_sentences(TITLE + CLAIM_EN + "\n" + sentence + "\n")


@pytest.mark.parametrize(
    ("claim", "credit"),
    [(CLAIM_EN, "    -Xinhua"), (CLAIM_EN, " Source: 1 NEWS"), (CLAIM_FR, " Source : Insee"), (CLAIM_FR, " -APS")],
)
def test_a_credit_signing_the_last_sentence_is_cut(claim, credit):
    sentences = scored_sentences(TITLE + claim + " " + claim.replace("2024", "2023") + credit + "\n")
    assert claim in sentences
    assert not any(credit.strip() in sentence for sentence in sentences)


def test_a_dash_and_a_name_inside_a_sentence_are_kept():
    sentence = "The regional budget grew by 4 percent in 2024 - Finance Office figures show, the mayor said."
    assert sentence in scored_sentences(TITLE + sentence + "\n")
