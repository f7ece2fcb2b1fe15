"""Claim extraction: clean the page text, split it into sentences, score them, find speakers and repeats."""

import re
from dataclasses import dataclass, field, replace
from datetime import date

from django.conf import settings

from claims.extraction.attribution import SpeakerTracker
from claims.extraction.cleaning import CleanedText, clean, clutter_reason
from claims.extraction.duplicates import group_duplicates, headline_match
from claims.extraction.features import reasons
from claims.extraction.model import score
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


_FRENCH_WORDS = re.compile(r"\b(?:le|la|les|des|est|une|que|qui|pour|dans|selon|du|et|sur|pas|au|aux)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|is|are|was|that|for|in|on|with|said|to|by|from|it)\b", re.I)


LANGUAGE_SAMPLE_SENTENCES = 12  # enough words to tell French from English


def detect_language(text: str) -> str:
    """ "fr" or "en", from the frequency of each language's commonest words."""
    return "fr" if len(_FRENCH_WORDS.findall(text)) > len(_ENGLISH_WORDS.findall(text)) else "en"


def segment(text: str) -> tuple[CleanedText, list[tuple[int, int]]]:
    """Sentence segmentation as the pipeline does it: the cleaned text's prose blocks, split into sentence spans."""
    cleaned = clean(text)
    return cleaned, [span for block in cleaned.blocks for span in split_spans(text, block.start, block.end)]


def extract(text: str, *, language: str | None = None, threshold: float | None = None) -> Extraction:
    threshold = settings.FACTCHECK_CLAIM_THRESHOLD if threshold is None else threshold
    cleaned, spans = segment(text)
    spans = [(start, end) for start, end in spans if not clutter_reason(text[start:end])]
    prose = " ".join(text[start:end] for start, end in spans[:LANGUAGE_SAMPLE_SENTENCES]) or text
    language = language or detect_language(prose)
    tracker = SpeakerTracker()
    sentences = []
    for start, end in spans:
        sentence = text[start:end]
        probability, cues = score(sentence, language)
        speaker = tracker.speaker_of(sentence)
        sentences.append(ScoredSentence(sentence, start, end, round(probability, 4), reasons(cues), speaker))
    sentences = _merge_duplicates(sentences, cleaned.title, cleaned.title_span)
    return Extraction(
        language=language,
        title=cleaned.title,
        byline=cleaned.byline,
        published=cleaned.published,
        claims=[sentence for sentence in sentences if sentence.score >= threshold],
        candidates=[sentence for sentence in sentences if sentence.score < threshold],
    )


def _merge_duplicates(
    sentences: list[ScoredSentence], title: str, title_span: tuple[int, int] | None
) -> list[ScoredSentence]:
    """Keep the best-scored sentence of each group of repeats; the others become its duplicate_spans."""
    representative = group_duplicates([sentence.text for sentence in sentences])
    groups: dict[int, list[ScoredSentence]] = {}
    for index, sentence in enumerate(sentences):
        groups.setdefault(representative[index], []).append(sentence)
    kept = []
    for members in groups.values():
        best = max(members, key=lambda sentence: sentence.score)
        others = tuple((member.start, member.end) for member in members if member is not best)
        kept.append(replace(best, duplicate_spans=others))
    kept.sort(key=lambda sentence: sentence.start)
    if title_span and (match := headline_match(title, [sentence.text for sentence in kept])) is not None:
        kept[match] = replace(kept[match], duplicate_spans=(title_span, *kept[match].duplicate_spans))
    return kept
