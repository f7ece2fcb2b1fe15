"""Agency credits glued to a paragraph and teasers cut by the page (#16, ninth pass); lines written for the test."""

import pytest

from tests.extraction.written_pages import scored_sentences

BODY = "Council budget under strain\nThe regional budget grew by 4 percent in 2024, the finance office said.\n{last}\n"


@pytest.mark.parametrize(
    ("paragraph", "sentence"),
    [
        (
            "Le pont a été fermé à la circulation après l'effondrement d'une pile, a indiqué la police. (ats/nxp)",
            "Le pont a été fermé à la circulation après l'effondrement d'une pile, a indiqué la police.",
        ),
        (
            "The ferry carried 300 passengers when it ran aground, the coastguard said. (afp/jc)",
            "The ferry carried 300 passengers when it ran aground, the coastguard said.",
        ),
    ],
)
def test_an_agency_credit_after_the_last_sentence_is_cut(paragraph, sentence):
    assert sentence in scored_sentences(BODY.format(last=paragraph))


def test_an_acronym_in_brackets_inside_prose_is_kept():
    sentence = "The strike was called by the General Confederation of Labour (CGT)."
    assert sentence in scored_sentences(BODY.format(last=sentence))


@pytest.mark.parametrize("credit", ["(ats/nxp)", "(AFP/jc)"])
def test_an_agency_credit_alone_on_its_line_is_dropped(credit):
    assert not any(credit in text for text in scored_sentences(BODY.format(last=credit)))


@pytest.mark.parametrize(
    "teaser",
    [
        "Le contrôle obligatoire des chaudières à bois est en vigueur depuis le 1er mars (...)",
        "The council's spending on school buses has risen every year since 2015 (…)",
    ],
)
def test_a_line_cut_by_an_ellipsis_in_brackets_is_dropped(teaser):
    assert not any(text in teaser for text in scored_sentences(BODY.format(last=teaser)))


def test_an_ellipsis_in_brackets_inside_a_quotation_is_kept():
    sentence = "« Nous avons fermé trois écoles (...) et deux crèches », a déclaré le maire."
    assert sentence in scored_sentences(BODY.format(last=sentence))


def test_a_list_of_teasers_cut_by_an_ellipsis_is_dropped():
    teasers = [
        "Les prix de l'énergie ont encore augmenté de 12 % en un an dans la région…",
        "Le maire de Brest a inauguré le nouveau pont sur la Penfeld devant 2 000 personnes…",
        "La préfecture a interdit les feux de forêt dans 40 communes du département…",
    ]
    sentences = scored_sentences(BODY.format(last="\n".join(teasers)))
    assert not any(teaser in sentences for teaser in teasers)


@pytest.mark.parametrize("heading", ["Pour aller plus loin", "Dans la même thématique", "Recommandés pour vous"])
def test_teasers_with_their_standfirsts_under_a_related_heading_are_dropped(heading):
    teasers = (
        "Publié le 3 mars 2025\n"
        "Les maires ruraux face à la fermeture des écoles de village\n"
        "Alors que 40 classes ferment dans le département, un élu de la Creuse affirme avoir trouvé la parade.\n"
        "Publié le 2 mars 2025\n"
        "Une exposition sur les métiers du fleuve à la médiathèque de Saumur, avec des photographies et des récits de "
        "mariniers recueillis pendant deux ans par les élèves du lycée\n"
        "L'association des amis de la Loire présente depuis lundi 120 photographies de mariniers à la médiathèque.\n"
        "Publié le 1er mars 2025"
    )
    sentences = scored_sentences(BODY.format(last=f"{heading}\n{teasers}"))
    assert sentences == ["The regional budget grew by 4 percent in 2024, the finance office said."]


def test_prose_after_an_item_under_a_related_heading_is_kept_when_more_prose_follows():
    body = (
        "À lire aussi\n"
        "La réforme des retraites en cinq questions\n"
        "Le conseil départemental a voté mardi un budget de 812 millions d'euros pour 2025.\n"
        "Les dépenses sociales en représentent 60 %, selon le rapport présenté aux élus.\n"
    )
    sentences = scored_sentences(BODY.format(last=body))
    assert "Le conseil départemental a voté mardi un budget de 812 millions d'euros pour 2025." in sentences


@pytest.mark.parametrize(
    "headline", ["« Un hiver comme on n'en avait jamais vu »", '"The worst flooding this town has seen"']
)
def test_a_line_that_is_only_a_quotation_without_final_punctuation_is_a_headline(headline):
    assert scored_sentences(BODY.format(last=headline)) == [
        "The regional budget grew by 4 percent in 2024, the finance office said."
    ]


@pytest.mark.parametrize(
    "quotation", ["« Nous avons fermé trois écoles cette année. »", '"Nine homes were flooded on Monday."']
)
def test_a_line_that_is_a_whole_quoted_sentence_is_kept(quotation):
    assert quotation in scored_sentences(BODY.format(last=quotation))


@pytest.mark.parametrize(
    ("lead_in", "items"),
    [
        ("Le bilan provisoire de l'incendie fait état de :", ["– 2 pompiers blessés", "– 14 habitants relogés"]),
        ("The provisional toll from the crash on the bypass:", ["- 5 people seriously injured", "- 11 people treated"]),
    ],
)
def test_bulleted_figures_under_a_line_ending_with_a_colon_are_kept(lead_in, items):
    sentences = scored_sentences(BODY.format(last="\n".join([lead_in, *items])))
    assert all(item.lstrip("–- ") in sentences for item in items)


def test_bulleted_headlines_with_figures_and_no_colon_before_them_are_dropped():
    items = ["- 5 things to know about the new budget", "- 3 ways the council could raise taxes", "- Bus fares up"]
    sentences = scored_sentences(BODY.format(last="\n".join(["Read more", *items])))
    assert sentences == ["The regional budget grew by 4 percent in 2024, the finance office said."]
