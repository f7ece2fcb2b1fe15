"""An agency's or an outlet's credit glued to a paragraph's edge, in the shapes the usual datelines
(claims.extraction.cleaning) miss: its initials beside the place ("Ankara-SANA/ ", "iGFM - (Dakar) ", "Accra, Aug. 7,
GNA - ") before the first sentence, and its signature or its credit in brackets after the last one
("… petroleum oil.    -Xinhua", "… condemned. Source: 1 NEWS", "… 40 pupils. (avec AFP)"). Where the story came from,
not part of the claim."""

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


# The agency's credit closing the last paragraph: "… 40 pupils. (avec AFP)", "… (with Reuters)"; after a full stop,
# the agency alone or with its editors' initials, "… a dit la police. (AFP)", "… the court heard. (ats/nxp)". Bare
# initials count only in lower case and after a sentence's end: "(CGT)" or "(OCHA)" in prose names a source.
_TRAILING_CREDIT = re.compile(
    r"(?:\((?:avec|with)\s+(?:l’|l')?(?:afp|reuters|ap|belga|ats|agences)\)"
    r"|(?<=[.!?…»”\"])\s*\((?:afp|reuters|ap|belga|ats|sda|dpa|ansa|upi|pa|cp)(?:\s*/\s*\w{1,8})*\)"
    r"|(?<=[.!?…»”\"])\s*\((?-i:[a-z]{2,5}(?:/[a-z]{2,5})+)\)"
    # a photo's note and its agency after the paragraph it illustrates: "… habitants. (photo d'illustration) AFP"
    r"|(?<=[.!?…»”\"])\s*\((?:crédits?\s+)?photos?\b[^()]{0,80}\)\s*(?:afp|reuters|ap|epa|belga|maxppp|sipa|abaca))"
    r"[\s.]*$",
    re.I,
)


def trailing_credit_start(line: str) -> int | None:
    """Where the agency's credit closing the line starts (_TRAILING_CREDIT), or None: "… 40 pupils. (avec AFP)"."""
    if not _may_end_with_credit(line):
        return None
    credit = _TRAILING_CREDIT.search(line)
    return credit.start() if credit else None


def _may_end_with_credit(line: str) -> bool:
    """A cheap test before _TRAILING_CREDIT's search: the credit closes a bracket or names a photo."""
    return line.rstrip(" .").endswith(")") or "photo" in line[-120:].lower()
