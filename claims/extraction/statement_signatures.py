"""The office holder a government statement names on a line of its own beside a heading that names only the office
("PARLIAMENTARY STATEMENT OF THE MINISTER OF HEALTH", then "DR. THE HON. CHRISTOPHER TUFTON, MP"; "Hon Dr Jonathan
Coleman" above "Minister of Defence" and "Media Statement"): ministers' statements put the person, with their honours,
on a line apart. own_words.py reads the body of such a statement as theirs, as it does under "Statement by X"."""

import re

from claims.extraction.names import is_person
from claims.extraction.titles import ABBREVIATED_HONOURS

# A heading line that says the page is a statement ("Media Statement", "… STATEMENT OF THE MINISTER OF HEALTH",
# "Déclaration du ministre de la Santé").
_STATEMENT = re.compile(r"(?<![\w’'‑-])(?i:statement|déclaration)(?![\w’'‑-])")
# Honours before a name ("Dr. The Hon.", "Hon Dr", "M.", "Mme"): at least one that is not "the".
_SPELT_HONOURS = frozenset(["the", "honourable", "honorable", "sir", "dame", "m", "mme", "madame", "monsieur"])
_HONOURS = rf"(?:{'|'.join(sorted(ABBREVIATED_HONOURS | _SPELT_HONOURS))})\.?"
_NAME_WORD = r"[^\W\d_][\w’'‑-]*"
# A line that is only honours, a name of two to four words, and post-nominals or a title after a comma (", MP",
# ", ministre de la Santé").
_SIGNATURE = re.compile(
    rf"(?P<honours>(?i:{_HONOURS}[ \u00a0]+)+)(?P<name>{_NAME_WORD}(?:[ \u00a0]+{_NAME_WORD}){{1,3}})"
    r"[ \u00a0]*(?:,[^,\n]{0,80})?"
)


def signed_statement_speaker(lines: list[str], people: list[str]) -> tuple[str, int] | None:
    """The person a statement's heading lines name on a line of their own, and the index of the last of the two lines
    (the statement's heading and the name), or None when the lines hold no statement heading or no such name."""
    statement = next((index for index, line in enumerate(lines) if _STATEMENT.search(line)), None)
    if statement is None:
        return None
    for index, line in enumerate(lines):
        if index != statement and (person := _signature(line.strip(), people)):
            return person, max(index, statement)
    return None


def _signature(line: str, people: list[str]) -> str:
    """The person a line names with their honours and nothing else, as the page spells them elsewhere or, in capitals,
    with capitals only at each word's start ("CHRISTOPHER TUFTON" is Christopher Tufton)."""
    signature = _SIGNATURE.fullmatch(line)
    if not signature or not {word.lower().rstrip(".") for word in signature["honours"].split()} - {"the"}:
        return ""
    name = signature["name"]
    if name.isupper():
        name = next((person for person in people if person.upper() == name), name.title())
    return name if is_person(name) else ""
