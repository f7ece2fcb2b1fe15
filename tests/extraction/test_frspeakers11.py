"""French speakers on fresh outlets (#16, session 13, frspeakers11): a document speaks for the body that published it
and, pointed at again ("ce rapport"), for whoever issued it; an organisation's name keeps a second complement ("de la
statistique et de la démographie") and, written with a capital, its lower-case complements after an inverted verb.
Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_a_document_cited_after_selon_speaks_for_the_body_that_published_it():
    sentence = (
        "Les loyers ont grimpé de 4 %, selon le rapport «Habitat 2021», publié jeudi par l'Office cantonal du logement."
    )
    assert speakers_of([sentence]) == ["l'Office cantonal du logement"]


def test_a_document_just_published_by_a_body_speaks_for_it():
    sentence = (
        "« Un jeune sur cinq est sans emploi », révèle le rapport annuel que vient de publier "
        "l'Institut régional de l'emploi."
    )
    assert speakers_of([sentence]) == ["l'Institut régional de l'emploi"]


def test_figures_published_by_a_committee_are_the_committee_s_whole_name():
    sentence = "Selon les chiffres publiés par le Comité de conjoncture, le nombre de chômeurs a reculé de 3 %."
    assert speakers_of([sentence]) == ["le Comité de conjoncture"]


def test_a_book_published_by_a_house_is_no_source():
    sentence = "Le roman publié par la maison Gallimard s'est vendu à 3000 exemplaires."
    assert speakers_of([sentence]) == [""]


def test_this_document_after_selon_is_its_issuer_named_before():
    sentences = [
        "Le ministère de l'Agriculture a indiqué que 40 foyers de grippe aviaire ont été détectés.",
        "Selon ce document, douze élevages ont été abattus.",
    ]
    assert speakers_of(sentences) == ["le ministère de l'Agriculture"] * 2


def test_this_report_after_an_inverted_verb_and_toujours_is_its_author_s():
    sentences = [
        "Une étude du Conseil économique régional, publiée mardi, dresse un constat sévère.",
        "Les pertes du réseau sont structurelles, indique toujours ce rapport.",
    ]
    assert speakers_of(sentences)[1] == "le Conseil économique régional"


def test_an_organisation_keeps_a_second_complement_joined_by_et():
    sentence = "Le chômage a reculé de 2 %, a indiqué jeudi la direction régionale du travail et de l'emploi."
    assert speakers_of([sentence]) == ["la direction régionale du travail et de l'emploi"]


def test_a_capitalised_organisation_keeps_its_lower_case_complements_after_an_inverted_verb():
    sentence = "Les combats ont fait au moins 40 morts, a rapporté mardi soir le Syndicat des infirmiers."
    assert speakers_of([sentence]) == ["le Syndicat des infirmiers"]


def test_a_publisher_s_name_is_whole_past_a_complement_without_article():
    sentence = "Selon le bilan publié lundi par l'Agence régionale de santé, 12 cas de dengue ont été signalés."
    assert speakers_of([sentence]) == ["l'Agence régionale de santé"]


def test_a_capitalised_organisation_with_a_complement_without_article_stays_whole():
    sentence = "Douze cas de dengue ont été signalés, a indiqué lundi l'Agence régionale de santé."
    assert speakers_of([sentence]) == ["l'Agence régionale de santé"]
