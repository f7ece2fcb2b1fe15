"""Sentences of one document that say the same thing: a headline repeating the lead, key points repeating the body."""

import re
import unicodedata

STEM_LENGTH = 5  # "régulier" and "régulièrement" share a stem: enough for near-verbatim repeats
MIN_CONTENT_WORDS = 4
SAME_SENTENCE_OVERLAP = 0.75  # share of the shorter sentence's content words found in the longer one
HEADLINE_OVERLAP = 0.6  # headlines paraphrase more, so they need less
_STOPWORDS = frozenset(
    re.findall(
        r"\S+",
        "the and that this with from have were been their which about also dans pour avec sans sont mais leur leurs "
        "cette comme elle elles nous vous selon plus tout toute tous",
    )
)
_CONTENT_WORD = re.compile(r"[a-z]{4,}")  # shorter words are mostly function words
# A number with its separators ("8,000", "2.2", "1 200"); its digits alone are its stem, so that "8,000" and "8000"
# are the same word and two sentences stating different figures share no stem for them: they are not repeats.
_NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f ]\d+)*")
_SEPARATOR = re.compile(r"[.,\u00a0\u202f ]")
# An acronym ("SKH", "NTFGH", "CGT") names one place, body or person: kept in capitals beside the stems, so that two
# sentences told in the same words of different hospitals or unions are told apart like two figures.
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")


def content_stems(sentence: str) -> frozenset[str]:
    """Stems of the sentence's longer words, accents folded ("régulier" -> "regul"), plus its numbers' digits and its
    acronyms in capitals."""
    acronyms = _ACRONYM.findall(sentence)
    if not sentence.isascii():  # ASCII text is its own NFKD form
        sentence = unicodedata.normalize("NFKD", sentence).encode("ascii", "ignore").decode()
    plain = sentence.lower()
    stems = {word[:STEM_LENGTH] for word in _CONTENT_WORD.findall(plain) if word not in _STOPWORDS}
    stems.update(_SEPARATOR.sub("", number) for number in _NUMBER.findall(plain))
    stems.update(acronyms)
    return frozenset(stems)


def overlap(shorter: frozenset[str], longer: frozenset[str]) -> float:
    if len(shorter) > len(longer):
        shorter, longer = longer, shorter
    if len(shorter) < MIN_CONTENT_WORDS:
        return 0.0
    return len(shorter & longer) / len(shorter)


def states_other_figures(first: frozenset[str], second: frozenset[str]) -> bool:
    """Whether each sentence states a figure the other does not: two counts told in the same words ("réuni 34.700
    personnes à Paris, selon le collectif" / "réuni 47.800 personnes à Paris, selon le collectif") are two claims;
    a summary that keeps some of the body's figures still repeats it."""
    first_figures = {stem for stem in first if stem[0].isdigit() or stem[0].isupper()}
    second_figures = {stem for stem in second if stem[0].isdigit() or stem[0].isupper()}
    return bool(first_figures - second_figures) and bool(second_figures - first_figures)


# A page has a few hundred sentences; a hostile one may have thousands sharing a word, or all told in the same words
# with other figures (none repeats another, so each would be compared with all before it). The earliest sentences
# with each stem, and the earliest candidates, keep each sentence's work bounded; a repeat shares rarer stems too.
SENTENCES_PER_STEM_MAX = 100
COMPARED_MAX = 1000


def group_duplicates(stems: list[frozenset[str]]) -> list[int]:
    """For each sentence (given by its content stems), the index of the first earlier sentence it repeats, or its own.

    Only earlier sentences sharing a stem can be repeated, so an index from stem to sentences finds them without
    comparing every pair. A sentence with exactly the stems of an earlier one compares with every sentence as that one
    did, so it gets the same answer without comparing again.
    """
    representative = list(range(len(stems)))
    sentences_with: dict[str, list[int]] = {}
    answer_for: dict[frozenset[str], int] = {}
    for index, sentence_stems in enumerate(stems):
        if len(sentence_stems) < MIN_CONTENT_WORDS:
            continue  # too few content words to repeat anything or be repeated
        if sentence_stems in answer_for:
            representative[index] = answer_for[sentence_stems]
            continue
        candidates = {earlier for stem in sentence_stems for earlier in sentences_with.get(stem, ())}
        for earlier in sorted(candidates)[:COMPARED_MAX]:
            if overlap(sentence_stems, stems[earlier]) >= SAME_SENTENCE_OVERLAP and not states_other_figures(
                sentence_stems, stems[earlier]
            ):
                representative[index] = earlier
                break
        else:
            for stem in sentence_stems:  # only sentences that repeat nothing can be repeated later
                if len(with_stem := sentences_with.setdefault(stem, [])) < SENTENCES_PER_STEM_MAX:
                    with_stem.append(index)
        answer_for[sentence_stems] = representative[index]
    return representative


def headline_match(headline: str, stems: list[frozenset[str]]) -> int | None:
    """Index of the sentence (given by its content stems) that the headline repeats, if any."""
    headline_stems = content_stems(headline)
    if len(headline_stems) < MIN_CONTENT_WORDS:
        return None
    best, best_overlap = None, HEADLINE_OVERLAP
    for index, sentence_stems in enumerate(stems):
        shared = overlap(headline_stems, sentence_stems)
        if shared >= best_overlap and (best is None or shared > best_overlap):
            best, best_overlap = index, shared
    return best
