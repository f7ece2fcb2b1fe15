"""Acronyms a page spells out: "le Service suisse d'enquête de sécurité (SESE)", "the Organisation for Economic
Co-operation and Development (OECD)". A speaker named by such an acronym is given its whole name; one the page never
spells out stays as written."""

import re
import unicodedata

from claims.extraction.linking_words import is_linking_word
from claims.extraction.names import with_determiner

_DEFINED = re.compile(r"[ \u00a0]\((?P<acronym>[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&]{1,9})\)")
_ELISION = re.compile(r"^[dlDL][’']")
_ARTICLES = frozenset(["", "le", "la", "les", "l’", "l'", "the"])


def acronyms_defined(text: str) -> dict[str, str]:
    """Each acronym the text spells out just before it, in parentheses, lower-cased, with the name it stands for."""
    defined = {}
    for found in _DEFINED.finditer(text):
        acronym = found["acronym"]
        # French writes an acronym it reads as a word in title case ("l'Insee", "la Senelec", "l'Ansd"): one capital
        # is enough from three letters on; two letters need two ("(Le)", "(Sa)" are words).
        if (len(acronym) < 3 and sum(character.isupper() for character in acronym) < 2) or acronym.lower() in defined:
            continue
        words = text[max(0, found.start() - 200) : found.start()].split()
        name = _spelled_out(acronym, " ".join(_last_words(words, min(len(acronym) + 5, len(acronym) * 2))))
        # a word in title case in parentheses is as often a credit or a place ("(Reuters)", "(Paris)"), whose letters
        # a clause before it holds by chance: an acronym's name gives it a letter from each of its words
        if name and (not acronym[1:].islower() or _content_words(name) <= len(acronym)):
            defined[acronym.lower()] = name
    return defined


def _last_words(words: list[str], count: int) -> list[str]:
    """The last words holding `count` words that are no linking words: a French name links its words with more of them
    ("Agence nationale de la statistique et de la démographie")."""
    kept = 0
    for index in range(len(words) - 1, -1, -1):
        kept += not is_linking_word(words[index])
        if kept == count:
            return words[index:]
    return words


def _content_words(name: str) -> int:
    return sum(not is_linking_word(word) for word in name.split())


def _spelled_out(acronym: str, before: str) -> str:
    """The end of `before` that the acronym's letters abbreviate, in order, its first letter starting a capitalised
    word (after Schwartz and Hearst, 2003): "Service suisse d'enquête de sécurité" for SESE; "" if none does."""
    letters, text = _plain(acronym), _plain(before)
    position = len(text)
    for index in range(len(letters) - 1, -1, -1):
        position = text.rfind(letters[index], 0, position)
        # The first letter starts a capitalised word: "Service (suisse …)" for SESE, not "suisse"
        while index == 0 and position > 0 and (text[position - 1].isalnum() or not before[position].isupper()):
            position = text.rfind(letters[index], 0, position)
        if position < 0:
            return ""
    name = before[position:]
    return name if " " in name and name[:1].isupper() else ""


def _plain(text: str) -> str:
    """Lower case without accents ("Sécurité" -> "securite"), one character for one: each lowered alone, as "İ"
    lowers to two ("i" and a dot above)."""
    return "".join(unicodedata.normalize("NFD", character.lower())[0] for character in text)


def whole_name(speaker: str, defined: dict[str, str]) -> str:
    """The speaker with an acronym the page spelled out replaced by its name: "le SESE" -> "le Service suisse …"."""
    determiner, _, core = speaker.rpartition(" ")
    if elided := _ELISION.match(core):
        determiner, core = core[: elided.end()], core[elided.end() :]
    name = defined.get(core.lower())
    if not name or determiner.lower() not in _ARTICLES:
        return speaker
    if not determiner or (determiner.endswith(("’", "'")) and name[:1].lower() not in "aeiouyéèêh"):
        return name  # "l'ONS" -> "Office for National Statistics": an elided article only before a vowel
    return with_determiner(determiner, name)
