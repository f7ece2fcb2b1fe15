"""French sentences that name their source without a verb the tracker reads as the speaker's:

- "Pour" then a name set off by a comma: "Pour le Snes, le point noir reste …", "Pour Mme Dupont, la baisse montre …",
  "Pour l'intersyndicale CGT-FO, ces chiffres sont faux": whose view or figures the sentence gives ("Pour le moment",
  "Pour l'examen du bac", "Pour 2024" name no one);
- an inverted impersonal "on", then where the words were heard: "…, a-t-on appris auprès des gendarmes", "…, a-t-on
  déclaré à Matignon" ("a-t-on appris de source judiciaire" names no one).

They give the speaker shown, not the source the claim gate reads: "Pour X," frames opinions as often as figures, and a
source raises a sentence's claim score."""

import re

from claims.extraction.names import NAME, clean_name, is_person, with_determiner
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import ADVERBS_FR, DAYS, MEDIA, PARTICIPLES_FR
from claims.extraction.titles import is_title_word

_SPACE = "[ \u00a0]+"
_LOWER_WORD = r"[a-zà-öø-ÿ][\w’'‑-]*"
# One lower-case noun may stand before the name ("l'intersyndicale CGT-FO", "le syndicat Sud").
_SOURCE_OPENING = re.compile(
    rf"^Pour{_SPACE}(?:(?P<det>le|la|les|l’|l')[ \u00a0]*(?P<noun>{_LOWER_WORD}{_SPACE})?)?(?P<name>{NAME})[ \u00a0]*,"
)
_OF = rf"(?:de{_SPACE}la|de{_SPACE}l[’']|du|des|d[’']|de)"
_HEARD = prefix_tree(PARTICIPLES_FR + " appris")
_ON_INVERTED = re.compile(
    rf"-t-on{_SPACE}(?:(?:{prefix_tree(ADVERBS_FR)}){_SPACE})?(?:{_HEARD})(?![\w’'‑-])"
    rf"{_SPACE}(?:(?:{prefix_tree(DAYS)}){_SPACE})?"
    rf"(?:auprès{_SPACE}(?P<of>{_OF})[ \u00a0]*"
    rf"(?:(?P<noun>{_LOWER_WORD})(?P<noun_name>{_SPACE}(?:{_OF}[ \u00a0]*)?{NAME})?|(?P<name>{NAME}))"
    rf"|à{_SPACE}(?P<place>{NAME}))"
)
_ARTICLE_OF = {"de la": "la", "de l’": "l’", "de l'": "l'", "du": "le", "des": "les"}
_UNNAMED_SOURCES = frozenset(["source", "sources", "proche", "proches"])  # "auprès de sources proches du dossier"


def source_opening(sentence: str) -> str:
    """The organisation (with its article) or the person a sentence opens with after "Pour", or ""."""
    found = _SOURCE_OPENING.match(sentence)
    if not found:
        return ""
    if found["det"]:  # an organisation: "le Snes", "l'intersyndicale CGT-FO"
        return with_determiner(found["det"], (found["noun"] or "") + found["name"])
    name = found["name"]
    if is_title_word(name.split()[0]) or (" " in clean_name(None, name) and is_person(name)):
        return clean_name(None, name)  # "Mme Dupont" (made whole by the caller); a lone name may be a place's
    return ""


def heard_from(sentence: str) -> str:
    """Where an inverted impersonal "on" heard what the sentence reports ("auprès des gendarmes" -> "les gendarmes",
    "à Matignon"), or ""; a medium after "à" is who was told ("a-t-on indiqué à Reuters")."""
    found = _ON_INVERTED.search(sentence)
    if not found:
        return ""
    if found["place"]:
        place = clean_name(None, found["place"])
        return "" if place.lower() in MEDIA else place
    if found["name"]:
        return clean_name(None, found["name"])
    article = _ARTICLE_OF.get(re.sub(r"\s+", " ", found["of"]).lower())
    if not article or found["noun"] in _UNNAMED_SOURCES:
        return ""  # "auprès de gendarmes": no one in particular
    return with_determiner(article, found["noun"] + (found["noun_name"] or "").rstrip("."))
