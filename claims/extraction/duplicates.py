"""Sentences of one document that say the same thing: a headline repeating the lead, key points repeating the body."""

import re
import unicodedata

from claims.extraction.features import tokens

STEM_LENGTH = 5  # "régulier" and "régulièrement" share a stem: enough for near-verbatim repeats
MIN_CONTENT_WORDS = 4
SAME_SENTENCE_OVERLAP = 0.75  # share of the shorter sentence's content words found in the longer one
HEADLINE_OVERLAP = 0.6  # headlines paraphrase more, so they need less
_SHORT_WORD = re.compile(r"^\w{1,3}$")
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        "the and that this with from have were been their which about also dans pour avec sans sont mais leur leurs "
        "cette comme elle elles nous vous selon plus tout toute tous",
    )
)


def content_stems(sentence: str) -> frozenset[str]:
    plain = unicodedata.normalize("NFKD", sentence).encode("ascii", "ignore").decode()
    return frozenset(
        word[:STEM_LENGTH] for word in tokens(plain) if not _SHORT_WORD.match(word) and word not in _STOPWORDS
    )


def overlap(shorter: frozenset[str], longer: frozenset[str]) -> float:
    if len(shorter) > len(longer):
        shorter, longer = longer, shorter
    if len(shorter) < MIN_CONTENT_WORDS:
        return 0.0
    return len(shorter & longer) / len(shorter)


def group_duplicates(sentences: list[str]) -> list[int]:
    """For each sentence, the index of the sentence it repeats (itself when it is the first of its kind)."""
    stems = [content_stems(sentence) for sentence in sentences]
    representative = list(range(len(sentences)))
    for index in range(len(sentences)):
        for earlier in range(index):
            if representative[earlier] == earlier and overlap(stems[index], stems[earlier]) >= SAME_SENTENCE_OVERLAP:
                representative[index] = earlier
                break
    return representative


def headline_match(headline: str, sentences: list[str]) -> int | None:
    """Index of the sentence the headline repeats, if any."""
    headline_stems = content_stems(headline)
    best, best_overlap = None, HEADLINE_OVERLAP
    for index, sentence in enumerate(sentences):
        shared = overlap(headline_stems, content_stems(sentence)) if len(headline_stems) >= MIN_CONTENT_WORDS else 0
        if shared >= best_overlap and (best is None or shared > best_overlap):
            best, best_overlap = index, shared
    return best
