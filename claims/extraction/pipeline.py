"""Claim extraction: clean the page text, split it into sentences, score them, find speakers and repeats."""

import re
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.conf import settings

from claims.extraction.attribution import speakers_of
from claims.extraction.cleaning import CleanedText, clean, clutter_reason
from claims.extraction.duplicates import content_stems, group_duplicates, headline_match
from claims.extraction.features import reasons
from claims.extraction.model import score
from claims.extraction.patterns import prefix_tree
from claims.extraction.segmentation import split_spans


@dataclass(frozen=True)
class ScoredSentence:
    text: str
    start: int  # character span in the document's text: text[start:end] == self.text
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    speaker: str = ""
    duplicate_spans: tuple[tuple[int, int], ...] = ()  # other places in the document saying the same thing


@dataclass
class Extraction:
    language: str
    title: str = ""
    byline: str = ""
    published: date | None = None
    claims: list[ScoredSentence] = field(default_factory=list)
    candidates: list[ScoredSentence] = field(default_factory=list)


# Each language's commonest words, in one pattern so that a single scan counts both: the group holds French ones.
_COMMON_WORDS = re.compile(
    rf"\b(?:({prefix_tree('le la les des est une que qui pour dans selon du et sur pas au aux')})"
    rf"|{prefix_tree('the of and is are was that for in on with said to by from it')})\b",
    re.I,
)


LANGUAGE_SAMPLE_SENTENCES = 12  # enough words to tell French from English


def detect_language(text: str) -> str:
    """ "fr" or "en", from the frequency of each language's commonest words."""
    found = _COMMON_WORDS.findall(text)  # the French word, or "" for an English one
    french = sum(map(bool, found))
    return "fr" if french > len(found) - french else "en"


def segment(text: str) -> tuple[CleanedText, list[tuple[int, int]]]:
    """Sentence segmentation as the pipeline does it: the cleaned text's prose blocks, split into sentence spans."""
    cleaned = clean(text)
    return cleaned, [span for block in cleaned.blocks for span in split_spans(text, block.start, block.end)]


def extract(text: str, *, language: str | None = None, threshold: float | None = None) -> Extraction:
    threshold = settings.FACTCHECK_CLAIM_THRESHOLD if threshold is None else threshold
    cleaned, spans = segment(text)
    # Clutter can also hide inside a paragraph ("... Read more: ..."), so sentences are checked too.
    spans = [
        (start, end)
        for start, end in spans
        if text[start:end] in cleaned.clutter_free_lines or not clutter_reason(text[start:end])
    ]
    prose = " ".join(text[start:end] for start, end in spans[:LANGUAGE_SAMPLE_SENTENCES]) or text
    language = language or detect_language(prose)
    sentences = [text[start:end] for start, end in spans]
    scored = []
    for (start, end), sentence, speaker in zip(spans, sentences, speakers_of(sentences), strict=True):
        probability, cues = score(sentence, language)
        scored.append(_Scored(sentence, start, end, round(probability, 4), reasons(cues), speaker))
    sentences = _merge_duplicates(scored, cleaned.title, cleaned.title_span)
    return Extraction(
        language=language,
        title=cleaned.title,
        byline=cleaned.byline,
        published=cleaned.published,
        claims=[sentence for sentence in sentences if sentence.score >= threshold],
        candidates=[sentence for sentence in sentences if sentence.score < threshold],
    )


class _Scored(NamedTuple):
    """A ScoredSentence before duplicates are merged: cheap to make, built into a ScoredSentence once."""

    text: str
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]
    speaker: str


def _merge_duplicates(sentences: list[_Scored], title: str, title_span: tuple[int, int] | None) -> list[ScoredSentence]:
    """Keep the best-scored sentence of each group of repeats; the others become its duplicate_spans."""
    stems = [content_stems(sentence.text) for sentence in sentences]
    groups: dict[int, list[int]] = {}
    for index, first in enumerate(group_duplicates(stems)):
        groups.setdefault(first, []).append(index)
    kept: list[tuple[int, tuple[tuple[int, int], ...]]] = []  # (best member, spans of the others)
    for members in groups.values():
        best = max(members, key=lambda index: sentences[index].score)
        kept.append((best, tuple((sentences[index].start, sentences[index].end) for index in members if index != best)))
    kept.sort(key=lambda group: sentences[group[0]].start)
    headline = headline_match(title, [stems[best] for best, _ in kept]) if title_span else None
    return [
        ScoredSentence(*sentences[best], duplicate_spans=(title_span, *others) if position == headline else others)
        for position, (best, others) in enumerate(kept)
    ]
