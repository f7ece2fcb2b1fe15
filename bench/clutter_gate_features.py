"""The features of bench/train_clutter_gate.py's learned furniture gate (#16, point 3), scored in pure Python.

The clutter rules (claims/extraction/cleaning.py, clutter_shapes.py) name furniture by its words; these features read a
sentence's layout and its line's instead — length, final punctuation, capitals, figures, separators, the run of short
unpunctuated lines it sits in, where it stands against the page's prose — plus the words of the line (the training
script keeps a small vocabulary learned from the labelled pages). Linear in the page's length.
"""

import math
import re

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…»”\"')]\s*$")
_STARTS_WITH_TIME = re.compile(r"^\W{0,3}\d{1,2}\s?(?:[:h]\s?\d\d|[ap]\.?m\b)", re.IGNORECASE)
_STARTS_WITH_FIGURE = re.compile(r"^\W{0,3}\d")
_BULLET = re.compile(r"^\s*[-–—•·*▪►>»|]")
_SEPARATORS = "|•©/–—·»›>"
_INNER_SENTENCE_END = re.compile(r"[.!?]\s+[A-ZÀ-ÖØ-Þ]")
_INNER_CUT = re.compile(r"(?:…|\.\.\.)\s+\S")
# A line this short without a sentence's end is a heading, a menu item or a headline in a list.
SHORT_LINE_WORDS = 12
# A line of prose: long and closed by a sentence's end. Furniture gathers before the first and after the last.
PROSE_LINE_WORDS = 25
_RUN_CAP = 20  # a run of short lines longer than this says nothing more


def _bucket(value: float) -> float:
    """log2(1 + value): counts and lengths as the regression weighs them, so a long line weighs little more than a
    fairly long one."""
    return math.log2(1.0 + value)


def line_shape(line: str) -> dict[str, float]:
    """The features of one line on its own."""
    stripped = line.strip()
    words = _WORD.findall(stripped)
    count = len(words)
    capitalised = sum(word[0].isupper() for word in words)
    upper = sum(word.isupper() and len(word) > 1 for word in words)
    digits = sum(character.isdigit() for character in stripped)
    ended = bool(_SENTENCE_END.search(stripped))
    shape = {
        "words": _bucket(count),
        "chars": _bucket(len(stripped)),
        "ends_sentence": float(ended),
        "ends_colon": float(stripped.endswith(":")),
        "ends_cut": float(stripped.endswith(("…", "..."))),
        "ends_question": float(stripped.endswith("?")),
        "capitalised_share": capitalised / count if count else 0.0,
        "upper_share": upper / count if count else 0.0,
        "digit_share": digits / len(stripped) if stripped else 0.0,
        "separators": _bucket(sum(stripped.count(mark) for mark in _SEPARATORS)),
        "starts_time": float(bool(_STARTS_WITH_TIME.match(stripped))),
        "starts_figure": float(bool(_STARTS_WITH_FIGURE.match(stripped))),
        "starts_lower": float(stripped[:1].islower()),
        "bullet": float(bool(_BULLET.match(stripped))),
        "quoted": float(any(mark in stripped for mark in '«“"')),
        "link": float("http" in stripped or "www." in stripped or "@" in stripped),
        "short_unended": float(count <= SHORT_LINE_WORDS and not ended),
        # A ticker of headlines run together on one line: long, yet with no sentence's end inside or after it.
        "long_unended": float(count > SHORT_LINE_WORDS and not ended),
        "sentence_ends_per_word": len(_INNER_SENTENCE_END.findall(stripped)) / count if count else 0.0,
        "inner_cuts": _bucket(len(_INNER_CUT.findall(stripped))),
        "no_words": float(not count),
    }
    lowered = stripped.lower()
    for token in set(_TOKEN.findall(lowered)):
        shape[f"w:{token}"] = 1.0
    if words:
        shape[f"f:{words[0].lower()}"] = 1.0
    return shape


def page_features(lines: list[str]):
    """Each non-blank line's features: its shape, its neighbours' and where it stands on the page. One pass over the
    lines and a few over their shapes: linear in the page."""
    shapes = [line_shape(line) for line in lines]
    runs = _short_runs(shapes)
    prose = [index for index, shape in enumerate(shapes) if _is_prose(shape)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    for index, shape in enumerate(shapes):
        features = dict(shape)
        for side, neighbour in (("prev", index - 1), ("next", index + 1)):
            if 0 <= neighbour < len(shapes):
                other = shapes[neighbour]
                features[f"{side}_words"] = other["words"]
                features[f"{side}_short_unended"] = other["short_unended"]
                features[f"{side}_ends_sentence"] = other["ends_sentence"]
            else:
                features[f"{side}_edge"] = 1.0
        features["run"] = _bucket(min(runs[index], _RUN_CAP))
        features["position"] = index / len(shapes)
        features["before_prose"] = float(index < first)
        features["after_prose"] = float(index > last)
        yield features


def _is_prose(shape: dict[str, float]) -> bool:
    return shape["ends_sentence"] == 1.0 and shape["words"] >= _bucket(PROSE_LINE_WORDS)


def _short_runs(shapes: list[dict[str, float]]) -> list[int]:
    """For each line, the length of the run of consecutive short unended lines it belongs to (0 outside one)."""
    runs = [0] * len(shapes)
    start = 0
    for index in range(len(shapes) + 1):
        if index < len(shapes) and shapes[index]["short_unended"]:
            continue
        for member in range(start, index):
            runs[member] = index - start
        start = index + 1
    return runs


def furniture_probability(features: dict[str, float], model: dict, language: str) -> float:
    weights = model["weights"]
    logit = model["bias"] + weights.get(f"lang:{language}", 0.0)
    logit += sum(weights[name] * value for name, value in features.items() if name in weights)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit))))


def sentence_features(sentence: str, line: dict[str, float]) -> dict[str, float]:
    """A sentence's row: its line's features and its own shape, words aside (its line's words are there)."""
    features = dict(line)
    for name, value in line_shape(sentence).items():
        if not name.startswith(("w:", "f:")):
            features[f"s:{name}"] = value
    return features
