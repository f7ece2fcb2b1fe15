"""Text folding shared by slugs and claim matching, and a pure-Python twin of pg_trgm's similarity.

`normalize` writes only [a-z0-9] words separated by single spaces, so PostgreSQL's pg_trgm and
`similarity` below split it into the same words and give the same score.
"""

import re
import unicodedata

from django.utils.text import slugify

# Letters that NFKD does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l"})
# Spaces used as thousands separators: plain, no-break, narrow no-break, thin.
_GROUP_SEPARATORS = " \u00a0\u202f\u2009.,'’"
# "1 900", "1,900", "1.900", "1 900 000": a group of 1-3 digits followed by groups of exactly three.
_GROUPED_NUMBER = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{_GROUP_SEPARATORS}]\d{{3}})+(?!\d)")
_PERCENT = re.compile(r"%|\b(?:pour ?cent|per ?cent|percent)\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[a-z0-9]+")


def fold(text: str) -> str:
    """Lower case without accents: "Élysée" → "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize(text: str) -> str:
    """The form claims are compared in: folded, numbers ungrouped, punctuation gone."""
    text = _GROUPED_NUMBER.sub(lambda match: re.sub(rf"[{_GROUP_SEPARATORS}]", "", match.group()), text)
    text = _PERCENT.sub(" pct ", fold(text))
    return _NOT_WORD.sub(" ", text).strip()


def words(normalized: str) -> list[str]:
    return _WORD.findall(normalized)


def trigrams(normalized: str) -> set[str]:
    """pg_trgm's trigrams: each word padded with two spaces before and one after."""
    grams = set()
    for word in words(normalized):
        padded = f"  {word} "
        grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
    return grams


def similarity(left: str, right: str) -> float:
    """pg_trgm's similarity(): shared trigrams over all distinct trigrams of both texts."""
    a, b = trigrams(left), trigrams(right)
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def slug_for(text: str, max_length: int = 80) -> str:
    """A readable ASCII slug cut at a word boundary."""
    slug = slugify(fold(text))[:max_length]
    if len(slug) == max_length and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug or "fact-check"
