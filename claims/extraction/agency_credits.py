"""An agency's or an outlet's credit glued to a paragraph's edge, in the shapes the usual datelines
(claims.extraction.cleaning) miss: its initials beside the place ("Ankara-SANA/ ", "iGFM - (Dakar) ", "Accra, Aug. 7,
GNA - ") before the first sentence, and its signature after the last one
("… petroleum oil.    -Xinhua", "… condemned. Source: 1 NEWS"). Where the story came from, not part of the claim."""

import re

# An outlet's initials: "SANA", "GNA", "WDIV", "iGFM".
_INITIALS = r"(?-i:[a-z]?[A-Z]{2,6})"
_PLACE = r"(?-i:[A-ZÀ-Þ][a-zà-ÿ'’.]+)(?: (?-i:[A-ZÀ-Þ][a-zà-ÿ'’.]+))?"


def outlet_credit(date: str) -> re.Pattern:
    """The credit opening the first paragraph, `date` being the pattern of a date as datelines write it. Outlets in
    brackets ("(WDIV/NBC News) ") are left: on tune, the only claim they opened was scored a claim for their names."""
    return re.compile(
        rf"(?:{_PLACE} ?[-–—] ?{_INITIALS} ?/"  # "Ankara-SANA/ "
        rf"|{_INITIALS} ?[-–—] ?\({_PLACE}\)"  # "iGFM - (Dakar) "
        rf"|{_PLACE}, {date}, {_INITIALS} ?[-–—]+)"  # "Accra, Aug. 7, GNA - "
        r"\s+(?=[A-ZÀ-Þ«“\"])"
    )


_NAME_WORD = r"(?-i:[A-ZÀ-Þ0-9][\w'’.&-]*)"
_SIGNED_CREDIT = re.compile(
    rf"(?<=[.!?»”\"])\s+(?:[-–—] ?{_NAME_WORD}(?: {_NAME_WORD}){{0,2}}"  # "-Xinhua", "— Jane Doe"
    rf"|(?i:source) ?: ?{_NAME_WORD}(?: {_NAME_WORD}){{0,3}})\s*$"  # "Source: 1 NEWS", « Source : Insee »
)
_SIGNATURE_KEYS = ("-", "–", "—", "ource")
_SIGNATURE_REACH = 60


def signed_credit_start(line: str) -> int | None:
    """Where the credit signing the line's last sentence starts, or None: "… oil.    -Xinhua", "… Source: 1 NEWS"."""
    tail_start = max(0, len(line) - _SIGNATURE_REACH)
    tail = line[tail_start:]
    if not any(key in tail for key in _SIGNATURE_KEYS):
        return None  # the common case, told without a search
    credit = _SIGNED_CREDIT.search(line, tail_start)
    return credit.start() if credit else None
