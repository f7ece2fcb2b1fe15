"""Sentences too bare to state anything, held below the threshold like held_back.py's (#16, session 13)."""

import re

from claims.extraction.month_names import (
    ENGLISH_MONTH_ABBREVIATIONS,
    ENGLISH_MONTHS,
    ENGLISH_WEEKDAY_ABBREVIATIONS,
    ENGLISH_WEEKDAYS,
)
from claims.extraction.patterns import prefix_tree

_LETTER = re.compile(r"[^\W\d_]")

# An English date standing alone, weekday and year optional, in brackets or with a full stop ("Saturday 1 October.",
# "(1 Aug 2022)", "Tuesday, March 3, 2020"): a dateline or a schedule's heading, which says when, never what.
_MONTH = rf"(?:{prefix_tree(f'{ENGLISH_MONTHS} {ENGLISH_MONTH_ABBREVIATIONS}')})"
_WEEKDAY = rf"(?:{prefix_tree(f'{ENGLISH_WEEKDAYS} {ENGLISH_WEEKDAY_ABBREVIATIONS}')})"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_ENGLISH_DATE_ALONE = re.compile(
    rf"\(?(?:{_WEEKDAY}\.?,?\s)?(?:{_DAY}\s{_MONTH}\.?|{_MONTH}\.?\s{_DAY})(?:,?\s\d{{4}})?\)?\.?"
)


def names_nothing(sentence: str, language: str) -> bool:
    """A sentence of figures and punctuation with no word ("1983.", "37 000."): a year or a count standing as a
    paragraph of its own, whose subject is said elsewhere (a heading's, a kicker's), states nothing by itself; the
    model scores it on its digits alone. "65.000 (CGT)" names its source and stays. In English, a date alone is as
    bare (_ENGLISH_DATE_ALONE)."""
    if language == "en" and _ENGLISH_DATE_ALONE.fullmatch(sentence):
        return True
    return not _LETTER.search(sentence)
