"""The ninth pass (#16) on sentences: reported characterisations, statements of what is not known, reported questions
and the French near future held below the threshold, and the French compound past with "être" counted as an event, in
French and English. Sentences here are written for these tests and are in no held-out file; each test of a sentence
held back first asserts that the model alone would take it, so that the test can fail."""

import pytest

from claims.extraction import extract
from claims.extraction.model import score

THRESHOLD = 0.5


def is_claim_for_the_model(sentence: str, language: str) -> bool:
    return score(sentence, language)[0] >= THRESHOLD


def extracted_claims(text: str, language: str) -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


# A word or three quoted as what someone or something is: the speaker's characterisation, an opinion or a feeling.


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The mayor of Leeds said the council's handling of the bus contract was “shambolic”.", "en"),
        ("A spokesman for the tenants' union says residents were “furious.”", "en"),
        ("The union leader said Tuesday the new rota was a “betrayal” of the nurses at the hospital.", "en"),
        ("Le maire de Nantes a déclaré que la situation au centre-ville était « intenable ».", "fr"),
    ],
)
def test_a_quoted_characterisation_with_nothing_checkable_is_not_a_claim_in_both_languages(sentence, language):
    assert is_claim_for_the_model(sentence, language)
    assert extracted_claims(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The mayor of Leeds said 40 homes on the estate were “destroyed”.", "en"),
        ("The minister said the new inflation figures were “in line with” the Treasury's forecast.", "en"),
        ("Le maire de Nantes a déclaré que 300 logements étaient « insalubres ».", "fr"),
    ],
)
def test_a_quoted_characterisation_beside_a_figure_or_inside_the_clause_stays_a_claim(sentence, language):
    assert extracted_claims(sentence, language) == [sentence]


# A statement that something is not known or not told: uncertainty, which no one can check.


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The cause of the blaze at the Hull warehouse was not yet known, Humberside Police said on Sunday.", "en"),
        ("The Home Office declined to comment on the deportation flight, a spokesman said on Monday.", "en"),
        ("Il n'est pas encore établi que le conducteur du camion était ivre, a indiqué le parquet de Lyon.", "fr"),
        ("La gendarmerie n'a pas encore pu préciser les circonstances de l'incendie de l'entrepôt.", "fr"),
    ],
)
def test_a_statement_of_what_is_not_known_is_not_a_claim_in_both_languages(sentence, language):
    assert is_claim_for_the_model(sentence, language)
    assert extracted_claims(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Police could not confirm that 40 people were hurt in the crush at the stadium on Saturday.", "en"),
        ("La gendarmerie n'a pas encore pu préciser pourquoi 12 véhicules ont brûlé dans la nuit à Lyon.", "fr"),
    ],
)
def test_what_is_not_known_beside_a_figure_stays_a_claim(sentence, language):
    assert extracted_claims(sentence, language) == [sentence]


# The French near future ("aller" before an infinitive) is a plan, as "going to" is in English.


@pytest.mark.parametrize(
    "sentence",
    [
        "Des rassemblements vont être organisés devant les mairies de la région, a indiqué le syndicat des taxis.",
        "Le préfet de l'Isère a précisé que l'État allait renforcer les contrôles routiers sur l'autoroute.",
    ],
)
def test_a_french_sentence_in_the_near_future_is_not_a_claim(sentence):
    assert is_claim_for_the_model(sentence, "fr")
    assert extracted_claims(sentence, "fr") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Le prix du gazole va augmenter de 8 % en avril, selon les calculs de l'Union française des pétroles.",
        "Le ministre de l'Intérieur va à Marseille ce jeudi, où 12 personnes ont été tuées depuis janvier.",
    ],
)
def test_a_french_near_future_beside_a_figure_stays_a_claim(sentence):
    assert extracted_claims(sentence, "fr") == [sentence]


# A question reported with the one asked between the verb and "why" / « pourquoi ».


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("After the vote, the councillors for the Green group asked the mayor why the bus depot was sold.", "en"),
        ("Le député de la Somme a demandé au préfet pourquoi l'usine de Longueau avait été fermée.", "fr"),
    ],
)
def test_a_question_reported_with_the_one_asked_is_not_a_claim(sentence, language):
    assert is_claim_for_the_model(sentence, language)
    assert extracted_claims(sentence, language) == []


# A French compound past with "être" and a verb of motion or change of state states an event.


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conducteur du car est décédé peu après son transfert vers l'hôpital de Valence.",
        "Les premiers secours sont arrivés sur les lieux de l'effondrement avant les pompiers d'Annecy.",
    ],
)
def test_a_french_compound_past_with_etre_is_a_claim(sentence):
    assert "past_event" in score(sentence, "fr")[1]
    assert extracted_claims(sentence, "fr") == [sentence]


def test_est_before_a_passive_participle_is_no_past_event():
    assert "past_event" not in score("Le col du Galibier est fermé à la circulation.", "fr")[1]
