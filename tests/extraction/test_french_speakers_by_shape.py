"""French speakers by shape, second pass (#16): sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_a_title_its_domain_then_a_name_is_that_person_after_the_verb():
    sentences = [
        "« Nous avons retrouvé 40 victimes » dans la vallée, a déclaré le préfet du Gard Anne-Marie Vidal à la radio.",
        "Mais le bilan reste provisoire, a-t-elle précisé.",
    ]
    assert speakers_of(sentences) == ["Anne-Marie Vidal", "Anne-Marie Vidal"]


def test_a_title_its_domain_then_a_name_is_that_person_after_selon():
    sentence = "Au total, 300 personnes ont été évacuées, selon le préfet de police Marc Girard qui a évoqué une nuit."
    assert speakers_of([sentence]) == ["Marc Girard"]


def test_a_title_s_domain_is_not_part_of_the_person_the_page_names():
    sentences = [
        "Le ministre britannique des Finances Paul Smith a affirmé que les impôts ont baissé.",
        "Le ministre de l'Agriculture et de la Pêche Luc Morin était aussi présent.",
        "Luc Morin reconnaît que les exportations ont reculé de 4 %.",
        "Selon le ministre, les stocks ont doublé.",
    ]
    assert speakers_of(sentences) == ["Paul Smith", "", "Luc Morin", "Luc Morin"]


def test_a_one_word_domain_after_a_title_is_no_person():  # a guard: the domain is not taken for a name
    sentence = "Le taux a doublé, a indiqué le ministre de la Santé, Jean Martin, lundi."
    assert speakers_of([sentence]) == ["Jean Martin"]


def test_an_object_pronoun_between_the_speaker_and_the_verb():
    sentence = "Malgré la grève, le ministre du Commerce Paul Morin le rappelle : « Les ventes ont progressé de 4 % »."
    assert speakers_of([sentence]) == ["Paul Morin"]


def test_a_title_its_domain_then_a_name_before_the_verb_is_that_person():
    sentences = [
        "La ministre de la Culture et de l'Éducation Anne Leroy a affirmé que 30 écoles ont fermé.",
        "Malgré la hausse, le ministre de la Culture et de l'Éducation Paul Morin le rappelle : les ventes ont crû.",
    ]
    assert speakers_of(sentences) == ["Anne Leroy", "Paul Morin"]


def test_an_object_pronoun_elided_onto_the_verb():
    assert speakers_of(["La directrice Anne Leroy l'a confirmé : douze usines ont fermé."]) == ["Anne Leroy"]


def test_an_inverted_pronoun_that_lost_its_first_hyphen():
    sentences = [
        "Paul Morin a affirmé que les ventes ont progressé.",
        "Nous avons embauché 300 personnes, assure t-il.",
    ]
    assert speakers_of(sentences) == ["Paul Morin", "Paul Morin"]


def test_reporting_verbs_in_the_imperfect_and_the_simple_past():
    sentences = [
        "Le premier chiffre vient du maire de Lille, Paul Morin, qui annonçait mardi un taux de 40 %.",
        "Anne Leroy déclara alors que 12 % des électeurs avaient voté blanc.",
    ]
    assert speakers_of(sentences) == ["Paul Morin", "Anne Leroy"]


def test_communiquer_reports_a_figure():
    assert speakers_of(["Le syndicat Sud-Rail a communiqué lundi un taux de grévistes de 35 %."]) == ["Sud-Rail"]


def test_an_organisation_named_before_its_lower_case_acronym_is_the_speaker():
    sentences = [
        "Le second, de l'Union des consommateurs de Belgique (Ucb) qui a annoncé lundi un taux de 12 %.",
        "Le troisième, de la Ligue des droits de l'enfant (Lde), a indiqué un taux de 8 %.",
    ]
    assert speakers_of(sentences) == ["l'Union des consommateurs de Belgique", "la Ligue des droits de l'enfant"]


def test_the_organisation_the_figures_after_selon_come_from():
    sentences = [
        "Faux : le chômage a augmenté de 18 %, selon les derniers chiffres du gouvernement.",
        "Selon les données de la préfecture, quarante routes sont coupées.",
        "Selon les habitants du quartier, le bruit a doublé.",  # a guard: people are not what an organisation publishes
    ]
    assert speakers_of(sentences) == ["le gouvernement", "la préfecture", ""]


def test_the_name_after_a_quotation_and_any_verb_is_the_speaker():
    sentences = [
        "«Le marché a fermé en 2019.",
        "Les commerces sont tous partis !», peste Gérard, ancien boulanger.",
        "«On a perdu 200 emplois», s'emporte Jeanne Roux.",
    ]
    assert speakers_of(sentences) == ["Gérard", "Gérard", "Jeanne Roux"]


def test_a_preposition_after_a_quotation_is_no_verb():  # a guard: "dans Le Parisien" names no speaker
    assert speakers_of(["«La crue a tout emporté», dans Le Parisien du jour."]) == [""]


def test_the_agent_of_a_passive_reporting_verb_is_the_speaker():
    sentences = [
        "L'information a été confirmée par la mairie de Lens.",
        "Cette rumeur a été démentie par les armées belges et néerlandaises, qui ont publié les photos de 2015.",
    ]
    assert speakers_of(sentences) == ["la mairie de Lens", "les armées belges et néerlandaises"]


def test_an_organisation_named_in_the_plural():
    assert speakers_of(["Selon les syndicats, 40 % des enseignants sont en grève."]) == ["les syndicats"]


def test_any_noun_ending_the_sentence_after_a_whole_clause_and_its_verb_is_the_speaker():
    sentences = [
        "Au total, 400 dossiers ont été jugés depuis mars, a indiqué la chancellerie.",
        "Trois trains ont été annulés, a précisé l'opérateur ferroviaire.",
    ]
    assert speakers_of(sentences) == ["la chancellerie", "l'opérateur ferroviaire"]


def test_an_abstract_noun_after_the_verb_is_its_object():  # a guard: "l'information" is what was confirmed
    assert speakers_of(["Le maire est arrivé vers midi, a confirmé l'information."]) == [""]


def test_a_noun_ending_the_sentence_yields_to_every_other_shape():
    sentences = [
        "Jean Dupont a affirmé que sa maison a brûlé.",
        "«Nous avons tout perdu en une nuit», a ajouté l'intéressé.",
    ]
    assert speakers_of(sentences) == ["Jean Dupont", "Jean Dupont"]
