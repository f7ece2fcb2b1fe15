"""Session 12's English claims pass (#16): sentences that state nothing checkable yet, and claims the rules must keep.
Sentences here are written for these tests and are in no held-out file; each test of a sentence held back first asserts
that the model alone would take it, so that the test can fail."""

import pytest

from claims.extraction import extract
from claims.extraction.model import score
from claims.extraction.pipeline import sentence_score

THRESHOLD = 0.5


def is_claim_for_the_model(sentence: str, language: str = "en") -> bool:
    return score(sentence, language)[0] >= THRESHOLD


def extracted_claims(text: str, language: str = "en") -> list[str]:
    return [claim.text for claim in extract(text, language=language).claims]


# The first person in the page's own voice (a speech, an interview's answer, a letter), with no figure nor past.


@pytest.mark.parametrize(
    "sentence",
    [
        "We are working with the Scottish Government and the councils of the Highlands on the new strategy.",
        "Today we are investing in the people of Jamaica through the National Housing Trust.",
        "Our government is continuing to build partnerships with the councils of Wales and the Welsh Local "
        "Government Association.",
        # a name in -ed is no verb in the past
        "This is the cost of living crisis that we have all been experiencing in Scotland and across the United "
        "Kingdom.",
    ],
)
def test_the_first_person_in_the_pages_own_voice_without_a_fact_is_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        (
            "The demand for council housing in the Highlands, the reason for my visit with the minister, keeps rising.",
            "en",
        ),
        (
            "La demande de logements sociaux dans le Var, raison de ma visite avec le ministre, ne cesse de croître.",
            "fr",
        ),
    ],
)
def test_a_first_person_possessive_in_an_aside_does_not_make_the_sentence_the_speaker_s_own_stance(sentence, language):
    # Found when docspeakers12 and this pass were merged: the sentence is about its subject, not its speaker.
    from claims.extraction.features import features
    from claims.extraction.held_back_own_voice import speaks_of_self_in_own_voice

    assert not speaks_of_self_in_own_voice(sentence, features(sentence, language)[1], language)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous adaptons nos dispositifs de surveillance avec les élus et les organisateurs du Festival de Cornouaille.",
        "Je tiens à remercier les Rennais et les Rennaises qui nous permettent de poursuivre les chantiers de la Ville "
        "de Rennes.",
        "Nous travaillons avec la préfecture du Calvados et les maires du département sur la sécurité des plages.",
    ],
)
def test_the_french_first_person_in_the_speakers_own_voice_without_a_fact_is_held_back(sentence):
    # With a speaker found, states_no_fact (the cue-only model's gate) lets the sentence through: this rule holds it.
    assert is_claim_for_the_model(sentence, "fr")
    assert sentence_score(sentence, "fr", "La maire")[0] < THRESHOLD


@pytest.mark.parametrize(
    "sentence",
    [
        # the simple past narrates what happened, which the past_event cue does not see
        "We did have a fall in full-time employment across Victoria, but that was offset by part-time growth.",
        "We took a lot of criticism from the opposition over the hospital closures in Leeds.",
    ],
)
def test_the_first_person_narrating_the_past_stays_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nous avons fermé les écoles de la commune de Caen et les gymnases de la Ville pendant la tempête Ciaran.",
        "Avant notre arrivée à Lisieux, les habitants du quartier avaient contenu le feu avec des tuyaux d’arrosage.",
    ],
)
def test_the_french_first_person_with_a_compound_past_stays_a_claim(sentence):
    assert sentence_score(sentence, "fr", "La maire")[0] >= THRESHOLD


def test_a_first_person_quotation_is_left_to_the_quotation_rule():
    sentence = "“We have closed three wards at the Royal Infirmary,” the chief executive said."
    assert sentence in extracted_claims(sentence)


# "Set to" with a figure already set: a decision taken, not a forecast.


@pytest.mark.parametrize(
    "sentence",
    [
        "All supermarkets in Nairobi are set to sell the two-kilogram packet of maize flour at Sh90, down from Sh180.",
        "More than 800 community sports clubs across Wales are set to receive £40 million in funding from the lottery.",
    ],
)
def test_set_to_with_a_figure_already_set_stays_a_claim(sentence):
    assert sentence in extracted_claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a change of quantity foreseen is a forecast, whatever its figure
        "Unemployment in the region is set to rise to 7.5 percent by the end of the year.",
        "Council tax bills in Devon are set to increase by 4.99 percent from April.",
        # "expected to" stays a forecast with a figure
        "Exports of rice are expected to reach 6.1 million tonnes in 2027.",
    ],
)
def test_a_forecast_with_a_figure_is_still_held_back(sentence):
    assert is_claim_for_the_model(sentence)
    assert sentence not in extracted_claims(sentence)
