"""Split a plain-text article into metadata (title, byline, date) and prose blocks, dropping page clutter.

Works line by line: pasted articles and text extracted from pages keep one paragraph (or one widget) per line.
"""

import re
from dataclasses import dataclass, field
from datetime import date

from claims.extraction.agency_credits import outlet_credit, signed_credit_start, trailing_credit_start
from claims.extraction.clutter_shapes import CLUTTER_PATTERNS, GUARDED_PATTERNS
from claims.extraction.line_shapes import (
    alt_texts,
    closes_on_aside,
    embedded_post_openings,
    figures_listed_after_colon,
    glued_repeats,
    goes_on,
    is_portrait_caption,
    is_result_line,
    lines_in_runs,
    lone_questions,
    repeated_around_short_line,
    results_table_rows,
)
from claims.extraction.template_lines import feed_page_furniture, is_capitalised_headline, template_opening

MONTHS = {
    **dict.fromkeys(["janvier", "janv", "january", "jan"], 1),
    **dict.fromkeys(["février", "fevrier", "févr", "fév", "february", "feb"], 2),
    **dict.fromkeys(["mars", "march", "mar"], 3),
    **dict.fromkeys(["avril", "avr", "april", "apr"], 4),
    **dict.fromkeys(["mai", "may"], 5),
    **dict.fromkeys(["juin", "june", "jun"], 6),
    **dict.fromkeys(["juillet", "juil", "july", "jul"], 7),
    **dict.fromkeys(["août", "aout", "august", "aug"], 8),
    **dict.fromkeys(["septembre", "sept", "sep", "september"], 9),
    **dict.fromkeys(["octobre", "oct", "october"], 10),
    **dict.fromkeys(["novembre", "nov", "november"], 11),
    **dict.fromkeys(["décembre", "decembre", "déc", "dec", "december"], 12),
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_BULLET = r"^[\s\-–—•·*▪►|]*"
_WEEKDAY = r"(?:(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?"
_DAY_MONTH = re.compile(
    _BULLET
    + r"(?:(?:publié|mis à jour|published|updated|posted)\w*\s*(?:le|on)?\s*:?\s*)?"
    + _WEEKDAY
    + rf"(?:(?P<day>\d{{1,2}})(?:er|st|nd|rd|th)?\s+(?P<month>{_MONTH})\.?"
    + rf"|(?P<month2>{_MONTH})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)"
    + r",?(?:\s+(?P<year>\d{4}))?(?:\s*(?:à|at|,|-)?\s*\d{1,2}\s*[h:]\s*\d{0,2}\s*(?:am|pm)?)?\s*\.?\s*$",
    re.IGNORECASE,
)
_ISO_DATE = re.compile(_BULLET + r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\s*$")
# "5 min de lecture", "3 min read", and the label first: "Durée de lecture : 5 min.", "Reading time: 4 minutes"
_READING_TIME = re.compile(
    _BULLET
    + r"(?:\d+\s*(?:min(?:ute)?s?\.?)\s*(?:de lecture|read|reading)\b.*"
    + r"|(?:temps|durée) de lecture|(?:estimated )?reading time)\s*:?\s*\d+\s*(?:min(?:ute)?s?)\.?\s*$",
    re.I,
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.\-]+"
_BYLINE = re.compile(
    _BULLET
    + r"(?:(?i:par|by|de)\s+)?"
    + rf"(?P<name>{_NAME_WORD}(?:\s+(?:de\s+|van\s+|von\s+|da\s+)?{_NAME_WORD}){{1,3}})"
    r"\s*(?:[:,|–—-]\s*.*)?$"
)
_BYLINE_EXPLICIT = re.compile(r"^[\s\-–—•·*]*(?:par|by)\s+[A-ZÀ-ÖØ-Þ]", re.I)

_GUARDED = tuple((reason, keys, re.compile(pattern, re.IGNORECASE)) for reason, keys, pattern in GUARDED_PATTERNS)


def _alternation(patterns_by_reason: dict[str, tuple[str, ...]]) -> re.Pattern:
    """One alternation with a named group per reason, so that one scan tells the reason."""
    return re.compile(
        "|".join(f"(?P<{reason}>{'|'.join(patterns)})" for reason, patterns in patterns_by_reason.items() if patterns),
        re.IGNORECASE,
    )


# Most patterns are anchored at the line's start: they are tried there once, and only the few unanchored ones are
# searched through the rest of the line. Same result as searching the whole alternation, at a fraction of the cost.
_CLUTTER_AT_START = _alternation(CLUTTER_PATTERNS)
_CLUTTER_INSIDE = _alternation(
    {reason: tuple(p for p in patterns if not p.startswith("^")) for reason, patterns in CLUTTER_PATTERNS.items()}
)
_BULLETS = "\\-–—•·*▪►"  # inside a character class
# A French clock time: "19h10", "19 h", "19 heures 10".
FRENCH_CLOCK_TIME = r"\d{1,2}\s?(?:h|heures?)\s?\d{0,2}"
# An English clock time in a live blog's stamp, the day after it or not: "10:50pm", "3.22 pm", "9:41am Tuesday",
# "2 p.m.". Without a colon or dash after it, only a capital or a quotation mark opening the entry makes it a stamp:
# "3 pm is when the polls close" is a sentence about the time. A day, once read, stays the stamp's (possessive), so
# that "4 pm Friday is the deadline" does not lose its time for the capital of "Friday".
_ENGLISH_CLOCK_TIME = (
    r"\d{1,2}(?:[:.]\d\d)?\s?[ap]\.?m\b\.?(?:\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)?+"
    r"(?:\s*[:–—-]\s*|\s*(?=[A-Z\"“‘']))"
)
# "- " or "• " before a key point, a transcript's time code ("00:08Bonsoir", "1:02:15 So") or a live blog's time
# stamp ("19 heures 10 : ", "19h10 - ", "3.22 pm: ", "10:50pm ").
_LIST_MARKER = re.compile(  # matched at a line's start or after its dateline, never searched
    rf"[\s{_BULLETS}]*(?:{_ENGLISH_CLOCK_TIME}(?=\S)|(?:\d{{1,2}}:)?\d{{1,2}}:\d\d\s*(?:[–—-]\s+)?"
    rf"|{FRENCH_CLOCK_TIME}\s?[:–—-]\s+)?"
)
# An agency dateline before the first sentence: "KYIV, Ukraine (AP) — ", "Bamako, 12 mai 2023 (AFP) - ". It is a credit,
# not part of the claim.
# The agency alone opens a paragraph the same way, dash or not: "(Reuters) — Striking workers …", "(Belga) Les
# trains …".
# So does a place in capitals with a dash, a region or country after it or not ("MANILA, Philippines — ",
# "PORT-AU-PRINCE, Haïti — ", "WASHINGTON — "), or a kicker in capitals ("EN TEMPS RÉEL – ").
_AGENCIES = r"(?:AFP|AP|Reuters|ANSA|dpa|DPA|Xinhua|Belga|ATS|APS|MAP|UPI|PA)"
_PLACE_IN_CAPITALS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2}"  # "KYIV", "PORT-AU-PRINCE", "NEW DELHI"
_DATELINE = re.compile(
    # a word in lower case may qualify the credit: "DRAGUIGNAN (AFP), extraits - "
    # the reporter's name may come first ("by Jane Doe JOHANNESBURG South Africa (Xinhua) -- ")
    rf"(?i:by |par )?[A-ZÀ-Þ][^()\n.!?]{{1,60}}?\({_AGENCIES}\)(?:, [a-zà-ÿ]{{2,20}})?\s*[—–-]+\s*"
    # a place in capitals and the agency need no dash, as the agency alone needs none: "POINTE-A-PITRE (AFP) Les …"
    rf"|(?:{_PLACE_IN_CAPITALS} )?\({_AGENCIES}\)\s*[—–-]*\s*"
    rf"|{_PLACE_IN_CAPITALS}(?:, [A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+){{0,2}})?"
    # the outlet in brackets after the place, with the date or not: "BUCHTEL, Ohio (WTAP) - ", "PORT MORESBY, Papua New
    # Guinea (PNG Post-Courier, April 4, 2012) – "; the dash spaced or not ("VANCOUVER–Provincial ministers …")
    r"(?: \([^()\n]{1,60}\))?(?: [—–-]+\s+|[—–]+ ?)"
    # a live blog's kicker before the entry's time: "OFFICIEL – 18h49 : …", "BREAKING — 14:05 — …"
    rf"(?=[A-ZÀ-Þ«“\"]|{FRENCH_CLOCK_TIME}\s?[:–—-]\s|\d{{1,2}}:\d\d)"
)
# A dateline with a date, in any paragraph, the place before it or not: "May 19 – ", "Port-au-Prince, samedi 4
# septembre 2021- ", "TEHRAN, Dec. 11 (MNA) – ", "Bengaluru (Karnataka) [India], March 12 (ANI): ". The date and the
# dash or colon after it tell it from a sentence whose subject is the place (« Port-au-Prince a été … »).
_DATE = (
    rf"(?i:{_WEEKDAY}(?:\d{{1,2}}(?:er|st|nd|rd|th)? (?:{_MONTH})\b\.?|(?:{_MONTH})\b\.? \d{{1,2}}(?:st|nd|rd|th)?\b)"
    r"(?:,? \d{4})?)"
)
_DATED_DATELINE = re.compile(
    rf"(?:[A-ZÀ-Þ][^.!?:,\n]{{0,60}}, )?{_DATE}(?: \([^()\n]{{1,40}}\))? ?(?:[—–-]+|:) *(?=[A-ZÀ-Þ«“\"])"
)
_OUTLET_CREDIT = outlet_credit(_DATE)  # "Ankara-SANA/ ", "Accra, Aug. 7, GNA - "
_TEMPLATE_OPENING = template_opening(_DATE)  # "[India], Feb 27 (ANI): ", "Justice -- ", « Agriculture • »
# A content manager's template tag left in the text where a module or an advert goes ("{loadmodule mod_x,Ads}",
# "{loadposition banner}"), glued to the paragraph after it: markup, not prose.
_TEMPLATE_TAG = re.compile(r"\{[a-z][a-z_]*\b[^{}\n]{0,80}\}\s*")
# A date stamp glued to the start of the first paragraph by the page's export ("date 2023-07 Le ministère a annoncé…",
# "2019-10-29 Mantashe …", "[21/02/2009 08:40:58] PARIS (AFP) …"): metadata, not part of the first sentence.
_LEADING_DATE_STAMP = re.compile(
    r"(?:(?i:date\s*:?\s*)?\d{4}-\d{2}(?:-\d{2})?|\[\d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}:\d\d(?::\d\d)?)?\])\s+(?=\S)"
)
# A dateline of a place in capitals and a colon before the first sentence ("KARACHI: The government …", "NEW DELHI:
# …", "ABIDJAN : …"), its country after a comma or not ("KAMPALA, UGANDA: …"): where the story was filed, not part
# of it.
_COLON_DATELINE = re.compile(rf"{_PLACE_IN_CAPITALS}(?:, {_PLACE_IN_CAPITALS})? ?:\s+(?=[A-ZÀ-Þ«“\"])")
# A place in ordinary case and a spaced dash before the first sentence ("Cape Town - Seven suspects …", « Cameroun – Un
# accident … », its region in capitals or not: "Pago Pago, AMERICAN SAMOA — "): in the first paragraph only, where a
# name before a dash and a capital ("Jane Doe - Mayor …") is rare.
_PLACE_WORD = r"[A-ZÀ-Þ][a-zà-ÿ'’.]+"
_PLACE_DATELINE = re.compile(
    rf"{_PLACE_WORD}(?: {_PLACE_WORD}){{0,2}}(?:, (?:{_PLACE_WORD}|{_PLACE_IN_CAPITALS}))? [—–-] (?=[A-ZÀ-Þ])"
)
_SENTENCE_END_MARKS = '.!?…»”"’)'
_SENTENCE_END = re.compile(rf"[{re.escape(_SENTENCE_END_MARKS)}]\s*$")
_WORD = re.compile(r"\w+")
# A line that is one quotation, with no sentence punctuation inside its closing mark, or that closes on one after a
# kicker and a colon (« Israël : les dirigeants "ont ignoré les signes" », 'Budget: "No room left"').
_QUOTED_HEADLINE = re.compile(
    r"^(?:(?=.{0,250}$)[^.!?:«»“”\"]{2,80}\s?:\s[^.!?]*)?[«“\"][^«»“”\"]*[^.!?…\s«»“”\"]\s?[»”\"]$"
)
HEADING_MAX_WORDS = 14
# A run of at least this many lines without final punctuation, each of at most HEADLINE_MAX_WORDS words, is a list of
# headlines ("Autres articles", "Read more", a digest), bullets between them notwithstanding.
HEADLINE_RUN = 3
# A teaser cut to fit the list ends on an ellipsis, bracketed or not: "Les prix de l'énergie ont encore…", "(...)".
_CUT_OFF = re.compile(r"(?:\.\.\.|…)[)\]]?\s*$")
HEADLINE_MAX_WORDS = 30


@dataclass
class Block:
    """A run of prose: one paragraph, or several wrapped lines of one paragraph."""

    start: int
    end: int


@dataclass
class CleanedText:
    title: str = ""
    title_span: tuple[int, int] | None = None
    byline: str = ""
    published: date | None = None
    blocks: list[Block] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (reason, line) for inspection and tests
    # Stripped lines already found clutter-free: a sentence that is one of them needs no second clutter check.
    clutter_free_lines: set[str] = field(default_factory=set)


_BULLET_MARK = re.compile(rf"[{_BULLETS}]*\s*")


def clutter_reason(line: str) -> str:
    """The kind of page furniture this line is, or "" for text worth reading."""
    stripped = line.strip()
    # A bullet makes no furniture prose: "• Oops!", "- Advertisement -".
    after_bullet = _BULLET_MARK.match(stripped).end()
    at_start = _CLUTTER_AT_START.match(stripped) or (after_bullet and _CLUTTER_AT_START.match(stripped[after_bullet:]))
    if match := at_start or _CLUTTER_INSIDE.search(stripped):
        return match.lastgroup
    lowered = stripped.lower()
    for reason, keys, pattern in _GUARDED:
        if any(key in lowered for key in keys) and pattern.search(stripped):
            return reason
    return ""


def is_heading(line: str) -> bool:
    """Short line without sentence punctuation, or a quotation without it (a quoted headline: « "un niveau jamais
    atteint" »): a section heading or an item in a list of headlines."""
    stripped = line.strip()
    ended = _SENTENCE_END.search(stripped) and not _QUOTED_HEADLINE.match(stripped) and not closes_on_aside(stripped)
    ended = ended and not is_portrait_caption(stripped) and not is_capitalised_headline(stripped)
    return not ended and not goes_on(stripped) and len(_WORD.findall(stripped)) <= HEADING_MAX_WORDS


def parse_date(line: str, today: date) -> date | None:
    """A publication date from a date-only line. A missing year is the latest one not after `today`."""
    if match := _ISO_DATE.match(line):
        try:
            return date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return None
    match = _DAY_MONTH.match(line)
    if not match:
        return None
    day = int(match["day"] or match["day2"])
    month = MONTHS[(match["month"] or match["month2"]).lower().rstrip(".")]
    try:
        if match["year"]:
            return date(int(match["year"]), month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate <= today else date(today.year - 1, month, day)
    except ValueError:
        return None


def _lines(text: str):
    position = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        yield position, position + len(body), body
        position += len(line)


def clean(text: str, *, today: date | None = None) -> CleanedText:
    today = today or date.today()
    result = CleanedText()
    lines = [(start, end, body) for start, end, body in _lines(text) if body.strip()]
    in_header = True  # metadata only counts before the first paragraph of prose
    texts = [line for _, _, line in lines]
    in_headline_list = _headline_runs(texts) | _listed_under_heading(texts) | lone_questions(texts, HEADING_MAX_WORDS)
    figures_listed = figures_listed_after_colon(texts) | results_table_rows(texts)
    # Lines told furniture by their neighbours: an alt text above its caption, a post's opening above its signature.
    by_neighbours = dict.fromkeys(alt_texts(texts), "caption")
    by_neighbours |= dict.fromkeys(repeated_around_short_line(texts), "repeated")
    by_neighbours |= dict.fromkeys(embedded_post_openings(texts) | feed_page_furniture(texts), "navigation")
    glued_repeat_starts = glued_repeats(texts)
    for index, (start, end, line) in enumerate(lines):
        stripped = line.strip()
        reason = clutter_reason(line)
        # The title is the first line, after any skip link or other furniture the page opens with.
        if not result.title_span and index == len(result.dropped) and len(lines) > index + 1 and not reason:
            if not stripped.endswith(".") and len(_WORD.findall(stripped)) <= 30:
                lead = len(line) - len(line.lstrip())
                result.title, result.title_span = stripped, (start + lead, start + lead + len(stripped))
                continue
        if reason or index in by_neighbours:
            result.dropped.append((reason or by_neighbours[index], line))
            continue
        result.clutter_free_lines.add(stripped)
        if in_header and (metadata := _metadata_reason(line, result, today)):
            result.dropped.append((metadata, line))
            continue
        if (
            (is_heading(line) or index in in_headline_list)
            and not is_result_line(stripped)
            and index not in figures_listed
        ):
            result.dropped.append(("heading", line))
            continue
        in_header = False
        previous = result.blocks[-1] if result.blocks else None
        if (credit := trailing_credit_start(line)) is not None:
            end = start + len(line[:credit].rstrip())
        elif signature := signed_credit_start(line):
            end = start + len(line[:signature].rstrip())
        elif index in glued_repeat_starts:
            end = start + glued_repeat_starts[index]
        if previous and _continues(text, previous, start, stripped):
            previous.end = end
        else:
            marker = _LIST_MARKER.match(line).end()
            if tag := _TEMPLATE_TAG.match(line, marker):
                marker = tag.end()
            if not result.blocks and (stamp := _LEADING_DATE_STAMP.match(line, marker)):
                marker = stamp.end()
            dateline = (
                _DATELINE.match(line, marker)
                or _DATED_DATELINE.match(line, marker)
                or _TEMPLATE_OPENING.match(line, marker)
                or (not result.blocks and (_COLON_DATELINE.match(line, marker) or _PLACE_DATELINE.match(line, marker)))
                or (not result.blocks and _OUTLET_CREDIT.match(line, marker))
            )
            if dateline:  # a live blog's kicker, then the entry's time: "OFFICIEL – 18h49 : …"
                marker = _LIST_MARKER.match(line, dateline.end()).end()
            result.blocks.append(Block(start + marker, end))
    return result


def _headline_runs(lines: list[str]) -> set[int]:
    """Indexes of the lines that belong to a run of HEADLINE_RUN or more headline-like lines, teasers cut off
    by an ellipsis included."""
    return lines_in_runs(lines, _headline_like, HEADLINE_RUN)


def _headline_like(line: str) -> bool | None:
    text = line[_LIST_MARKER.match(line).end() :].strip()
    if not text:
        return None  # a bare bullet between two items
    headline_like = (not _SENTENCE_END.search(text) or closes_on_aside(text)) and not goes_on(text)
    return bool(headline_like or _CUT_OFF.search(text)) and len(_WORD.findall(text)) <= HEADLINE_MAX_WORDS


# Under a "related articles" heading, the lines that follow are the list's items, however few, questions included, as
# long as each is headline-sized and ends without a full stop; a teaser's standfirst, one line of prose between two
# items, belongs to the list too; any other line is prose again.
LISTED_ITEM_MAX_WORDS = HEADLINE_MAX_WORDS
_LIST_HEADING_MAX_WORDS = 6


def _listed_under_heading(lines: list[str]) -> set[int]:
    """Indexes of the lines listed under a short "read more" heading ("Autres articles", "Related stories")."""
    found, listing, after_item = set(), False, False
    for index, line in enumerate(lines):
        words = len(_WORD.findall(line))
        if words <= _LIST_HEADING_MAX_WORDS and clutter_reason(line) == "read_more":
            listing, after_item = True, False
        elif listing and _is_listed_item(line):
            found.add(index)
            after_item = True
        elif listing and after_item and index + 1 < len(lines) and _is_listed_item(lines[index + 1]):
            found.add(index)  # a standfirst
            after_item = False
        else:
            listing = False
    return found


def _is_listed_item(line: str) -> bool:
    return len(_WORD.findall(line)) <= LISTED_ITEM_MAX_WORDS and not line.rstrip().endswith(".")


def _metadata_reason(line: str, result: CleanedText, today: date) -> str:
    if _READING_TIME.match(line):
        return "reading_time"
    if not result.published and (published := parse_date(line, today)):
        result.published = published
        return "date"
    if not result.byline and not _SENTENCE_END.search(line.strip()) and (match := _BYLINE.match(line)):
        name_is_whole_line = line.strip().lstrip("-–—•·* ").startswith(match["name"])
        if name_is_whole_line or _BYLINE_EXPLICIT.match(line):
            result.byline = match["name"]
            return "byline"
    return ""


def _continues(text: str, previous: Block, start: int, stripped: str) -> bool:
    """A hard-wrapped paragraph: the previous line stopped mid-sentence and this one goes on in lower case."""
    between = text[previous.end : start]
    return (
        between.count("\n") == 1 and not _ends_a_sentence(text, previous.start, previous.end) and stripped[:1].islower()
    )


def _ends_a_sentence(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] ends with a sentence's closing mark (as _SENTENCE_END says), read back from
    its end: a block grows line by line, and reading it whole for every line would be quadratic."""
    last = end
    while last > start and text[last - 1].isspace():
        last -= 1
    return last > start and text[last - 1] in _SENTENCE_END_MARKS
