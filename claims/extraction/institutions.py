"""Institutions a page names whole, by the word they open with: French puts the institution first ("la préfecture de
Guadeloupe", "la Préfecture du Puy-de-Dôme", "l'Institut National de la statistique (INS)"), then shortens it to the
bare word ("selon la préfecture", "l'Institut"). A bare institution the page names whole once is that name; one it
names twice with different complements stays as written."""

import re

from claims.extraction.names import INSTITUTION, NAME_WORD

# An institution, then what it is of, capitalised: a place or a domain ("de Guadeloupe", "du Puy-de-Dôme", "de
# l'Intérieur"); "la préfecture de police" names a kind of prefecture, not which one.
_INSTITUTION_OF = re.compile(
    rf"(?<![\w’'‑-])(?P<name>(?i:{INSTITUTION})[ \u00a0]+(?:de la|de l’|de l'|du|des|de|d’|d')[ \u00a0]*{NAME_WORD})"
)


def institutions_named(text: str, defined: dict[str, str]) -> dict[str, str]:
    """Each institution word (lower-cased) with the one whole name the page gives it, in the text or spelt out for an
    acronym (`defined`, acronyms.py); a word given two names is left out."""
    named: dict[str, str] = {}
    spelt = [name for name in defined.values() if " " in name]
    for name in [found["name"].rstrip(".’'‑-") for found in _INSTITUTION_OF.finditer(text)] + spelt:
        word = name.split()[0].lower()
        if not re.fullmatch(INSTITUTION, word):
            continue
        named[word] = name if named.get(word, name).lower() == name.lower() else ""
    return {word: name for word, name in named.items() if name}
