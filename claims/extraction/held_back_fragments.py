"""Sentences too bare to state anything, held below the threshold like held_back.py's (#16, session 13)."""

import re

_LETTER = re.compile(r"[^\W\d_]")
# A lead-in that ends on a colon and names the words it brings in ("Following is the transcript of remarks made by …
# at a press conference today:", "The chief gave a statement while the suspect was at large:"): what is said comes
# after it, in the next paragraph, and the lead-in itself states only that someone spoke.
_LEAD_IN_TO_WORDS = re.compile(r"\b(?:statements?|remarks|transcripts?)\b[^:]*:\s*$", re.IGNORECASE)


def names_nothing(sentence: str) -> bool:
    """A sentence of figures and punctuation with no word ("1983.", "37 000."): a year or a count standing as a
    paragraph of its own, whose subject is said elsewhere (a heading's, a kicker's), states nothing by itself; the
    model scores it on its digits alone. "65.000 (CGT)" names its source and stays."""
    return not _LETTER.search(sentence)


def brings_in_words_that_follow(sentence: str) -> bool:
    """A sentence ending on a colon after naming a statement, remarks or a transcript: the lead-in to a quotation set
    out below it (see _LEAD_IN_TO_WORDS)."""
    return sentence.rstrip().endswith(":") and bool(_LEAD_IN_TO_WORDS.search(sentence))
