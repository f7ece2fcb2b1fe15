"""First extraction pipeline: segment with pysbd and score with a simple rule."""

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import pysbd
from django.conf import settings


@dataclass(frozen=True)
class ScoredSentence:
    text: str
    start: int  # character span in the document's text
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    speaker: str = ""


@dataclass
class Extraction:
    language: str
    title: str = ""
    byline: str = ""
    published: date | None = None
    claims: list[ScoredSentence] = field(default_factory=list)
    candidates: list[ScoredSentence] = field(default_factory=list)


_FRENCH_HINTS = re.compile(r"\b(le|la|les|des|est|une|que|pour|dans|selon)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(r"\b(selon|a déclaré|a reconnu|rapporte|according to|said|says|reported)\b", re.I)


def detect_language(text: str) -> str:
    words = max(len(text.split()), 1)
    return "fr" if len(_FRENCH_HINTS.findall(text)) / words > 0.05 else "en"


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    return pysbd.Segmenter(language=language, clean=False, char_span=True)


def _score(sentence: str) -> tuple[float, tuple[str, ...]]:
    reasons = []
    if re.search(r"\d", sentence):
        reasons.append("quantity")
    if _ATTRIBUTION.search(sentence):
        reasons.append("attributed")
    if "«" in sentence or "“" in sentence:
        reasons.append("quote")
    score = min(1.0, 0.2 + 0.3 * len(reasons))
    if len(sentence.split()) < 6:
        score, reasons = 0.0, ["too_short"]
    return score, tuple(reasons)


def extract(text: str, *, language: str | None = None, threshold: float | None = None) -> Extraction:
    threshold = settings.FACTCHECK_CLAIM_THRESHOLD if threshold is None else threshold
    language = language or detect_language(text)
    result = Extraction(language=language, title=text.strip().splitlines()[0] if text.strip() else "")
    for span in _segmenter(language).segment(text):
        sentence = span.sent.strip()
        if not sentence:
            continue
        start = text.index(sentence, span.start)
        score, reasons = _score(sentence)
        scored = ScoredSentence(sentence, start, start + len(sentence), score, reasons)
        (result.claims if score >= threshold else result.candidates).append(scored)
    return result
