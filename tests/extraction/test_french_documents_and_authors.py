"""French speakers: a document speaks for its author, and an organisation spelt out once is its acronym after (#16,
frspeakers4). Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_selon_an_indefinite_document_of_an_organisation_is_the_organisation():
    sentence = "Les loyers ont augmenté de 6 % en un an, selon une étude de l'observatoire régional des loyers."
    assert speakers_of([sentence]) == ["l'observatoire régional des loyers"]


def test_a_document_after_an_inverted_verb_speaks_for_its_author():
    sentences = [
        "Quelque 40 classes ont fermé dans le département, indique un communiqué du rectorat.",
        "Douze écoles n'ont plus de directeur, précise le rapport de la fédération des parents d'élèves.",
    ]
    assert speakers_of(sentences) == ["le rectorat", "la fédération des parents d'élèves"]


def test_the_same_document_named_again_is_its_author_s():
    sentences = [
        "Trois usines ont fermé en 2023, selon un rapport de la chambre régionale des comptes.",
        "Le déficit a doublé, poursuit le rapport.",
    ]
    assert speakers_of(sentences) == ["la chambre régionale des comptes"] * 2


def test_an_acronym_given_after_a_name_spelt_in_lower_case_is_that_name():
    sentences = [
        "Le nombre de plaintes a doublé, selon un bilan de la ligue nationale des locataires (LNL).",
        "Quelque 300 expulsions ont eu lieu, précise le rapport de la LNL.",
    ]
    assert speakers_of(sentences) == ["la ligue nationale des locataires"] * 2


def test_an_organisation_s_name_keeps_five_complements():
    sentence = "Le chômage a baissé, selon un rapport du réseau national de suivi des droits sociaux (RNSDS)."
    assert speakers_of([sentence]) == ["le réseau national de suivi des droits sociaux"]


def test_an_organisation_named_by_its_kind_opening_a_clause_before_its_reporting_verb():
    sentences = [
        "La gendarmerie avait indiqué plus tôt que deux randonneurs étaient portés disparus.",
        "Le pont a rouvert, mais la mairie a signalé des fissures sur la chaussée.",
        "En fin de journée, la préfecture précise que 40 foyers restent sans eau.",
    ]
    assert speakers_of(sentences) == ["la gendarmerie", "la mairie", "la préfecture"]


def test_an_organisation_opening_a_clause_without_a_reporting_verb_names_no_one():
    assert speakers_of(["La mairie a inauguré une école de 12 classes."]) == [""]


def test_an_adjective_before_a_title_keeps_the_person_it_names():
    sentence = "« Le budget est juste », a déclaré jeudi devant la presse la jeune ministre des Finances Anne Roy."
    assert speakers_of([sentence]) == ["Anne Roy"]


def test_a_document_of_a_titled_person_is_that_person_s():
    sentence = "Dix bandits ont été arrêtés, selon le bilan du nouveau porte-parole de la gendarmerie, Paul Morin."
    assert speakers_of([sentence]) == ["Paul Morin"]


def test_a_name_inside_a_french_apposition_is_a_complement_not_the_speaker():
    sentence = "Paul Martin, président de la commission des finances au CNT, a précisé que 30 usines ferment."
    assert speakers_of([sentence]) == ["Paul Martin"]


def test_an_elided_word_opening_a_sentence_is_no_name():
    sentence = "C’est l’annonce faite par la directrice du port, Anne Roy, qui a ajouté que 40 navires sont bloqués."
    assert speakers_of([sentence]) == ["Anne Roy"]
