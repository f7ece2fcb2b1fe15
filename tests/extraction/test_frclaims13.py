"""Session 13 (#16, French claims): shapes of French news writing that state a fact the French gate (states_no_fact)
did not see. Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens
from claims.extraction.held_back_rules import HELD_BACK_RULES


def cues_of(sentence: str) -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), "fr")


def extracted_claims(text: str) -> list[str]:
    return [claim.text for claim in extract(text, language="fr").claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Plusieurs commerces du centre-ville sont restés fermés.",
        "Les sauveteurs ont retrouvé plusieurs randonneurs près du refuge.",
    ],
)
def test_plusieurs_is_a_count(sentence):
    assert "number_word" in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Dans la vallée, plusieurs villages étaient encore privés de courant mardi soir.",
        "En Bretagne, plusieurs élus municipaux sont poursuivis pour favoritisme.",
    ],
)
def test_a_state_counted_with_plusieurs_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Les pompiers ont d'ailleurs évacué l'immeuble voisin.",
        "Le conseil a par ailleurs voté la hausse des tarifs.",
        "Le gardien a, lui aussi, arrêté le tir au but.",
        "Les syndicats ont eux aussi signé l'accord.",
        "La crue a brutalement coupé la route départementale.",
        "Le chauffeur s'était manifestement trompé de sortie.",
    ],
)
def test_a_compound_past_with_a_word_set_off_before_its_participle_is_an_event(sentence):
    assert "past_event" in cues_of(sentence)


def test_the_pronoun_of_an_inversion_is_no_insertion():
    assert "past_event" not in cues_of("« Tout était calme », a-t-elle raconté.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil a par ailleurs voté la fermeture de la piscine.",
        "La tempête a également fortement endommagé les toitures du quartier.",
    ],
)
def test_a_compound_past_with_an_insertion_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize("text", ["Le nombre de visiteurs du salon.\n\n12 500.", "The year it all began.\n\n1998."])
def test_a_figure_standing_alone_is_no_claim(text):
    assert not [claim for claim in extract(text).claims if claim.text[0].isdigit()]


def test_a_figure_naming_its_source_stays_a_claim():
    assert "names_nothing" not in [
        name for name, rule in HELD_BACK_RULES.items() if rule("12.500 (préfecture)", {}, "fr", "")
    ]
