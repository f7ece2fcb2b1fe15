"""The learned decision layer at run time (claims/extraction/decision.py, #16 session 8): its shipped weights load, it
scores deterministically from each sentence's signals, it is off unless FACTCHECK_DECISION_LAYER_LANGUAGES names the
language, and off it leaves extract() as it was."""

from django.test import override_settings

from claims.extraction import decision, extract
from claims.extraction.decision import (
    decided_scores,
    layer_probability,
    load_layers,
    paragraph_of_each,
    sentence_signals,
)
from claims.extraction.held_back_rules import HELD_BACK_RULES
from claims.extraction.pipeline import segment, sentence_score
from claims.extraction.speakers import speakers_of

ENGLISH = (
    "Home | News | Sport\n\n"
    "The council spent 4 million pounds on the new bridge last year, its accounts show. Residents hope it opens.\n\n"
    "Unemployment rose to 7.4 percent in March, the statistics office said.\n\n"
    "We will keep you posted.\n"
)
FRENCH = (
    "Le chômage a atteint 7,4 % en mars, selon l'Insee. Le gouvernement espère une baisse.\n\n"
    "« Nous allons tout faire pour y arriver », a déclaré la ministre du Travail.\n"
)
_FIXED_SIGNALS = {
    "logit",
    "speaker",
    "held_back",
    "digits",
    "quotation_marks",
    "ends_with_punctuation",
    "capitalised_share",
    "position",
    "previous_logit",
    "next_logit",
    "alone_in_paragraph",
    "first_in_paragraph",
    "pipeline_says_claim",
    "words<6",
    "words6-11",
    "words12-24",
    "words25-39",
    "words40+",
}


def _signals(text: str, language: str):
    cleaned, spans = segment(text)
    sentences = [text[start:end] for start, end in spans]
    speakers = speakers_of(sentences, text)
    return sentences, speakers, paragraph_of_each(spans, cleaned.blocks)


def test_the_shipped_layers_load_and_weigh_only_signals_the_pipeline_computes():
    layers = load_layers()
    assert layers["threshold"] == decision.TRAINED_THRESHOLD
    assert set(layers["languages"]) == {"en", "fr"}
    for layer in layers["languages"].values():
        assert isinstance(layer["bias"], float)
        for name in layer["weights"]:
            assert name in _FIXED_SIGNALS or name.startswith("cue:") or name.removeprefix("rule:") in HELD_BACK_RULES, (
                name
            )


def test_scoring_is_deterministic_and_a_function_of_the_sentences_signals():
    sentences, speakers, paragraphs = _signals(ENGLISH, "en")
    assert decided_scores(sentences, speakers, "en", paragraphs) == decided_scores(
        sentences, speakers, "en", paragraphs
    )
    layer = load_layers()["languages"]["en"]
    rows = sentence_signals(sentences, speakers, "en", paragraphs)
    for (_score, _cues, signals), (probability, _) in zip(
        rows, decided_scores(sentences, speakers, "en", paragraphs), strict=True
    ):
        assert probability == round(layer_probability(layer, signals), 4)
    # The same page twice over: the same sentence in the same place has the same signals wherever the page comes from.
    again = sentence_signals(sentences, speakers, "en", paragraphs)
    assert [signals for _s, _c, signals in again] == [signals for _s, _c, signals in rows]


def test_the_signals_carry_the_pipelines_own_score_and_its_neighbours():
    sentences, speakers, paragraphs = _signals(ENGLISH, "en")
    rows = sentence_signals(sentences, speakers, "en", paragraphs)
    assert [score for score, _cues, _signals in rows] == [
        sentence_score(sentence, "en", speaker)[0] for sentence, speaker in zip(sentences, speakers, strict=True)
    ]
    assert rows[1][2]["previous_logit"] == rows[0][2]["logit"]
    assert rows[0][2]["next_logit"] == rows[1][2]["logit"]
    assert rows[0][2]["position"] == 0.0 and rows[-1][2]["position"] == 1.0


def test_paragraph_of_each_names_the_block_a_sentence_starts_in():
    cleaned, spans = segment(ENGLISH)
    paragraphs = paragraph_of_each(spans, cleaned.blocks)
    assert paragraphs == sorted(paragraphs)
    assert paragraphs[0] == paragraphs[1] != paragraphs[2]  # two sentences of one paragraph, then the next one


def test_off_by_default_extract_scores_as_sentence_score_does():
    for text, language in ((ENGLISH, "en"), (FRENCH, "fr")):
        result = extract(text, language=language)
        for sentence in result.claims + result.candidates:
            assert sentence.score == sentence_score(sentence.text, language, sentence.speaker)[0]


def test_on_for_a_language_the_layer_decides_its_sentences_only(monkeypatch):
    always = {"threshold": 0.5, "languages": {"en": {"bias": 30.0, "weights": {}}, "fr": {"bias": 30.0, "weights": {}}}}
    monkeypatch.setattr(decision, "load_layers", lambda: always)
    english_off = extract(ENGLISH, language="en")
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        english_on = extract(ENGLISH, language="en")
        french = extract(FRENCH, language="fr")
    assert english_off.candidates and not english_on.candidates  # a layer that calls every sentence a claim
    assert [claim.score for claim in english_on.claims] == [1.0] * len(english_on.claims)
    assert french == extract(FRENCH, language="fr")  # French is not listed: the layer is not asked


def test_on_with_the_shipped_layer_extract_scores_as_decided_scores():
    sentences, speakers, paragraphs = _signals(FRENCH, "fr")
    expected = [probability for probability, _cues in decided_scores(sentences, speakers, "fr", paragraphs)]
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("fr",)):
        result = extract(FRENCH, language="fr")
    assert sorted(sentence.score for sentence in result.claims + result.candidates) == sorted(expected)
