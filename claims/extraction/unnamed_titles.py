"""An official a French page names by title only, never by name, is the title with what it heads, as written: "Le chef
de corps de la police de Liège avait affirmé …", "…, a dit le procureur", "Selon le maire de cette commune de
l'Yonne, …". Read only where the tracker met a title pointing back and found no person to give it to: none in the
sentence, none the page gives the title to, no one named before it nor in the next sentence (speakers.py)."""

import re

from claims.extraction.names import FRENCH_TITLES, with_determiner
from claims.extraction.patterns import SPACE, prefix_tree

# Civilities are no office, and an unnamed spokesperson speaks for the organisation (french_speakers.py).
_OFFICES = " ".join(
    word
    for word in FRENCH_TITLES.split()
    if word not in {"m", "mme", "mlle", "monsieur", "madame"} and "parole" not in word
)
_OF = r"(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l[’']|du[ \u00a0]+|des[ \u00a0]+|de[ \u00a0]+|d[’'])"
# What the office heads: up to four complements, each one word after "de" and perhaps a demonstrative ("de cette
# commune"); a relative pronoun, a verb or punctuation ends it.
_COMPLEMENT_WORD = r"(?:(?:cette|ce|cet)[ \u00a0]+)?(?!(?:qui|que|a|avait|est)(?![\w’'‑-]))[\w‑-]+"
_TITLE_AS_WRITTEN = re.compile(
    rf"(?<![\w’'‑-])(?P<det>(?i:le|la|l[’']))[ \u00a0]*(?P<title>(?i:{prefix_tree(_OFFICES)}))(?![\w’'‑-])"
    rf"(?P<heads>(?:{SPACE}{_OF}{_COMPLEMENT_WORD}){{0,4}})"
)
# A name after the office and a few lower-case words: the person holds it, named where the tracker did not read it
# ("la présidente de la Commission européenne Ursula von der Leyen").
_NAME_FOLLOWS = re.compile(r"(?:[ \u00a0]+[a-zà-öø-ÿ][\w‑-]*){0,2}[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w‑-]*[ \u00a0]+[A-ZÀ-ÖØ-Þa-z]")


def title_as_written(sentence: str) -> str:
    """The first office a sentence names with its definite article, and what it heads ("le chef de corps de la
    police de Liège"), the article in lower case; or ""."""
    found = _TITLE_AS_WRITTEN.search(sentence)
    if not found or _NAME_FOLLOWS.match(sentence, found.end()):
        return ""
    return with_determiner(found["det"].lower(), sentence[found.start("title") : found.end()])
