"""Notices a page addresses to its reader, never kept as claims (#16, session 9, furniture10): subscription appeals and
paywall offers, download links with a file size, republication credits, welcomes, replay notices, tickers of cut
teasers, skip links, and datelines and kickers the older shapes missed; lines written for the test."""

import pytest

from claims.extraction.cleaning import clean, clutter_reason
from tests.extraction.written_pages import CLAIM_EN, CLAIM_FR, TITLE, scored_sentences


@pytest.mark.parametrize(
    "line",
    [
        "Pour lire la suite, vous pouvez vous abonner dès 5 euros par mois.",
        "En vous abonnant, vous soutenez une rédaction indépendante.",
        "Premium membership gives you unlimited access to every story on the site.",
        "Votre abonnement inclut l'accès aux archives du journal.",
    ],
)
def test_a_subscription_appeal_or_a_paywall_offer_is_a_prompt(line):
    assert clutter_reason(line) == "prompt"


def test_a_paragraph_appealing_for_subscribers_goes_whole():
    appeal = (
        "Plus de 3 000 lecteurs financent déjà notre rédaction. Il nous en faut 1 000 de plus cette année. "
        "En vous abonnant dès aujourd'hui, vous pouvez nous aider."
    )
    texts = scored_sentences(TITLE + CLAIM_FR + "\n" + appeal + "\n")
    assert texts == [CLAIM_FR]


@pytest.mark.parametrize(
    "line",
    [
        "Bienvenue dans ce direct consacré au second tour des élections.",
        "Good evening and welcome to our live coverage of the budget.",
        "Welcome back to the programme.",
    ],
)
def test_a_welcome_to_the_reader_is_a_prompt(line):
    assert clutter_reason(line) == "prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Télécharger le bilan annuel en PDF (2,3 Mo)",
        "Rapport complet (PDF, 1.4 MB)",
        "PNG - 88 ko",
        "A version of this story appeared in the print edition of the Daily Example on May 3, 2021.",
        "This article was originally published by the Example Times and is republished with permission.",
        '"Hospitals struggle with staff shortages" was first published by the Example Tribune.',
        "Cet entretien a été initialement publié dans notre édition du week-end.",
        "Le replay de l'émission est proposé en streaming gratuit pendant sept jours.",
        "This episode is available to watch for 30 days after its broadcast.",
        "Cette vidéo était visible en replay jusqu'au 3 mars.",
    ],
)
def test_a_download_link_a_republication_credit_or_a_replay_notice_is_a_site_notice(line):
    assert clutter_reason(line) == "site_notice"


@pytest.mark.parametrize(
    "sentence",
    [
        "The leak exposed 2 GB of personal data, the regulator said.",
        "The report was first published in 2019 by the health ministry.",
        "L'article 12 de la loi a été publié au Journal officiel le 3 mai.",
        "The subscription costs 12 dollars a month, up from 10 dollars last year.",
        "Plus de la moitié des programmes sont disponibles en replay, selon le régulateur.",
    ],
)
def test_sizes_publications_and_subscriptions_in_prose_stay(sentence):
    assert clutter_reason(sentence) == ""


def test_a_ticker_of_cut_teasers_on_one_line_is_furniture():
    ticker = (
        "Latest Harbour traffic up by 4 percent Port workers vote on new pay off… Council approves "
        "ferry timetable Coastguard rescues two fishe… New pier opens"
    )
    assert clutter_reason(ticker) == "read_more"


def test_a_sentence_with_one_ellipsis_before_a_capital_is_kept():
    sentence = "He said the town was waiting… Then the council voted 12 to 3 to close the library"
    assert clutter_reason(sentence) == ""


@pytest.mark.parametrize("link", ["Skip to content", "Skip to main content", "Aller au contenu principal"])
def test_a_skip_link_is_furniture_and_the_title_is_the_line_after_it(link):
    headline = "Hospitals report record waiting lists, with four in ten patients waiting a year"
    cleaned = clean(link + "\n\n" + headline + "\n" + CLAIM_EN + "\n")
    assert clutter_reason(link) == "navigation"
    assert cleaned.title == headline


@pytest.mark.parametrize(
    ("opening", "claim"),
    [("KAMPALA, UGANDA: ", CLAIM_EN), ("DAKAR, SÉNÉGAL : ", CLAIM_FR)],
)
def test_a_colon_dateline_with_its_country_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + opening + claim + "\n")


@pytest.mark.parametrize(("opening", "claim"), [("URGENT – 18h49 : ", CLAIM_FR), ("BREAKING — 14:05 — ", CLAIM_EN)])
def test_a_kicker_before_a_live_entry_time_is_cut(opening, claim):
    assert claim in scored_sentences(TITLE + CLAIM_EN + "\n" + opening + claim + "\n")


@pytest.mark.parametrize(
    "line",
    [
        "Retrouvez les dix communes où les loyers ont le plus augmenté.",
        "Découvrez le classement complet des lycées du département.",
        "Pour revivre la soirée électorale, c'est par ici !",
    ],
)
def test_the_reader_sent_to_more_content_is_a_prompt(line):
    assert clutter_reason(line) == "prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Hospital waiting lists reach a record in the north, with 40,000 patients waiting, officials say",
        "Three ferries cancelled as storm hits the coast, port authority says",
        "Municipales : « nous avons tenu tous nos engagements », dit le maire sortant de la ville",
    ],
)
def test_a_headline_closing_on_its_source_without_a_full_stop_is_a_headline(line):
    assert clutter_reason(line) == "headline"


@pytest.mark.parametrize(
    "sentence",
    [
        "Hospital waiting lists reached a record in the north, with 40,000 patients waiting, officials say.",
        "« Nous avons tenu nos engagements », dit le maire, qui a été réélu avec 58 % des voix.",
    ],
)
def test_a_sentence_closing_on_its_source_with_a_full_stop_is_prose(sentence):
    assert clutter_reason(sentence) == ""
