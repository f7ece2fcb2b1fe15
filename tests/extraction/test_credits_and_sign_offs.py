"""Furniture by its genre, both languages (#16, session 10, furniture11): credit lines (an agency's initials alone, a
wire's closing credits, "Produced by …", "(File photo)"), a live blog signing off, invitations to join a channel,
comment rules, the page pointing to its own content, link labels, error, cookie and copyright notices, a headline that
closes on a quotation after a kicker, and an agency dateline qualified by a word; lines written for the test."""

import pytest

from claims.extraction.cleaning import clean, clutter_reason, is_heading
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    "line",
    [
        "(KNA)",
        "(MAP).",
        "(sda-afp)",
        "Avec Reuters.",
        "With AFP",
        "(Jeanne Roux; version française Paul Dupré, édité par Anne Morel)",
        "(Sam Porter in Lagos; Edited by Ruth Green)",
        "Produced by Sam Porter.",
        "Hosted by Ruth Green and Tom Blake",
        "Réalisé par Louise Martin et Hugo Bernard",
        "Présentée par Claire Petit.",
        "Firefighters at the scene of the blaze on Sunday. (File photo)",
    ],
)
def test_a_credit_line_is_a_caption(line):
    assert clutter_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Merci d'avoir suivi ce direct consacré aux élections régionales.",
        "Thanks for following our live coverage of the budget.",
        "Thank you for joining us on this live blog.",
        "Fin du direct.",
        "End of live coverage",
        "Vous pouvez toujours relire les temps forts de la soirée ci-dessus.",
        "You can still scroll down to read every update.",
        "Join our Telegram channel for the day's top stories.",
        "Rejoignez notre groupe WhatsApp pour suivre l'actualité locale !",
        "Join Example's community on Facebook",
        "Comments that do not follow our house rules will be removed.",
        "Commenting on our articles is a privilege that may be withdrawn.",
        "Les commentaires sont modérés avant publication.",
        "Vos réactions ici :",
        "Your comments here",
        "See the full list of results below.",
        "Le détail des mesures est à lire dans notre article ci-dessous.",
        "Notre correspondante vous raconte tout dans cet article :",
        "Our reporter explains more in this story:",
        "En savoir plus.",
        "Find out more",
        "For the price of a coffee a month you can help fund our reporting.",
        "Become a supporter today",
        "Soutenez notre rédaction indépendante.",
        "Devenez membre du club des lecteurs",
        "Restez informés !",
        "Receive alerts whenever a story breaks.",
        "Recevez nos notifications sur votre téléphone.",
    ],
)
def test_a_sign_off_an_invitation_or_a_pointer_addressed_to_the_reader_is_a_prompt(line):
    assert clutter_reason(line) == "prompt"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("We're sorry, this video is not available in your region.", "site_notice"),
        ("Désolé, ce contenu est momentanément indisponible.", "site_notice"),
        ("This article is protected by copyright.", "copyright"),
        ("Cet article est protégé par le droit d'auteur.", "copyright"),
        ("Except as permitted by law, no part of this page may be reproduced in any form.", "copyright"),
        ("Toute reproduction, même partielle, est interdite sans accord écrit.", "copyright"),
        ("By continuing to browse, you agree to our use of cookies.", "cookies"),
        ("En continuant, vous acceptez le dépôt de cookies sur votre appareil.", "cookies"),
    ],
)
def test_error_copyright_and_cookie_notices_in_sentences(line, reason):
    assert clutter_reason(line) == reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Hosted by the city, the summit drew 3,000 delegates from 40 countries.",
        "Produced by the union, the survey found that 62 percent of nurses work overtime.",
        "Réalisé par l'Insee, le sondage montre que 12 % des ménages sont endettés.",
        "The court ruled that the photographs were subject to copyright and fined the site 20,000 euros.",
        "The regulator found that 40 percent of sites force users to accept cookies.",
        "Sorry, the minister said, but the 2 billion dollars are not available this year.",
        "The council moderated its plan and will now build 300 homes instead of 500.",
        "Les élus ont rejoint le cortège, qui comptait 5 000 personnes selon la police.",
        "Join the strike, the union told its 20,000 members on Monday.",
        "The figures below show that unemployment rose to 7 percent.",
        "Fin de la grève : les 3 000 agents reprennent le travail lundi.",
        "Le maire a déclaré : « nous reconstruirons l'école en deux ans ».",
        "Health workers received alerts about 3,000 cases of measles in May.",
        "The mayor said he would become a member of the board, which manages 2 million euros.",
        "Property taxes help fund our schools, which enrol 12,000 pupils, the mayor said.",
    ],
)
def test_prose_of_the_same_words_stays(sentence):
    assert clutter_reason(sentence) == ""
    assert sentence in scored_sentences(TITLE + sentence + "\n")


@pytest.mark.parametrize(
    "line",
    [
        'Israël : les dirigeants "ont ignoré tous les signes"',
        "Retraites : « nous irons jusqu'au bout »",
        "Budget: the mayor's \u201cno room left\u201d",
    ],
)
def test_a_headline_closing_on_a_quotation_after_a_kicker_is_a_heading(line):
    assert is_heading(line)
    assert scored_sentences(TITLE + CLAIM_FR + "\n" + line + "\n" + CLAIM_EN + "\n") == [CLAIM_FR, CLAIM_EN]


def test_a_headline_closing_on_a_quotation_stays_the_title():
    headline = "Grève : les syndicats « prêts à durcir le mouvement »"
    assert clean(headline + "\n" + CLAIM_FR + "\n").title == headline


def test_a_quotation_ended_inside_after_a_kicker_is_no_heading():
    assert not is_heading("Le ministre : « Nous avons créé 20 000 emplois. »")


@pytest.mark.parametrize(
    ("opening", "claim"),
    [("LYON (AFP), extraits - ", CLAIM_FR), ("DENVER (Reuters), updated — ", CLAIM_EN)],
)
def test_an_agency_dateline_qualified_by_a_word_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + opening + claim + "\n")
