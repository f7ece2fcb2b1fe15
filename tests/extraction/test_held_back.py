"""Sentences the model takes that state nothing checkable, held below the threshold by the pipeline
(claims.extraction.held_back), in French and English (#16, eighth pass). Sentences here are written for these tests and
are in no held-out file; each first asserts that the model alone would take it, so that each test can fail."""

from claims.extraction import extract
from claims.extraction.held_back import quoted_words
from claims.extraction.model import score

THRESHOLD = 0.5


def is_claim_for_the_model(sentence: str, language: str) -> bool:
    return score(sentence, language)[0] >= THRESHOLD


def extracted_claims(text: str, language: str) -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


# Reported words that grade something, with nothing checkable beside them, are an opinion even when quoted.


def test_a_quoted_evaluation_with_nothing_checkable_is_not_a_claim_in_english():
    for sentence in (
        'The transport secretary said the new timetable was "a welcome change" for commuters in Leeds and Bradford.',
        'Union leaders in Sheffield said the decision on the steelworks was "deeply disappointing".',
    ):
        assert is_claim_for_the_model(sentence, "en"), sentence
        assert extracted_claims(sentence, "en") == [], sentence


def test_a_quoted_evaluation_with_nothing_checkable_is_not_a_claim_in_french():
    sentence = (
        "« C'est une bonne nouvelle pour tous les habitants du quartier », a déclaré le maire de Brest, Paul Le Gall."
    )
    assert is_claim_for_the_model(sentence, "fr")
    assert extracted_claims(sentence, "fr") == []


def test_a_quoted_evaluation_beside_a_figure_stays_a_claim():
    for sentence, language in (
        ('The council said the 40 new jobs at the Swindon depot were "a welcome boost" for the town.', "en"),
        ("Le maire de Brest, Paul Le Gall, a qualifié de « bonne nouvelle » les 40 emplois créés au port.", "fr"),
    ):
        assert extracted_claims(sentence, language) == [sentence]


def test_a_quoted_word_that_describes_as_often_as_it_grades_is_no_evaluation():
    for sentence, language in (
        ('"Poor families in Hull are hit hardest by the cuts," the head of the food bank said.', "en"),
        ("« Le test du gardien est positif », a indiqué le club de Brest dans un communiqué.", "fr"),
    ):
        assert extracted_claims(sentence, language) == [sentence], sentence


def test_quoted_passages_stay_apart_and_a_sentence_without_quotation_marks_quotes_nothing():
    assert quoted_words('He called it "unwelcome" and "a long way off".').split() == [
        "unwelcome",
        "a",
        "long",
        "way",
        "off",
    ]
    assert quoted_words("Unfortunately, the museum closed in 2019.").strip() == ""


# A reported question whose topic takes several words, or a dash, before "whether" or "why".


def test_a_reported_question_with_a_long_topic_is_not_a_claim():
    for sentence in (
        "Councillors asked the head of the highway service about whether the £4 million bridge had been inspected.",
        "The Yorkshire Post's reporter has a question – the second of the morning – on why the tram depot in Leeds was "
        "closed in 2021.",
    ):
        assert is_claim_for_the_model(sentence, "en"), sentence
        assert extracted_claims(sentence, "en") == [], sentence


# A quotation that speaks to "you" with nothing checkable in it is advice, a warning or a reproach.


def test_a_quotation_that_speaks_to_the_listener_is_not_a_claim_in_both_languages():
    for sentence, language in (
        (
            "“If the figures do not suit you, you should say so in the chamber,” the leader of Kent County Council "
            "told the opposition.",
            "en",
        ),
        (
            "« Vous devez rester chez vous tant que l'alerte n'est pas levée », a déclaré le préfet du Finistère, "
            "Jean Martin.",
            "fr",
        ),
    ):
        assert is_claim_for_the_model(sentence, language), sentence
        assert extracted_claims(sentence, language) == [], sentence


def test_a_quotation_to_the_listener_closed_by_a_lone_straight_quote_is_not_a_claim():
    # The quotation began in an earlier sentence: a single straight quote closes it, which the quote cue does not see.
    sentence = (
        'Restez chez vous tant que la tempête souffle sur la côte", a déclaré le préfet du Finistère, Jean Martin.'
    )
    assert is_claim_for_the_model(sentence, "fr")
    assert extracted_claims(sentence, "fr") == []


def test_a_quotation_to_the_listener_with_a_figure_or_a_capitalised_your_stays_a_claim():
    for sentence in (
        "The Kent County Council leader told the opposition: “As you know, the council cut 300 jobs in 2022.”",
        "The mayor of Truro said: “Your Cornwall is the council's own magazine and it reaches every home in the "
        "county.”",
    ):
        assert extracted_claims(sentence, "en") == [sentence]


# A request made of someone, with nothing checkable beside it, is an appeal.


def test_a_reported_request_is_not_a_claim_in_both_languages():
    for sentence, language in (
        ("The Environment Agency has asked farmers in the Wye valley to stop taking water from the river.", "en"),
        (
            "Le préfet du Morbihan a demandé aux habitants des communes du littoral de limiter leur consommation "
            "d'eau.",
            "fr",
        ),
    ):
        assert is_claim_for_the_model(sentence, language), sentence
        assert extracted_claims(sentence, language) == [], sentence


def test_a_request_beside_a_figure_or_the_french_noun_demande_stays_a_claim():
    for sentence, language in (
        ("Police asked residents to leave after the river burst its banks, flooding 200 homes in Carlisle.", "en"),
        ("La demande de permis de construire est examinée par la mairie de Vannes depuis des mois.", "fr"),
    ):
        assert extracted_claims(sentence, language) == [sentence], sentence


# A sentence that opens on "this" or "that" and grades what it points to, with nothing checkable beside it.


def test_a_sentence_that_grades_what_it_points_to_is_not_a_claim_in_both_languages():
    for sentence, language in (
        (
            "That is the disappointing verdict of the latest review of bus services by the Department for Transport.",
            "en",
        ),
        (
            "Cette décision du conseil départemental est une bonne nouvelle pour les familles, selon le maire de "
            "Quimper, Jean Martin.",
            "fr",
        ),
    ):
        assert is_claim_for_the_model(sentence, language), sentence
        assert extracted_claims(sentence, language) == [], sentence


def test_a_sentence_pointing_back_with_a_figure_or_an_event_stays_a_claim():
    sentence = "This is the third disappointing quarter in which the Department for Transport has cut bus services."
    assert extracted_claims(sentence, "en") == [sentence]


# A French exhortation in the first person plural opening the sentence invites the reader; it states nothing.


def test_a_french_exhortation_to_the_reader_is_not_a_claim():
    sentence = "Regardons donc de plus près le budget de la communauté de communes du pays de Redon."
    assert is_claim_for_the_model(sentence, "fr")
    assert extracted_claims(sentence, "fr") == []


def test_an_exhortation_with_a_figure_or_a_noun_in_ions_stays_a_claim():
    for sentence in (
        "Rappelons que le chômage a baissé de 2 % dans le Morbihan en 2023.",
        "Précisions apportées par la mairie de Redon sur le budget de la médiathèque, selon le maire, Jean Martin.",
    ):
        assert extracted_claims(sentence, "fr") == [sentence], sentence
