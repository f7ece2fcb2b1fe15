"""Furniture told by a line's shape among its neighbours rather than by its words: a picture's alt text standing
above the same words with the picture's credit, and a short question standing alone on its line, outside a dialogue;
and a line that goes on in the next, which no heading does."""

import re

from claims.extraction.layout import SPEAKER_LABEL

_WORD = re.compile(r"\w+")
# The credit a caption adds after its alt text's words ("- Credit: Jane Doe", "Photo: Supplied", "AFP - JOHN DOE"):
# a few words, no sentence in them.
CAPTION_TAIL_MAX_WORDS = 8
ALT_TEXT_MAX_WORDS = 40
# The caption follows its alt text at once, or after one line (an empty figure, a bullet).
_ALT_TEXT_REACH = 2
_BULLET = re.compile(r"[\s\-–—•·*▪►]*")
_SENTENCE_MARK = re.compile(r"[.!?…»”\"](?:\s|$)")


def alt_texts(lines: list[str]) -> set[int]:
    """Indexes of the lines that the next line or the one after repeats with a short credit appended ("The port." then
    "The port. Photo: Supplied"): a picture's alt text above its caption, furniture as the caption is."""
    found = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        for later in lines[index + 1 : index + 1 + _ALT_TEXT_REACH]:
            if not stripped or stripped not in later:
                continue  # the common case, told at once
            caption = later.strip()
            caption = caption[_BULLET.match(caption).end() :]
            tail = caption[len(stripped) :]
            if caption.startswith(stripped) and tail[:1].isspace() and _is_credit_tail(tail):
                if len(_WORD.findall(stripped)) <= ALT_TEXT_MAX_WORDS:
                    found.add(index)
                break
    return found


def _is_credit_tail(tail: str) -> bool:
    """A few words that end no sentence: a credit, not the paragraph going on."""
    return 0 < len(_WORD.findall(tail)) <= CAPTION_TAIL_MAX_WORDS and not _SENTENCE_MARK.search(tail)


def lone_questions(lines: list[str], max_words: int) -> set[int]:
    """Indexes of the short questions standing alone on their lines, opening with a capital: a headline, a teaser or a
    prompt ("Could the region really secede?", « Déjà abonné ? »), and in any case no claim. A question that is a turn
    of a dialogue stays, for the turns around it: one after a line ending with a colon (a speaker's label, "Q:") or
    opening with a label, and one opening a quotation, whose next lines may carry its speaker."""
    found = set()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if (
            stripped.endswith("?")
            and stripped[:1].isupper()
            and not any(mark in stripped[:-1] for mark in ".!?")
            and len(_WORD.findall(stripped)) <= max_words
            and not SPEAKER_LABEL.match(stripped)  # a transcript's turn ("Q:", "JANE DOE:"), kept
            and not (index and lines[index - 1].rstrip().endswith(":"))
        ):
            found.add(index)
    return found


# A line ending on a semicolon, or a bulleted one on a comma, goes on in the next one as a list's items do ("– two
# charges of fraud;"). A line alone may end on a comma: a letter's signature.
_ITEM_GOING_ON = re.compile(r";\s*$|^\s*[-–—•·*▪►]\s.*,\s*$")
# A sentence cut off on an article, a conjunction or a preposition that needs its object ("… allocated £1.5m to").
_NEEDS_MORE = frozenset({"the", "a", "an", "and", "or", "but", "to", "of", "until", "with"}) | frozenset(
    {"le", "la", "les", "un", "une", "des", "du", "et", "ou", "mais", "de", "à", "avec", "jusqu'à", "jusqu’à"}
)
# Counted from eight words, so that "Where to go" stays a heading.
CUT_OFF_MIN_WORDS = 8
_SENTENCE_ENDED_INSIDE = re.compile(r"[.!?](?=\s)")


def goes_on(line: str) -> bool:
    """Whether the line stops where no heading or headline would: a list's item before the next, or a sentence cut off
    (with no sentence ended before, so that a notice cut after its first sentence stays out)."""
    if _ITEM_GOING_ON.search(line):
        return True
    words = line.split()
    return (
        bool(words)
        and words[-1].lower() in _NEEDS_MORE
        and len(_WORD.findall(line)) >= CUT_OFF_MIN_WORDS
        and not _SENTENCE_ENDED_INSIDE.search(line)
    )


# A result line ("Jean Lassalle : 1,5 %", "Turnout: 74.6%") has no final punctuation either, but it states a figure; so
# does a tally line, a label, a colon and a count in thousands, what it counts after it or not ("Pays de la Loire:
# 79.500", « Nouvelle Aquitaine : (au moins) 136.300 », "1993: 1,927 murders; 5,269 shootings"). The grouped
# thousands tell a count from a page's counter ("Vues : 2666") or a date ("Publié : 12 mars").
_RESULT_LINE = re.compile(
    r"^[^:]{2,60}:\s*\d[\d.,\u00a0\u202f ]*%$"
    r"|^[^:]{2,60}?\s?:\s+(?:\([^()]{1,20}\)\s*)?\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+(?:\s+[^\W\d_][^:]{0,100})?$"
)


def is_result_line(line: str) -> bool:
    """A stripped line stating a share or a count after its label (_RESULT_LINE): a result, not a heading."""
    return ":" in line and bool(_RESULT_LINE.match(line))


# A row of a results table: a label (a candidate and their party, a specialty, a region), then a share, and at most a
# status word in capitals after it ("Jane Doe (Party) 47,3 % RÉÉLUE", "Gynaecology 46%"). Unpunctuated like a
# headline, but it states a figure (README: verbless result lines with figures are claims).
_SHARE_AT_END = re.compile(r"^(?=[^\d]*[^\W\d_]).{2,80}?\s\d[\d.,\u00a0\u202f ]*%(?:\s+[A-ZÀ-ÖØ-Þ]{3,})?$")
# Two such rows in a row make a table; a headline ending on a share ("Profit declined 12%") stands alone.
RESULTS_TABLE_MIN_ROWS = 2


def results_table_rows(lines: list[str]) -> set[int]:
    """Indexes of the lines in a run of RESULTS_TABLE_MIN_ROWS or more rows each ending on a share (_SHARE_AT_END): a
    table of results, each row a figure to check, not a list of headlines."""
    found, run = set(), []
    for index, line in enumerate(lines):
        if "%" in line and _SHARE_AT_END.match(line.strip()):
            run.append(index)
            continue
        if len(run) >= RESULTS_TABLE_MIN_ROWS:
            found.update(run)
        run = []
    if len(run) >= RESULTS_TABLE_MIN_ROWS:
        found.update(run)
    return found
