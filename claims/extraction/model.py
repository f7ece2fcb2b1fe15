"""The shipped check-worthiness model: a logistic regression stored as JSON weights (see model/PROVENANCE.md).

English sentences use word n-grams plus cues; French uses the cue-only model, whose features exist in
French too. Both were trained by bench/train_checkworthy.py.
"""

import itertools
import json
import math
import operator
from functools import cache, lru_cache
from pathlib import Path

from claims.extraction.features import cue_features, tokens

MODEL_PATH = Path(__file__).with_name("model") / "checkworthy.json"
NGRAM_LANGUAGES = frozenset({"en"})
_ZEROES = itertools.repeat(0.0)  # the default of each weight look-up, for map(weights.get, names, _ZEROES)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def score(sentence: str, language: str) -> tuple[float, dict[str, float]]:
    """Probability that the sentence is a check-worthy claim, and the cues it was computed from."""
    words = tokens(sentence)
    cues = cue_features(sentence, words, language)
    part = "full" if language in NGRAM_LANGUAGES else "cues"
    model = load_model()[part]
    logit = model["bias"]
    if part == "full":
        unigrams, bigrams = _ngram_weights()
        logit += sum(map(unigrams.get, set(words), _ZEROES))
        logit += sum(map(bigrams.get, set(itertools.pairwise(words)), _ZEROES))
    cue_weights = _cue_weights(part)
    logit += sum(map(operator.mul, map(cue_weights.get, cues, _ZEROES), cues.values()))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))), cues


@cache
def _cue_weights(part: str) -> dict[str, float]:
    """The part's cue weights by cue name: the stored names carry a "c:" prefix that sets them apart from n-grams."""
    return {name[2:]: weight for name, weight in load_model()[part]["weights"].items() if name.startswith("c:")}


@cache
def _ngram_weights() -> tuple[dict[str, float], dict[tuple[str, str], float]]:
    """The English model's unigram weights by word and bigram weights by word pair, so that scoring a sentence looks
    them up without building the stored "w:word" and "b:first second" names."""
    unigrams, bigrams = {}, {}
    for name, weight in load_model()["full"]["weights"].items():
        if name.startswith("w:"):
            unigrams[name[2:]] = weight
        elif name.startswith("b:"):
            first, second = name[2:].split(" ")  # tokens never hold a space
            bigrams[first, second] = weight
    return unigrams, bigrams
