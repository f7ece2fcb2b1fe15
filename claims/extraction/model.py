"""The shipped check-worthiness model: a logistic regression stored as JSON weights (see model/PROVENANCE.md).

English sentences use word n-grams plus cues; French uses the cue-only model, whose features exist in
French too. Both were trained by bench/train_checkworthy.py.
"""

import itertools
import json
import math
import operator
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from claims.extraction.features import cue_features, tokens

MODEL_PATH = Path(__file__).with_name("model") / "checkworthy.json"
NGRAM_LANGUAGES = frozenset({"en"})
_ZEROES = itertools.repeat(0.0)  # the default of each weight look-up, for map(weights.get, names, _ZEROES)
# Models scoring in place of the shipped one, innermost last (see scoring_with).
_STAND_INS: list[dict] = []


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


@contextmanager
def scoring_with(model: dict) -> Iterator[None]:
    """Score with `model` (the shipped file's layout) instead of the shipped one inside the block: the bench's
    cross-validation scores each real page with a model trained without that page."""
    _STAND_INS.append(model)
    _part_weights.cache_clear()
    try:
        yield
    finally:
        _STAND_INS.pop()
        _part_weights.cache_clear()


def scoring_model() -> dict:
    """The model scoring now: the innermost stand-in of `scoring_with`, or the shipped one."""
    return _STAND_INS[-1] if _STAND_INS else load_model()


def score(sentence: str, language: str) -> tuple[float, dict[str, float]]:
    """Probability that the sentence is a check-worthy claim, and the cues it was computed from."""
    words = tokens(sentence)
    cues = cue_features(sentence, words, language)
    weights = _part_weights("full" if language in NGRAM_LANGUAGES else "cues")
    logit = weights.bias
    if weights.unigrams:
        logit += sum(map(weights.unigrams.get, set(words), _ZEROES))
        logit += sum(map(weights.bigrams.get, set(itertools.pairwise(words)), _ZEROES))
    logit += sum(map(operator.mul, map(weights.cues.get, cues, _ZEROES), cues.values()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))), cues


class _Weights(NamedTuple):
    bias: float
    cues: dict[str, float]
    unigrams: dict[str, float]
    bigrams: dict[tuple[str, str], float]


@cache
def _part_weights(part: str) -> _Weights:
    """A part's weights keyed as scoring looks them up: cues by name, unigrams by word, bigrams by word pair, so that
    scoring a sentence never builds the stored names ("c:" cue, "w:word", "b:first second")."""
    model = scoring_model()[part]
    cues, unigrams, bigrams = {}, {}, {}
    for name, weight in model["weights"].items():
        if name.startswith("c:"):
            cues[name[2:]] = weight
        elif name.startswith("w:"):
            unigrams[name[2:]] = weight
        elif name.startswith("b:"):
            first, second = name[2:].split(" ")  # tokens never hold a space
            bigrams[first, second] = weight
    return _Weights(model["bias"], cues, unigrams, bigrams)
