"""French speakers given wrong (#16, frspeakers10). Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def _speaker(sentence: str) -> str:
    return speakers_of([sentence], language="fr")[0]


def test_a_title_with_its_domain_and_a_second_title_then_the_name_after_the_verb():
    sentence = (
        "Les douaniers ont saisi 40 kilos de cocaïne au port, a indiqué le directeur général adjoint des douanes "
        "maritimes, le commandant Paul Durand dans un communiqué."
    )
    assert _speaker(sentence) == "Paul Durand"


def test_a_title_no_list_holds_then_the_name_after_the_verb():
    sentence = (
        "La commune investira 12 millions dans ses écoles, ont annoncé mardi le syndic Marc Favre et son adjoint."
    )
    assert _speaker(sentence) == "Marc Favre"


def test_a_title_with_an_adjective_after_a_quotation_whatever_the_verb():
    sentence = "« Les impôts fonciers augmenteront de 2 % », a commenté la mairesse suppléante Julie Tremblay."
    assert _speaker(sentence) == "Julie Tremblay"


def test_a_domain_with_an_adjective_then_the_name_after_the_verb():
    sentence = (
        "Le fonds atteindra 300 millions d'euros, a annoncé lundi la présidente de la Banque centrale Anne Roche."
    )
    assert _speaker(sentence) == "Anne Roche"


def test_a_name_after_a_relative_pronoun_is_no_described_speaker():
    sentence = "Un suspect a été arrêté dans la nuit, a indiqué la gendarmerie qui a entendu Paul Durand."
    assert _speaker(sentence) != "Paul Durand"


def test_an_impersonal_on_again_is_the_source_it_heard_before():
    sentences = [
        "Deux voitures ont brûlé devant la mairie dans la nuit, a-t-on appris auprès des pompiers.",
        "Le feu a été maîtrisé vers 4 heures, a-t-on précisé de même source.",
        "Aucune victime n'est à déplorer, a-t-on ajouté, sans plus de détails.",
    ]
    assert speakers_of(sentences, language="fr")[1:] == ["les pompiers", "les pompiers"]


def test_an_impersonal_on_with_no_source_heard_before_names_no_one():
    sentences = ["Le marché rouvrira lundi, a-t-on précisé."]
    assert speakers_of(sentences, language="fr") == [""]


def test_a_date_after_an_organisation_is_no_part_of_its_name():
    sentence = "Le chômage a reculé de 0,3 point, selon une note de l'Insee du 12 mars 2024."
    assert _speaker(sentence) == "l'Insee"


def test_a_date_after_an_organisation_named_by_its_kind_is_no_part_of_its_name():
    sentence = "Quarante routes restent coupées, selon le bilan de la préfecture du 30 mars."
    assert _speaker(sentence) == "la préfecture"


def test_a_pronoun_inverted_without_a_euphonic_t_is_the_last_person():
    sentences = [
        "Marie Keller a présenté jeudi le bilan du festival.",
        "« Nous avons vendu 40 000 billets », dit-elle.",
        "Le budget a été tenu, poursuit-elle.",
        "La ville a versé 200 000 euros, expliquait-elle.",
    ]
    assert speakers_of(sentences, language="fr")[1:] == ["Marie Keller"] * 3


def test_a_question_with_an_inverted_pronoun_is_no_attribution():
    sentences = ["Marie Keller a présenté jeudi le bilan du festival.", "Que fait-elle de ces chiffres ?"]
    assert speakers_of(sentences, language="fr")[1] == ""


def test_people_speaking_together_before_a_plural_verb_are_given_to_the_first_named():
    sentence = (
        "Ce matin, la ministre de la Culture, Jeanne Roy, et le secrétaire d'État chargé du Numérique, Paul Martin, "
        "rappellent que 40 millions seront versés aux musées."
    )
    assert _speaker(sentence) == "Jeanne Roy"


def test_people_joined_by_and_with_no_reporting_verb_name_no_speaker():
    sentence = "Les élus, Jeanne Roy et Paul Martin, ont visité l'usine, qui emploie 300 salariés."
    assert _speaker(sentence) == ""
