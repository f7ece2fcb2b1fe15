"""The learned decision layer at run time (claims/extraction/decision.py, #16 session 8): its shipped weights load, it
scores deterministically from each sentence's signals, it is off unless FACTCHECK_DECISION_LAYER_LANGUAGES names the
language, and off it leaves extract() as it was."""

from django.test import override_settings

from claims.extraction import decision, extract
from claims.extraction.decision import (
    decided_scores,
    layer_score,
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
    assert len(layers["training_digest"]) == 64  # the digest of what it was trained on (bench/decision_training.py)
    for layer in layers["languages"].values():
        assert isinstance(layer["bias"], float)
        assert isinstance(layer["keeps_speakers"], bool)
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
    for (pipeline_score, _cues, signals), (probability, _) in zip(
        rows, decided_scores(sentences, speakers, "en", paragraphs), strict=True
    ):
        assert probability == layer_score(layer, pipeline_score, signals)
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
    yes = {
        "bias": 30.0,
        "weights": {},
        "keeps_speakers": False,
        "keeps_held_back": False,
        "keeps_bare_statements": False,
        "keeps_unpunctuated_lines": False,
        "unsure_band": None,
    }
    always = {"threshold": 0.5, "languages": {"en": yes, "fr": yes}}
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


ATTRIBUTED = "Unemployment rose to 7.4 percent in March, the Office for National Statistics said."
UNATTRIBUTED = "The council spent 4 million pounds on the new bridge last year."


def _never(keeps_speakers: bool) -> dict:
    """A layer that calls no sentence a claim, for both languages."""
    no = {
        "bias": -30.0,
        "weights": {},
        "keeps_speakers": keeps_speakers,
        "keeps_held_back": False,
        "keeps_bare_statements": False,
        "keeps_unpunctuated_lines": False,
        "unsure_band": None,
    }
    return {"threshold": 0.5, "languages": {"en": no, "fr": no}}


def test_a_layer_that_keeps_speakers_never_scores_an_attributed_sentence_below_the_rules():
    layer = _never(keeps_speakers=True)["languages"]["en"]
    assert layer_score(layer, 0.9, {"speaker": 1.0}) == 0.9
    assert layer_score(layer, 0.9, {"speaker": 0.0}) == 0.0  # no speaker: the layer alone decides
    assert layer_score(layer | {"bias": 30.0}, 0.2, {"speaker": 1.0}) == 1.0  # it may still add one
    assert layer_score(layer | {"keeps_speakers": False}, 0.9, {"speaker": 1.0}) == 0.0


def test_on_a_layer_that_keeps_speakers_removes_only_claims_without_one(monkeypatch):
    text = f"{ATTRIBUTED}\n\n{UNATTRIBUTED}\n"
    off = extract(text, language="en")
    assert {claim.text for claim in off.claims} == {ATTRIBUTED, UNATTRIBUTED}
    assert [claim.speaker for claim in off.claims if claim.text == ATTRIBUTED] == ["the Office for National Statistics"]
    with override_settings(FACTCHECK_DECISION_LAYER_LANGUAGES=("en",)):
        monkeypatch.setattr(decision, "load_layers", lambda: _never(keeps_speakers=True))
        keeping = extract(text, language="en")
        monkeypatch.setattr(decision, "load_layers", lambda: _never(keeps_speakers=False))
        removing = extract(text, language="en")
    assert [claim.text for claim in keeping.claims] == [ATTRIBUTED]
    assert removing.claims == []
