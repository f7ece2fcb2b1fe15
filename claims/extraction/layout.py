"""Where each sentence sits on its page: the text between it and the sentence before (its "gap"), which holds what
cleaning kept out of the sentences: line breaks, list markers, and lines that are no sentence of their own, such as
the introduction of a statement set off below it ("Housing Minister Jane Doe said:") or a transcript's speaker label
on a line of its own ("Jane Doe:", "Minister:")."""

import re

# A list item's marker or a quotation's opening mark at the start of a line: "• Passengers: 19.6 million",
# "2. the council failed …", "– Cumulative deaths …", "“As we emerge …", « Nous avons … ».
_LIST_OR_QUOTE_START = re.compile(
    r"[ \t\u00a0]*(?:[-–—•·*▪►◦‣][ \t\u00a0]|\d{1,2}[.)][ \t\u00a0]|[a-z]\)[ \t\u00a0]|[“«\"‘])"
)
# A speaker's label alone on its line: up to four capitalised words and a colon ("Sandy Aloisi:", "Minister:",
# "Mme Dupont :"). Words are bounded, so a line of thousands of words is read once.
SPEAKER_LABEL = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w.’'-]{0,30}[ \u00a0]+){0,3}[A-ZÀ-ÖØ-Þ][\w.’'-]{0,30}[ \u00a0]?:")
# A short line ending with a colon: a speaker's label, or a heading that ends a transcript's turn ("Notes to editors:").
_SHORT_COLON_LINE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w.’'-]{0,30}(?:[ \u00a0]+[\w.’'-]{1,30}){0,3}[ \u00a0]?:")
# Longer than any line that introduces a statement ("The Secretary of State for Health, Jane Doe, said in a statement
# issued this morning:"): a longer line ending with a colon is read no further.
_INTRODUCTION_MAX_CHARS = 300


def sentence_gaps(sentences: list[str], page_text: str) -> list[str]:
    """The page text before each sentence, back to the end of the one before ("" where the page does not hold the
    sentences in order). Each search starts where the last sentence ended: one pass over the page."""
    gaps, position = [], 0
    for sentence in sentences:
        start = page_text.find(sentence, position) if page_text and sentence else -1
        if start == -1:
            gaps.append("")
            continue
        gaps.append(page_text[position:start])
        position = start + len(sentence)
    return gaps


def starts_line(gap: str) -> bool:
    return "\n" in gap


def continues_block(gap: str, sentence: str) -> bool:
    """Whether a sentence goes on with the block above it: in the same paragraph, or on a new line opening as a list
    item or a quotation does (the next item of a list, the next paragraph of a quotation)."""
    if not starts_line(gap):
        return True
    line_start = gap.rpartition("\n")[2] + sentence[:3]
    return bool(_LIST_OR_QUOTE_START.match(line_start))


def introduction(gap: str) -> str:
    """The line in a sentence's gap that introduces it, ending with a colon ("Jane Doe said:", "AAI reported the
    following figures:"), when only list items and quotation openings stand between that line and the sentence;
    "" when there is none, or when the line is a speaker's label alone (`label_before`)."""
    if not starts_line(gap):
        return ""
    lines = gap.split("\n")[:-1]  # the last piece is the sentence's own line, before it
    for line in reversed(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.endswith(":"):
            if len(stripped) > _INTRODUCTION_MAX_CHARS or SPEAKER_LABEL.fullmatch(stripped):
                return ""
            return stripped
        if not _LIST_OR_QUOTE_START.match(line):
            return ""  # a line of other text (a dropped caption, a heading) ends what an introduction introduced
    return ""


def label_before(gap: str) -> str | None:
    """The last short line ending with a colon in a sentence's gap, as a speaker's label ("Sandy Aloisi", "Minister")
    or a heading ("Notes to editors"), or None when there is none."""
    for line in reversed(gap.split("\n")[:-1]):
        stripped = line.strip()
        if stripped and _SHORT_COLON_LINE.fullmatch(stripped):
            return stripped[:-1].strip()
    return None
