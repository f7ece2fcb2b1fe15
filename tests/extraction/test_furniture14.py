"""Furniture among claims, pass furniture14 (#16, session 12): lines closing on a bracketed aside with no sentence
in them; an embedded post's opening above its signature; an outlet's credit glued to a paragraph's edge; kickers in
capitals; a programme's presenters and guests; paywall notices; a live coverage announcing itself; and, the other
way, a table's rows of a label and a percentage kept for the scorer. Lines written for the test, in the shapes the
tune pages show."""

import pytest

from claims.extraction.cleaning import clutter_reason
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


@pytest.mark.parametrize("kicker", ["BUDGET. ", "ÉLECTIONS RÉGIONALES. ", "EN VEDETTE ! "])
def test_a_kicker_in_capitals_before_the_paragraph_is_no_sentence(kicker):
    sentences = scored_sentences(TITLE + kicker + CLAIM_FR + "\n")
    assert CLAIM_FR in sentences
    assert kicker.strip() not in sentences


def test_an_acronym_inside_a_sentence_and_a_capitalised_word_are_kept():
    assert clutter_reason("NATO said the budget grew by 4 percent.") == ""
    assert clutter_reason("Budget.") == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "Jane Doe speaks to John Roe and Ann Poe.",
        "Mark Stone joins the debate on the county's road spending.",
        "Pour faire le point sur ce dossier, Jean Dupont reçoit Marie Durand (directrice de l'agence) et Paul Martin.",
        "WXYZ's Ann Poe reports.",
    ],
)
def test_a_programmes_presenters_and_guests_are_no_claim(sentence):
    assert clutter_reason(sentence) == "programme"


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister speaks to reporters every Monday about the budget.",
        "Jean Dupont reçoit 4 000 euros par mois de la région, selon le rapport.",
        "Jane Doe reports that the budget grew by 4 percent.",
    ],
)
def test_news_with_the_same_verbs_is_kept(sentence):
    assert clutter_reason(sentence) == ""


@pytest.mark.parametrize(
    "notice",
    [
        "La suite est réservée à nos abonnés.",
        "The rest of this article is only available to subscribers.",
        "The council said it would review the figures...Request free trial",
        "Commencez votre essai gratuit !",
        "Our correspondent is at the court and we will bring you the verdict this morning.",
        "Nous sommes sur le terrain toute la soirée afin de suivre les résultats dans la région.",
        "Revenez régulièrement sur cette page pour connaître les résultats.",
        "Résultats, réactions, suivez le scrutin en direct.",
    ],
)
def test_paywall_and_live_coverage_notices_are_no_claim(notice):
    assert clutter_reason(notice) == "prompt"


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous sommes 4 000 adhérents, a indiqué le syndicat.",
        "The trial of the former mayor started on Monday, with 40 witnesses.",
        "Le reste du budget, soit 4 millions d'euros, ira aux routes.",
    ],
)
def test_sentences_near_those_notices_are_kept(sentence):
    assert clutter_reason(sentence) == ""


def test_a_free_trial_offer_glued_to_a_long_line_cuts_no_claim_away():
    line = (CLAIM_EN + " ") * 5 + "The council said it would review the figures...Request free trial"
    assert clutter_reason(line) == ""


@pytest.mark.parametrize(
    "row",
    [
        "Cardiology 41%",
        "General Medicine 17%",
        "Jeanne Roy (Parti vert) 47,3 % ÉLUE",
        "Marc Petit (Union centriste) 12,6 %",
    ],
)
def test_a_tables_row_of_a_label_and_a_percentage_reaches_the_scorer(row):
    introduction = "The waiting lists fell in every specialty since 2019, as follows:\n"
    text = TITLE + introduction + row + "\nGeneral Surgery 22%\n"
    assert row in scored_sentences(text)


def test_a_headline_with_a_comma_before_its_percentage_stays_a_heading():
    headline = "Retailer, amid closures, says yearly profit fell 12%"
    assert headline not in scored_sentences(TITLE + headline + "\n" + CLAIM_EN + "\n")
