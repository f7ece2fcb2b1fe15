"""French sentences that name their source without a verb the tracker reads as the speaker's:

- "Pour" then a name set off by a comma: "Pour le Snes, le point noir reste …", "Pour Mme Dupont, la baisse montre …",
  "Pour l'intersyndicale CGT-FO, ces chiffres sont faux": whose view or figures the sentence gives ("Pour le moment",
  "Pour l'examen du bac", "Pour 2024" name no one);
- an inverted impersonal "on", then where the words were heard: "…, a-t-on appris auprès des gendarmes", "…, a-t-on
  déclaré à Matignon" ("a-t-on appris de source judiciaire" names no one); "on" again with no source ("…, a-t-on
  ajouté de même source") is the one heard before.

- an opening that cites the subject's own document, the possessive pointing ahead to it: "Selon son rapport annuel, le
  métro de Paris a atteint …", "Dans son avis du 5 octobre, le Conseil scientifique alertait sur …".

They give the speaker shown, not the source the claim gate reads: "Pour X," frames opinions as often as figures, and a
source raises a sentence's claim score."""

import re

from claims.extraction.french_organisations import article_in_of
from claims.extraction.names import NAME, clean_name, is_person, with_determiner
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.reporting_words import ADVERBS_FR, DAYS, MEDIA, PARTICIPLES_FR
from claims.extraction.titles import is_title_word

_LOWER_WORD = r"[a-zà-öø-ÿ][\w’'‑-]*"
# One lower-case noun may stand before the name ("l'intersyndicale CGT-FO", "le syndicat Sud").
_SOURCE_OPENING = re.compile(
    rf"^Pour{SPACE}(?:(?P<det>le|la|les|l’|l')[ \u00a0]*(?P<noun>{_LOWER_WORD}{SPACE})?)?(?P<name>{NAME})[ \u00a0]*,"
)
_OF = rf"(?:de{SPACE}la|de{SPACE}l[’']|du|des|d[’']|de)"
_HEARD = prefix_tree(PARTICIPLES_FR + " appris")
_ON_INVERTED = re.compile(
    rf"-t-on{SPACE}(?:(?:{prefix_tree(ADVERBS_FR)}){SPACE})?(?:{_HEARD})(?![\w’'‑-])"
    rf"{SPACE}(?:(?:{prefix_tree(DAYS)}){SPACE})?"
    rf"(?:auprès{SPACE}(?P<of>{_OF})[ \u00a0]*"
    rf"(?:(?P<noun>{_LOWER_WORD})(?P<noun_name>{SPACE}(?:{_OF}[ \u00a0]*)?{NAME})?|(?P<name>{NAME}))"
    rf"|à{SPACE}(?P<place>{NAME}))"
)
# The impersonal "on" again, naming no one after its verb: the source it heard from before ("…, a-t-on appris auprès
# du parquet", then "…, a-t-on ajouté de même source").
_ON_AGAIN = re.compile(
    rf"-t-on{SPACE}(?:(?:{prefix_tree(ADVERBS_FR)}){SPACE})?(?:{prefix_tree(PARTICIPLES_FR)})"
    rf"(?:{SPACE}de{SPACE}même{SPACE}source)?[ \u00a0]*(?:[,.;!]|$)"
)
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
    article = article_in_of(found["of"].lower())
    if not article or found["noun"] in _UNNAMED_SOURCES:
        return ""  # "auprès de gendarmes": no one in particular
    return with_determiner(article, found["noun"] + (found["noun_name"] or "").rstrip("."))


def heard_again(sentence: str) -> bool:
    """Whether the sentence reports with an inverted impersonal "on" that names no one ("…, a-t-on ajouté", "…,
    a-t-on précisé de même source"): the words come from the source "on" heard before."""
    return bool(_ON_AGAIN.search(sentence))


_OWN_DOCUMENT = prefix_tree(
    "rapport communiqué avis étude bilan note enquête message déclaration courrier lettre bulletin publication"
)
_OWN_DOCUMENT_OPENING = re.compile(
    rf"^(?:Selon|D[’']après|Dans|Par){SPACE}(?:son|sa|leur|ses|leurs){SPACE}(?:{_LOWER_WORD}{SPACE})?"
    rf"(?:{_OWN_DOCUMENT})(?![\w’'‑-])[^,;:«»“”\"]{{0,80}},{SPACE}(?P<det>le|la|les|l’|l')[ \u00a0]*"
)
_SUBJECT_WORD = re.compile(r"[ \u00a0]*([^\s,;:.!?«»“”\"()]+)")
# What ends the subject: an auxiliary, a verb in the imperfect ("alertait"), a relative pronoun, a determiner.
_SUBJECT_ENDS = frozenset(
    re.findall(r"\S+", "a ont avait avaient est sont était étaient qui que dont y en ne n’ n' se s’ s'")
)
SUBJECT_MAX_WORDS = 6


def own_document_owner(sentence: str) -> str:
    """The subject a sentence names after an opening that cites its own document ("Selon son rapport, le métro de
    Paris …" -> "le métro de Paris"), when it has a capitalised word (an organisation's name; "la hausse" is none)."""
    found = _OWN_DOCUMENT_OPENING.match(sentence)
    if not found:
        return ""
    words, position = [], found.end()
    while len(words) <= SUBJECT_MAX_WORDS and (word := _SUBJECT_WORD.match(sentence, position)):
        text = word[1]
        if text.lower() in _SUBJECT_ENDS or (text.islower() and text.endswith(("ait", "aient"))):
            break
        words.append(text)
        position = word.end()
    if not words or len(words) > SUBJECT_MAX_WORDS or not any(word[:1].isupper() for word in words):
        return ""
    return with_determiner(found["det"], " ".join(words))
