"""Sentences too bare to state anything, held below the threshold like held_back.py's (#16, session 13)."""

import re

_LETTER = re.compile(r"[^\W\d_]")


def names_nothing(sentence: str) -> bool:
    """A sentence of figures and punctuation with no word ("1983.", "37 000."): a year or a count standing as a
    paragraph of its own, whose subject is said elsewhere (a heading's, a kicker's), states nothing by itself; the
    model scores it on its digits alone. "65.000 (CGT)" names its source and stays."""
    return not _LETTER.search(sentence)
