"""French speakers by shape (#16): sentences written for these tests, in no held-out page."""

import pytest

from claims.extraction.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # The subject after the verb, past when, where and to whom.
        (
            "Le barrage a cédé vers 3 heures, a indiqué dans la matinée de lundi à l'agence Belga la gendarmerie "
            "départementale.",
            "la gendarmerie départementale",
        ),
        (
            "Trois écoles resteront fermées, a précisé jeudi soir la police municipale de Quimper.",
            "la police municipale de Quimper",
        ),
        ("Le chantier reprendra en mai, ajoute la gendarmerie dans un communiqué.", "la gendarmerie"),
        # An unnamed spokesperson speaks for the organisation.
        (
            "Deux hommes ont été placés en garde à vue, a déclaré à Reuters un porte-parole de la police régionale.",
            "la police régionale",
        ),
        ("Le vol a été annulé, a indiqué une porte-parole du syndicat des pilotes.", "le syndicat des pilotes"),
        # A title in apposition with a name, after a relative pronoun.
        (
            "C'est ce qu'a annoncé la ministre de la Culture, Aurélie Martin, mardi à Lyon.",
            "Aurélie Martin",
        ),
        ("C'est ce qu'a affirmé Paul Girard devant les députés.", "Paul Girard"),
        ("Le tunnel sera rouvert en juin, comme l'a confirmé le conseil régional.", "le conseil régional"),
    ],
)
def test_the_subject_after_a_french_reporting_verb_is_the_speaker(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        # Not the subject: a complement ("à la mairie"), what is reported ("que la police"), an anonymous one.
        "Le cortège est parti à midi, a expliqué à la mairie un commerçant.",
        "Le cortège est parti à midi, a précisé un témoin, ajoutant que la police était présente.",
        "Le cortège est parti à midi, a raconté une association de riverains.",
    ],
)
def test_a_french_organisation_that_is_not_the_subject_is_not_the_speaker(sentence):
    assert speakers_of([sentence]) == [""]


def test_a_name_between_the_verb_and_an_organisation_is_the_speaker():
    sentence = "Les loyers ont augmenté de 4 %, estime Claire Roux, qui préside la fédération des locataires."
    assert speakers_of([sentence]) == ["Claire Roux"]


def test_a_short_name_is_the_longer_one_the_page_gave_before():
    assert speakers_of(
        [
            "Le parquet national financier a ouvert une enquête en mars.",
            "Aucune perquisition n'a eu lieu, a précisé le parquet.",
        ]
    ) == ["", "le parquet national financier"]


def test_an_unnamed_spokesperson_named_in_a_later_sentence_is_that_person():
    assert speakers_of(
        [
            "Le suspect a été arrêté dimanche à Lille, a indiqué un porte-parole du parquet de Lille.",
            "Il était recherché depuis deux semaines.",
            "« Il n'a opposé aucune résistance », a ajouté ce porte-parole, Marc Lefort.",
        ]
    ) == ["Marc Lefort", "", "Marc Lefort"]


def test_the_spokesperson_still_unnamed_speaks_for_the_organisation():
    assert (
        speakers_of(
            [
                "La route est coupée, a indiqué un porte-parole de la police cantonale vaudoise.",
                "Elle devrait rouvrir demain, a ajouté le porte-parole.",
            ]
        )
        == ["la police cantonale vaudoise"] * 2
    )


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Quelque 2 000 foyers sont privés de courant, selon la préfecture.", "la préfecture"),
        ("D'après la gendarmerie maritime, le chalutier a coulé en dix minutes.", "la gendarmerie maritime"),
        (
            "Les cortèges ont réuni 9 000 personnes, selon le collectif des organisateurs.",
            "le collectif des organisateurs",
        ),
        ("Selon la mairie de Brest, 40 arbres sont tombés.", "la mairie de Brest"),
        # What the source is, then its name.
        ("Le trafic a baissé de 12 %, selon le cabinet d'études Xerfi.", "Xerfi"),
    ],
)
def test_an_organisation_after_selon_is_the_speaker(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # A proper name ends the organisation's name; "de", "du" are words, not the start of "depuis", "derrière".
        ("Selon le ministère de la Défense belge, deux avions ont décollé.", "le ministère de la Défense"),
        ("Deux routes restent coupées, a indiqué la gendarmerie depuis son poste de Vannes.", "la gendarmerie"),
        ("Selon la police derrière le cordon, deux routes sont coupées.", "la police"),
        # The first source: the reporting verb before "selon".
        ("Le maire Paul Girard a annoncé que 30 familles avaient été relogées, selon la préfecture.", "Paul Girard"),
        # A name after the organisation's kind is the organisation's own (frspeakers8, once "cabinet" became a kind:
        # "selon le cabinet d'études Xerfi" above); the kind alone is not the speaker.
        ("Selon l'agence de presse officielle Tanjug, 12 villages sont inondés.", "Tanjug"),
        # A name, a pronoun or a title after "selon" is the tracker's, even with an inverted verb later.
        ("Selon elle, 12 villages sont inondés, a précisé la préfecture.", ""),
    ],
)
def test_the_organisation_after_selon_ends_where_its_name_does(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


def test_explique_t_il_with_no_speaker_before_is_the_person_just_named():
    assert speakers_of(
        [
            "Interrogé sur France Bleu, le maire de la Rochelle Anne Lemoine, qui a vu le port, revient sur la crue.",
            "« L'eau est montée de deux mètres en une heure », explique-t-elle.",
        ]
    ) == ["", "Anne Lemoine"]


def test_explique_t_il_after_two_people_named_is_no_one():
    assert speakers_of(
        [
            "La mairie a reçu Jeanne Morel puis Louis Carré.",
            "« Nous étions 200 dans la salle », raconte-t-il.",
        ]
    ) == ["", ""]


def test_an_agency_before_a_name_is_not_part_of_the_person():
    sentences = [
        "« La digue a tenu », a déclaré à l'AFP Marie Vasseur, adjointe au maire.",
        "Trois maisons ont été évacuées, a-t-elle ajouté.",
    ]
    assert speakers_of(sentences, " ".join(sentences)) == ["Marie Vasseur"] * 2


def test_an_adverb_between_the_auxiliary_and_the_participle_keeps_the_verb():
    assert speakers_of(["Le syndic Pierre Lanier a également précisé que 14 logements étaient vides."]) == [
        "Pierre Lanier"
    ]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("12.400 (préfecture du Rhône)", "préfecture du Rhône"),
        ("31 000 (Force ouvrière)", "Force ouvrière"),
        ("4,2 % (Insee)", "Insee"),
        ("12.400 (en 2019)", ""),  # a date, not a source
    ],
)
def test_a_figure_alone_with_its_source_in_parentheses_is_the_source_s(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("La Fnsea dénonce une baisse de 12 % du prix du blé depuis janvier.", "Fnsea"),
        ("Marc Tellier regrette que 40 postes aient été supprimés en 2023.", "Marc Tellier"),
        ("Le maire Anne Rivet a déploré la fermeture de 3 classes.", "Anne Rivet"),
    ],
)
def test_verbs_of_complaint_report_their_subject(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


def test_a_participle_that_lost_its_last_accent_still_reports():
    assert speakers_of(["La digue a cédé à 4 heures, a indique la gendarmerie maritime."]) == [
        "la gendarmerie maritime"
    ]


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (["Par ailleurs, la préfecture recensait 14 incendies de véhicules."], "la préfecture"),
        (["La police a dénombré 9 000 manifestants à Lille."], "la police"),
        (["Un bilan établi par la gendarmerie nationale fait état de 6 blessés."], "la gendarmerie nationale"),
        (
            ["Le ministère des Armées a annoncé le départ de 200 soldats.", "Le ministère dénombrait 40 blessés."],
            "le ministère des Armées",
        ),
        # Not the subject, or not an organisation's noun.
        (["La hausse des loyers dans la région fait état d'une crise."], ""),
        (["La France recense 12 000 cas."], ""),
    ],
)
def test_an_institution_that_gives_its_figures_is_their_speaker(sentences, speaker):
    assert speakers_of(sentences)[-1] == speaker
