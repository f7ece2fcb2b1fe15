"""Session 13, second wave (#16, claims on fresh outlets): shapes of news writing behind misses and false claims of
the twenty-second round's tune pages. Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction import extract
from claims.extraction.features import cue_features, tokens
from claims.extraction.held_back_fragments import brings_in_words_that_follow
from claims.extraction.segmentation import split


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Les grévistes dénoncent un “passage en force”.Cette réforme entre en vigueur lundi.",
            ["Les grévistes dénoncent un “passage en force”.", "Cette réforme entre en vigueur lundi."],
        ),
        (
            "Le maire a parlé de «vandalisme».Trois bus ont été incendiés.",
            ["Le maire a parlé de «vandalisme».", "Trois bus ont été incendiés."],
        ),
        (
            'The union called it a "betrayal".Talks resume on Monday.',
            ['The union called it a "betrayal".', "Talks resume on Monday."],
        ),
    ],
)
def test_paragraphs_glued_after_a_closing_quote_are_split(text, sentences):
    assert split(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "La coupure a touché tout le réseau.D'autres quartiers restent privés d'eau.",
            ["La coupure a touché tout le réseau.", "D'autres quartiers restent privés d'eau."],
        ),
        (
            "Le pont a été fermé à la circulation.L’entreprise chargée des travaux a été mise en demeure.",
            ["Le pont a été fermé à la circulation.", "L’entreprise chargée des travaux a été mise en demeure."],
        ),
    ],
)
def test_paragraphs_glued_before_an_elided_word_are_split(text, sentences):
    assert split(text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Il a rencontré M. O'Neill hier.",
        "Le site « www.exemple.fr » est fermé.",
    ],
)
def test_no_break_inside_names_and_addresses(text):
    assert split(text) == [text]


def cues_of(sentence: str, language: str = "fr") -> dict[str, float]:
    return cue_features(sentence, tokens(sentence), language)


def extracted_claims(text: str, language: str = "fr") -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le déficit de la commune est inférieur à celui de l'an dernier.",
        "Les ventes sont restées supérieures aux prévisions du groupe.",
        "Le niveau du lac est passé en dessous de la cote d'alerte.",
        "Les températures sont restées au-dessus de la normale saisonnière.",
    ],
)
def test_french_comparisons_above_and_below_are_cues(sentence):
    assert "comparison" in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le taux de pauvreté dans le département est inférieur à la moyenne régionale.",
        "Le chiffre d'affaires du trimestre est supérieur aux attentes des analystes.",
    ],
)
def test_a_state_compared_above_or_below_is_a_claim(sentence):
    assert extracted_claims(sentence) == [sentence]


def test_a_rank_named_superieur_is_no_comparison():
    assert "comparison" not in cues_of("Le Conseil supérieur de l'audiovisuel a rendu son avis.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Certains habitants ont passé la nuit dans le gymnase municipal.",
        "Certaines écoles restent fermées dans le nord du département.",
    ],
)
def test_certains_opening_a_sentence_counts_part_of_a_group(sentence):
    assert "number_word" in cues_of(sentence)
    assert extracted_claims(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le maire souhaite revoir le projet sur certains points.",
        "Dans certaines conditions, la dérogation reste possible.",
    ],
)
def test_certains_inside_a_sentence_is_no_count(sentence):
    assert "number_word" not in cues_of(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Following is the transcript of remarks made by the Minister of Health, Dr Jane Okafor, and the Commissioner "
        "of Police, Mr Daniel Reyes, at a press conference today (June 3):",
        "Police Chief Maria Lopez gave a powerful statement on Friday night while two suspects were still at large:",
    ],
)
def test_a_lead_in_to_a_statement_set_out_below_is_held_back(sentence):
    assert extracted_claims(sentence, "en") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The council confirmed in a statement that 42 homes had been flooded: most were on the river side.",
        "Officials confirmed on Twitter that the bridge had reopened on Monday:",
        "Transcripts of the hearing were published on Monday.",
    ],
)
def test_a_sentence_that_states_its_fact_is_no_lead_in(sentence):
    assert not brings_in_words_that_follow(sentence)
