"""The learned decision layer (#16, session 8): a logistic regression over the signals the pipeline already computes
for each sentence (the shipped model's logit, each held-back rule, the cues, a speaker found, the sentence's shape,
its place in the page and its paragraph, its neighbours' logits) that decides claim / not claim in place of
sentence_score's fixed combination. Off unless a language is in FACTCHECK_DECISION_LAYER_LANGUAGES; its weights are
model/decision.json (see model/PROVENANCE.md), trained by bench/stack_on_real_pages.py, which computes its signals
with sentence_signals below so that the bench and the product share one implementation."""

import json
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from claims.extraction import held_back
from claims.extraction.cleaning import Block
from claims.extraction.model import NGRAM_LANGUAGES, score

DECISION_PATH = Path(__file__).with_name("model") / "decision.json"

# A forecast, plan or hope with nothing checkable beside it stays a candidate, below any sensible threshold; so does a
# French sentence with no cue of a fact.
LOOKING_AHEAD_CEILING = 0.3
# The threshold the `pipeline_says_claim` signal was computed with when the layer was trained (the setting's default):
# a fixed part of the signal, whatever FACTCHECK_CLAIM_THRESHOLD is.
TRAINED_THRESHOLD = 0.5
LOGIT_LIMIT = 30.0

# Each held-back rule of pipeline.sentence_score, by name, in the order sentence_score tries them; each takes
# (sentence, cues, language, speaker).
HELD_BACK_RULES: dict[str, Callable[[str, dict[str, float], str, str], bool]] = {
    "looks_ahead_only": lambda _sentence, cues, _language, _speaker: held_back.looks_ahead_only(cues),
    "looks_ahead_in_french": lambda sentence, cues, language, _speaker: held_back.looks_ahead_in_french(
        sentence, cues, language
    ),
    "states_a_forecast": lambda sentence, cues, _language, _speaker: held_back.states_a_forecast(sentence, cues),
    "relays_what_may_happen": lambda sentence, cues, language, _speaker: held_back.relays_what_may_happen(
        sentence, cues, language
    ),
    # The cue-only model (French) cannot tell a fact without a cue of one; a speaker found is a source, like the cue.
    "states_no_fact": lambda _sentence, cues, language, speaker: (
        language not in NGRAM_LANGUAGES and not speaker and held_back.states_no_fact(cues)
    ),
    "speaks_only_of_self": lambda sentence, cues, language, _speaker: held_back.speaks_only_of_self(
        sentence, cues, language
    ),
    "speaks_to_the_listener": lambda sentence, cues, language, _speaker: held_back.speaks_to_the_listener(
        sentence, cues, language
    ),
    "reports_a_question": lambda sentence, _cues, _language, _speaker: held_back.reports_a_question(sentence),
    "states_what_is_not_known": lambda sentence, cues, _language, _speaker: held_back.states_what_is_not_known(
        sentence, cues
    ),
    "states_what_should_have_been": lambda sentence, _cues, language, _speaker: held_back.states_what_should_have_been(
        sentence, language
    ),
    "quotes_only_an_evaluation": lambda sentence, cues, _language, _speaker: held_back.quotes_only_an_evaluation(
        sentence, cues
    ),
    "quotes_a_characterisation": lambda sentence, _cues, language, _speaker: held_back.quotes_a_characterisation(
        sentence, language
    ),
    "grades_what_it_points_to": lambda sentence, cues, _language, _speaker: held_back.grades_what_it_points_to(
        sentence, cues
    ),
    "asks_someone_to_act": lambda sentence, cues, language, _speaker: held_back.asks_someone_to_act(
        sentence, cues, language
    ),
    "exhorts_the_reader": lambda sentence, _cues, language, _speaker: held_back.exhorts_the_reader(sentence, language),
}


def is_held_back(sentence: str, cues: dict[str, float], language: str, speaker: str) -> bool:
    """Whether any held-back rule holds the sentence (the first that does answers: no need to try the others)."""
    return any(rule(sentence, cues, language, speaker) for rule in HELD_BACK_RULES.values())


_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_LENGTH_BUCKETS = ((6, "words<6"), (12, "words6-11"), (25, "words12-24"), (40, "words25-39"))
_QUOTATION_MARKS = frozenset('“”«»"')
_FINAL_PUNCTUATION = frozenset(".!?…»”\"'’)")


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


@lru_cache(maxsize=1)
def load_layers(path: Path = DECISION_PATH) -> dict:
    """{"threshold", "languages": {language: {"bias", "weights"}}}: the shipped layers."""
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def decided_scores(
    sentences: list[str], speakers: list[str], language: str, paragraphs: list[int]
) -> list[tuple[float, dict[str, float]]]:
    """Each sentence's score as the shipped layer of its language decides it (in place of sentence_score's), and its
    cues."""
    layer = load_layers()["languages"][language]
    return [
        (round(layer_probability(layer, signals), 4), cues)
        for _score, cues, signals in sentence_signals(sentences, speakers, language, paragraphs)
    ]
