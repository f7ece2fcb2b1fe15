"""Claim extraction: clean the page text, split it into sentences, score them, find speakers and repeats."""

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django.conf import settings
from django.utils.translation import gettext as _

from claims.extraction.cleaning import FRENCH_CLOCK_TIME, CleanedText, clean, clutter_reason
from claims.extraction.decision import decided_scores, paragraph_of_each
from claims.extraction.duplicates import content_stems, group_duplicates, headline_match
from claims.extraction.features import reasons
from claims.extraction.held_back_rules import LOOKING_AHEAD_CEILING, is_held_back
from claims.extraction.model import score
from claims.extraction.segmentation import split_spans
from claims.extraction.speakers import sources_and_speakers


@dataclass(frozen=True)
class ScoredSentence:
    text: str
    start: int  # character span in the document's text: text[start:end] == self.text
    end: int
    score: float
    reasons: tuple[str, ...] = ()
    speaker: str = ""
    duplicate_spans: tuple[tuple[int, int], ...] = ()  # other places in the document saying the same thing
    said_at_ms: int | None = None  # in a transcript, when it was said (given by claims.transcript_turns)


@dataclass
class Extraction:
    language: str
    title: str = ""
    byline: str = ""
    published: date | None = None
    claims: list[ScoredSentence] = field(default_factory=list)
    candidates: list[ScoredSentence] = field(default_factory=list)
    # Why no sentence was scored, when none was: the models know French and English only.
    not_scored: str = ""


# The languages the check-worthiness models were trained on; "other" is what detect_language says of the rest.
SCORED_LANGUAGES = ("fr", "en")
OTHER_LANGUAGE = "other"

# Each language's commonest words; the "other" ones are German, Spanish, Italian, Portuguese and Dutch words that
# are not French or English words too.
_COMMON_WORDS = {
    "fr": "le la les des est une que qui pour dans selon du et sur pas au aux",
    "en": "the of and is are was that for in on with said to by from it",
    OTHER_LANGUAGE: "der das und ist nicht ein eine mit dem von sich auch auf für wurde "  # German
    "el los las del por con una para como pero más está según fue "  # Spanish
    "il della che gli sono nel alla questo "  # Italian
    "os não uma com pelo são foi "  # Portuguese
    "het een niet zijn voor ook werd met heeft wordt naar bij dat",  # Dutch
}
_LANGUAGE_OF_WORD = {word: language for language, words in _COMMON_WORDS.items() for word in words.split()}
_WORD = re.compile(r"[^\W\d_]+")  # a word of letters; figures tell no language

LANGUAGE_SAMPLE_SENTENCES = 12  # enough words to tell French from English
# A text without one common French or English word in this many words is in another script or language.
_WORDS_TO_TELL = 8


def detect_language(text: str) -> str:
    """ "fr", "en" or "other", from the frequency of each language's commonest words; "en" for a text too short
    to tell."""
    words = _WORD.findall(text.lower())
    counts = Counter(map(_LANGUAGE_OF_WORD.get, words))
    french, english, other = counts["fr"], counts["en"], counts[OTHER_LANGUAGE]
    if other > max(french, english) or (not french and not english and len(words) >= _WORDS_TO_TELL):
        return OTHER_LANGUAGE
    return "fr" if french > english else "en"


# A live blog's lead-in that announces what follows on the same line ("Before I go, here's a quick summary of the
# key developments today: The UK's daily death toll …", « Voici ce qu'il faut retenir : Le préfet … »): the page
# speaking of itself, not part of the sentence after its colon. Quotations are left whole: their speaker may be named
# in the lead-in ("Here is what the minister said: “…”").
_LEAD_IN = re.compile(
    r"[^:]{0,80}?\b(?i:here['’]s|here is|here are|voici|voilà)\b[^:“”«»\"]{0,100}?\s?:\s+(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
_LEAD_IN_KEYS = ("here", "Here", "oici", "oilà")


# A live blog's time stamp where its entries run on in one paragraph ("… (14,6 %). 20:09 - Edouard Philippe …",
# "… said. 4:15 p.m. — The mayor …"): when the entry was posted, not part of its first sentence.
_TIME_STAMP = re.compile(rf"(?:\d{{1,2}}:\d\d|{FRENCH_CLOCK_TIME})\s*(?:[ap]\.?m\.?\s*)?[:–—-]\s+(?=\S)")


def segment(text: str) -> tuple[CleanedText, list[tuple[int, int]]]:
    """Sentence segmentation as the pipeline does it: the cleaned text's prose blocks, split into sentence spans, each
    without a live blog's lead-in (_LEAD_IN) or time stamp (_TIME_STAMP)."""
    cleaned = clean(text)
    spans = [span for block in cleaned.blocks for span in split_spans(text, block.start, block.end)]
    return cleaned, [_after_lead_in(text, *_after_time_stamp(text, start, end)) for start, end in spans]


def _after_time_stamp(text: str, start: int, end: int) -> tuple[int, int]:
    stamp = _TIME_STAMP.match(text, start, end)
    return (stamp.end(), end) if stamp and stamp.end() < end else (start, end)


def _after_lead_in(text: str, start: int, end: int) -> tuple[int, int]:
    sentence = text[start:end]
    if ":" not in sentence or not any(key in sentence for key in _LEAD_IN_KEYS):
        return start, end
    lead_in = _LEAD_IN.match(sentence)
    return (start + lead_in.end(), end) if lead_in else (start, end)


def scored_spans(text: str) -> tuple[CleanedText, list[tuple[int, int]]]:
    """The cleaned text and the sentences extract() scores: segment()'s, bar those that are clutter themselves."""
    cleaned, spans = segment(text)
    # Clutter can also hide inside a paragraph ("... Read more: ..."), so sentences are checked too.
    return cleaned, [
        (start, end)
        for start, end in spans
        if text[start:end] in cleaned.clutter_free_lines or not clutter_reason(text[start:end])
    ]


def extract(text: str, *, language: str | None = None, threshold: float | None = None) -> Extraction:
    threshold = settings.FACTCHECK_CLAIM_THRESHOLD if threshold is None else threshold
    cleaned, spans = scored_spans(text)
    prose = " ".join(text[start:end] for start, end in spans[:LANGUAGE_SAMPLE_SENTENCES]) or text
    # A language given as "fr-FR" is French; one detected is "fr", "en" or "other".
    language = language.split("-")[0].lower() if language else detect_language(prose)
    if language not in SCORED_LANGUAGES:
        # Scoring German with the English model would only make up numbers.
        return Extraction(
            language=language,
            title=cleaned.title,
            byline=cleaned.byline,
            published=cleaned.published,
            not_scored=_("language not supported for scoring"),
        )
    sentences = [text[start:end] for start, end in spans]
    # The gate reads each sentence's source; a claim shows its speaker (speakers.sources_and_speakers).
    sources, speakers = sources_and_speakers(sentences, text, language)
    if language in settings.FACTCHECK_DECISION_LAYER_LANGUAGES:
        scores = decided_scores(sentences, sources, language, paragraph_of_each(spans, cleaned.blocks))
    else:
        scores = [
            sentence_score(sentence, language, source) for sentence, source in zip(sentences, sources, strict=True)
        ]
    scored = [
        Scored(sentence, start, end, probability, reasons(cues), speaker)
        for (start, end), sentence, speaker, (probability, cues) in zip(spans, sentences, speakers, scores, strict=True)
    ]
    sentences = merge_duplicates(scored, cleaned.title, cleaned.title_span)
    return Extraction(
        language=language,
        title=cleaned.title,
        byline=cleaned.byline,
        published=cleaned.published,
        claims=[sentence for sentence in sentences if sentence.score >= threshold],
        candidates=[sentence for sentence in sentences if sentence.score < threshold],
    )


def sentence_score(sentence: str, language: str, speaker: str = "") -> tuple[float, dict[str, float]]:
    """The model's probability, held below the threshold for a sentence that only looks ahead (or relays what someone
    said would or could happen), that quotes someone speaking of themselves or to "you" with no fact, that reports a
    question or what is not known, that only grades or characterises something, that only asks someone to act or, for
    the cue-only model (French), has no cue of a fact and no speaker (a speaker found is a source, like the attribution
    cue): the rules of held_back_rules.HELD_BACK_RULES, each named there; and the cues. A function of the sentence and
    its speaker only."""
    probability, cues = score(sentence, language)
    if is_held_back(sentence, cues, language, speaker):
        probability = min(probability, LOOKING_AHEAD_CEILING)
    return round(probability, 4), cues


class Scored(NamedTuple):
    """A ScoredSentence before duplicates are merged: cheap to make, built into a ScoredSentence once."""

    text: str
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]
    speaker: str


def merge_duplicates(sentences: list[Scored], title: str, title_span: tuple[int, int] | None) -> list[ScoredSentence]:
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
