"""The learned decision layer (#16, session 8): a logistic regression over the signals the pipeline already computes
for each sentence (the shipped model's logit, each held-back rule, the cues, a speaker found, the sentence's shape,
its place in the page and its paragraph, its neighbours' logits; a layer trained `sentence_only`, the English one since
session 21 and the French one since session 22, reads none of these CONTEXT_SIGNALS) that decides claim / not claim in
place of sentence_score's fixed combination. Off unless a language is in FACTCHECK_DECISION_LAYER_LANGUAGES; its
weights are model/decision.json (see model/PROVENANCE.md), trained by bench/stack_on_real_pages.py, which computes its
signals with sentence_signals below so that the bench and the product share one implementation."""

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from pathlib import Path

from claims.extraction.cleaning import Block
from claims.extraction.held_back_rules import HELD_BACK_RULES, LOOKING_AHEAD_CEILING
from claims.extraction.model import score

DECISION_PATH = Path(__file__).with_name("model") / "decision.json"

# The threshold the `pipeline_says_claim` signal was computed with when the layer was trained (the setting's default):
# a fixed part of the signal, whatever FACTCHECK_CLAIM_THRESHOLD is.
TRAINED_THRESHOLD = 0.5
LOGIT_LIMIT = 30.0


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LENGTH_BUCKETS = ((6, "words<6"), (12, "words6-11"), (25, "words12-24"), (40, "words25-39"))
_QUOTATION_MARKS = frozenset('“”«»"')
_FINAL_PUNCTUATION = frozenset(".!?…»”\"'’)")
# The signals that read beyond the sentence and its speaker (its place in the page and its paragraph, its neighbours):
# a layer trained without them (`sentence_only`, session 21) scores a sentence the same wherever it stands.
CONTEXT_SIGNALS = frozenset(("position", "previous_logit", "next_logit", "alone_in_paragraph", "first_in_paragraph"))


def _logit(probability: float) -> float:
    probability = min(max(probability, 1e-13), 1 - 1e-13)
    return max(-LOGIT_LIMIT, min(LOGIT_LIMIT, math.log(probability / (1 - probability))))


def paragraph_of_each(spans: list[tuple[int, int]], blocks: list[Block]) -> list[int]:
    """Each span's paragraph: the index of the cleaned text's block it starts in (-1 if none)."""
    starts = [block.start for block in blocks]
    paragraphs = []
    for start, _end in spans:
        index = bisect_right(starts, start) - 1
        paragraphs.append(index if index >= 0 and start < blocks[index].end else -1)
    return paragraphs


def sentence_signals(
    sentences: list[str], speakers: list[str], language: str, paragraphs: list[int]
) -> list[tuple[float, dict[str, float], dict[str, float]]]:
    """For each sentence: the score pipeline.sentence_score gives it, its cues, and the signals the layer decides
    from; `paragraphs` gives each sentence's paragraph (paragraph_of_each)."""
    paragraph_sizes = Counter(paragraphs)
    scored = [score(sentence, language) for sentence in sentences]
    logits = [_logit(probability) for probability, _cues in scored]
    rows = []
    for index, (sentence, speaker, (probability, cues)) in enumerate(zip(sentences, speakers, scored, strict=True)):
        flags = {name: rule(sentence, cues, language, speaker) for name, rule in HELD_BACK_RULES.items()}
        words = _WORD.findall(sentence)
        signals = {"logit": logits[index] / LOGIT_LIMIT, "speaker": float(bool(speaker))}
        signals["held_back"] = float(any(flags.values()))
        signals.update({f"rule:{name}": 1.0 for name, fired in flags.items() if fired})
        signals.update({f"cue:{name}": value for name, value in cues.items()})
        signals[next((name for limit, name in _LENGTH_BUCKETS if len(words) < limit), "words40+")] = 1.0
        signals["digits"] = float(any(character.isdigit() for character in sentence))
        signals["quotation_marks"] = float(not _QUOTATION_MARKS.isdisjoint(sentence))
        signals["ends_with_punctuation"] = float(sentence.rstrip()[-1:] in _FINAL_PUNCTUATION)
        signals["capitalised_share"] = sum(word[0].isupper() for word in words) / len(words) if words else 0.0
        signals["position"] = index / max(1, len(sentences) - 1)
        signals["previous_logit"] = logits[index - 1] / LOGIT_LIMIT if index else 0.0
        signals["next_logit"] = logits[index + 1] / LOGIT_LIMIT if index + 1 < len(logits) else 0.0
        signals["alone_in_paragraph"] = float(paragraph_sizes[paragraphs[index]] == 1)
        signals["first_in_paragraph"] = float(not index or paragraphs[index - 1] != paragraphs[index])
        pipeline_score = min(probability, LOOKING_AHEAD_CEILING) if signals["held_back"] else probability
        signals["pipeline_says_claim"] = float(pipeline_score >= TRAINED_THRESHOLD)
        rows.append((round(pipeline_score, 4), cues, signals))
    return rows


def layer_probability(layer: dict, signals: dict[str, float]) -> float:
    """The layer's probability that the sentence is a claim; `layer` is {"bias", "weights"} (one language's)."""
    weights = layer["weights"]
    logit = layer["bias"] + sum(weights.get(name, 0.0) * value for name, value in signals.items())
    return 1.0 / (1.0 + math.exp(-max(-LOGIT_LIMIT, min(LOGIT_LIMIT, logit))))


def layer_score(layer: dict, pipeline_score: float, signals: dict[str, float]) -> float:
    """The sentence's score as `layer` decides it; a layer that `keeps_speakers` never scores a sentence the rules gave
    a speaker below the rules' own score, so it never removes an attributed claim the rules keep; one that
    `keeps_held_back` never scores a sentence a held-back rule holds back above the rules' own score, so a reported
    question or a forecast stays where the rules put it; nor one that `keeps_bare_statements` a bare statement
    (is_bare_statement); nor one that `keeps_unpunctuated_lines` a line with no final punctuation, the issue's own
    description of page furniture (headline-like lines: a title, a menu, a caption), which the rules may keep but the
    layer does not add. A layer with an `unsure_band` [low, high] decides only the sentences the rules score within
    it: one they score below low or above high keeps the rules' score (the rules plainly say no claim, or plainly a
    claim); with none, the layer decides every sentence."""
    unsure_band = layer["unsure_band"]
    if unsure_band is not None and not unsure_band[0] <= pipeline_score <= unsure_band[1]:
        return pipeline_score
    probability = round(layer_probability(layer, signals), 4)
    if layer["keeps_speakers"] and signals["speaker"]:
        probability = max(probability, pipeline_score)
    if layer["keeps_held_back"] and signals["held_back"]:
        probability = min(probability, pipeline_score)
    if layer["keeps_bare_statements"] and is_bare_statement(signals):
        probability = min(probability, pipeline_score)
    if layer["keeps_unpunctuated_lines"] and not signals["ends_with_punctuation"]:
        probability = min(probability, pipeline_score)
    return probability


def is_bare_statement(signals: dict[str, float]) -> bool:
    """A sentence with no digit, no speaker and no capitalised word past its opening (the proper_nouns cue: a word of
    two letters or more with a capital, starting after the sentence's third character): it names no one and nothing to
    check. The English layer lifts such sentences over the rules as often to a non-claim or a page's furniture (a
    channel's tagline, a note on photos, a letters page's notice) as to a claim, on the tune pages of many outlets
    (session 21, enlayer21), so a layer that `keeps_bare_statements` leaves them to the rules (it may lower them)."""
    return not signals["digits"] and not signals["speaker"] and not signals.get("cue:proper_nouns")


@lru_cache(maxsize=1)
def load_layers(path: Path = DECISION_PATH) -> dict:
    """{"threshold", "training_digest", "languages": {language: {"bias", "weights", "keeps_speakers",
    "keeps_held_back", "keeps_bare_statements", "keeps_unpunctuated_lines", "unsure_band"}}}: the shipped layers, each
    saying which of the rules' holds it keeps (layer_score)."""
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def decided_scores(
    sentences: list[str], speakers: list[str], language: str, paragraphs: list[int]
) -> list[tuple[float, dict[str, float]]]:
    """Each sentence's score as the shipped layer of its language decides it (in place of sentence_score's), and its
    cues."""
    layer = load_layers()["languages"][language]
    return [
        (layer_score(layer, pipeline_score, signals), cues)
        for pipeline_score, cues, signals in sentence_signals(sentences, speakers, language, paragraphs)
    ]
