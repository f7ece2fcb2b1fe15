"""Sentence segmentation for French and English news prose, with spans into the original text.

pysbd is accurate but costs more than the rest of the pipeline together (see BENCHMARKS.md), so this is a
small rule-based segmenter: a break candidate is terminal punctuation (plus closing quotes) followed by
whitespace and something that can open a sentence; abbreviations, initials and dotted acronyms veto it.
"""

import re
from collections.abc import Iterator

# Lower-cased words that end with a period without ending the sentence (titles, "p. ex.", months...).
ABBREVIATIONS = frozenset(
    re.findall(
        r"\S+",
        """
        mr mrs ms dr prof st jr sr vs gen gov sen rep lt col sgt capt cmdr adm rev hon pres supt messrs
        mm mme mmes mlle mlles me mgr pr ex cf av bd boul env chap fig vol art no nos nº p pp ch éd ed approx
        jan feb mar apr jun jul aug sep sept oct nov dec janv févr fév avr juil déc
        inc corp co ltd bros dept univ est min max tel tél
        """,
    )
)
# Words that start a new sentence after a dotted acronym ("... in the U.S. The next day").
SENTENCE_OPENERS = frozenset(
    re.findall(
        r"\S+",
        """
        the a an it he she they we i but and in on at this that these those there his her its our their yet so
        le la les l un une il elle ils elles on nous je mais et en au aux ce cette ces cela ceci c son sa ses leur
        """,
    )
)

# Every quantifier here runs in linear time: the run of terminal punctuation starts only where no such mark precedes
# and is taken whole (possessive), since a break after part of a run could never match; a regex that could split
# "......" into "..." and "." pieces in every way backtracked exponentially on a long run of dots.
_BREAK = re.compile(
    r"(?<![.!?…])[.!?…]++"  # terminal punctuation, ellipses included
    r"(?:[\s\u00a0\u202f]?[»”\"’')\]])*"  # closing quotes/brackets that belong to this sentence
    # Usually a space; none where a page's paragraphs were joined without one ("… units.“The …", "… rose.The …"):
    # after a lower-case word or a number ("… le 9 avril 2019.Les …"), before a capitalised one; after a dotted
    # acronym, before a word that opens sentences ("… Washington, D.C.The placement …"; the veto below checks the word).
    r"(?P<gap>\s+|(?<=[0-9a-zà-öø-ÿ]{2}[.!?])(?=[«“\"]?[A-ZÀ-ÖØ-ÞŒ][a-zà-öø-ÿ])"
    r"|(?<=\.[A-Z]\.)(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{0,5}\b))"
    # What can open the next sentence; a straight single quote too ("… sont terminées. 'La zone est …'"), after the
    # gap: one glued to the full stop closes a quotation.
    r"(?=[«“\"‘'(\[¿¡]?[\s\u00a0\u202f]?[A-ZÀ-ÖØ-ÞŒ0-9])"
)
# An automatic transcript in lower case ("… the protesters waited for him outside. his apology was not enough …"):
# the same breaks, before any letter. A block is taken for one when it has no capital letter at all.
_BREAK_IN_LOWER_CASE = re.compile(
    r"(?<![.!?…])[.!?…]++"
    r"(?:[\s\u00a0\u202f]?[»”\"’)\]])*"
    r"(?P<gap>\s+)"
    r"(?=[«“\"‘(\[¿¡]?[\s\u00a0\u202f]?[^\W_])"
)
_CAPITAL = re.compile(r"[A-ZÀ-ÖØ-ÞŒ]")
# Longest sentence kept whole, in characters. News sentences rarely pass 400; a longer run (a list without full
# stops, a page of text operators from a PDF) is cut at spaces into pieces of at most this length, so that no claim
# is a megabyte long and the per-sentence work of scoring, attribution and matching stays bounded.
MAX_SENTENCE_CHARS = 1500

# "No." abbreviates "number" only before one ("No. 10 Downing Street", "case no. 1267"); before a word it is the answer
# or the vote that ends a sentence ("Two commissioners voted no. The others …", "446 yes to 124 no. With this …").
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})
_WORD_BEFORE = re.compile(r"([\w’'.‑-]+)[.]$")
_INITIAL = re.compile(r"^[A-ZÀ-ÖØ-Þ]$")
_DOTTED_ACRONYM = re.compile(r"^(?:\w\.)+\w$")
_NEXT_WORD = re.compile(r"[\w’']+")


def _vetoed(text: str, end_of_punct: int, next_start: int) -> bool:
    """True when the period before `end_of_punct` belongs to an abbreviation, an initial or an acronym."""
    punct_zone = text[max(0, end_of_punct - 60) : end_of_punct].rstrip('»”"’)] \u00a0\u202f')
    if not punct_zone.endswith(".") or punct_zone.endswith(".."):
        return False
    match = _WORD_BEFORE.search(punct_zone)
    if not match:
        return False
    word = match.group(1)
    if word.lower() in _NUMBER_ABBREVIATIONS:
        return text[next_start : next_start + 1].isdigit()
    if _INITIAL.match(word) or word.lower() in ABBREVIATIONS:
        return True
    if _DOTTED_ACRONYM.match(word):
        following = _NEXT_WORD.match(text, next_start)
        return not (following and following.group(0).lower() in SENTENCE_OPENERS)
    return False


def split_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence in text[start:end], whitespace trimmed at both ends."""
    end = len(text) if end is None else end
    sentence_start = start
    breaks = _BREAK if _CAPITAL.search(text, start, end) else _BREAK_IN_LOWER_CASE
    for match in breaks.finditer(text, start, end):
        gap_start, next_start = match.span("gap")
        if _vetoed(text, gap_start, next_start):
            continue
        yield from _trimmed(text, sentence_start, gap_start)
        sentence_start = next_start
    yield from _trimmed(text, sentence_start, end)


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        piece_end = end
        if end - start > MAX_SENTENCE_CHARS:
            limit = start + MAX_SENTENCE_CHARS
            cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
            piece_end = cut if cut > 0 else limit
        trimmed_end = piece_end
        while trimmed_end > start and text[trimmed_end - 1].isspace():
            trimmed_end -= 1
        if start < trimmed_end:
            yield start, trimmed_end
        start = piece_end


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]
