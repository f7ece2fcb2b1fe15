"""Text folding shared by slugs, claim matching and the desk's search.

`normalize` and `match_form` write only [a-z0-9] words separated by single spaces.
"""

import re
import unicodedata

import Stemmer
from django.utils.text import slugify

# Letters that NFKD does not decompose into a base letter plus an accent.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l"})
# Spaces used as thousands separators: plain, no-break, narrow no-break, thin.
_GROUP_SEPARATORS = " \u00a0\u202f\u2009.,'’"
# "1 900", "1,900", "1.900", "1 900 000": a group of 1-3 digits followed by groups of exactly three.
_GROUPED_NUMBER = re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{_GROUP_SEPARATORS}]\d{{3}})+(?!\d)")
_PERCENT = re.compile(r"%|\b(?:pour ?cent|per ?cent|percent)\b")
# "1 400 €" and "1,400 euros" are the same figure.
_CURRENCY_SIGNS = str.maketrans({"€": " euros ", "$": " dollars ", "£": " pounds "})
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_WORD = re.compile(r"[a-z0-9]+")
# Clause boundaries; a comma between digits ("2,5") is a decimal point, not a boundary.
_CLAUSE_BREAK = re.compile(r"[,;:](?!\d)")
# Who said it is not what was said: "…, the minister said", "selon le ministre, …", "according to X, …".
_ATTRIBUTION_CUE = re.compile(
    r"\b(?:said|says|told|claimed|claims|stated|added|argued|insisted|declared|according to"
    r"|selon|d.apres|a dit|a declare|declare|a affirme|affirme|a assure|assure|a estime|estime|a ajoute|ajoute"
    r"|a explique|explique|a souligne|souligne)\b"
)
# "The minister said that …", "Le ministre a déclaré que …": the frame ends at "that" / "que".
_LEADING_SAID_THAT = re.compile(
    r"^[^,;:]{0,60}?\b(?:said|says|claimed|stated|argued|insisted|a dit|a declare|a affirme|affirme|a assure"
    r"|assure|a estime|estime|a explique|explique)\s+(?:that\s+|que\s+|qu\W)"
)
# The longest frame clause dropped, in words: a longer clause is part of the claim.
_FRAME_MAX_WORDS = 8
# Words every claim has: they make unrelated claims look alike and are in most rows. Negations ("not", "pas",
# "jamais", "sans") and comparatives ("more", "moins") change a claim's meaning and are kept.
_STOP_WORDS_TEXT = """
    a an the and or but if of to in on at by for from with as into onto than then that this these those
    it its is are was were be been being has have had do does did will would shall should can could may might
    there their they them he she his her him we our us you your i me my who whom which what when where while
    also just so such very said says say told claimed stated according added over up out per
    le la les l un une des du de d au aux et ou mais donc car que qu qui quoi dont ce cet cette ces c
    se s sa son ses leur leurs il ils elle elles on nous vous je j lui y en dans par pour sur vers chez
    est sont ete etait etaient etre ont avait avaient sera seront aussi tres selon dit declare affirme
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


def fold(text: str) -> str:
    """Lower case without accents: "Élysée" → "elysee"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES).casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def normalize(text: str) -> str:
    """The form claims are compared in: folded, numbers ungrouped, punctuation gone."""
    text = _GROUPED_NUMBER.sub(lambda match: re.sub(rf"[{_GROUP_SEPARATORS}]", "", match.group()), text)
    text = _PERCENT.sub(" pct ", fold(text).translate(_CURRENCY_SIGNS))
    return _NOT_WORD.sub(" ", text).strip()


def _without_attribution(folded: str) -> str:
    """The claim without a leading or trailing clause that only says who said it."""
    unframed = _LEADING_SAID_THAT.sub("", folded)
    clauses = _CLAUSE_BREAK.split(unframed)

    def is_frame(clause: str) -> bool:
        return len(clause.split()) <= _FRAME_MAX_WORDS and bool(_ATTRIBUTION_CUE.search(clause))

    if len(clauses) > 1 and is_frame(clauses[-1]):
        clauses.pop()
    if len(clauses) > 1 and is_frame(clauses[0]):
        clauses.pop(0)
    return " ".join(clauses)


def match_form(text: str) -> str:
    """What matching compares: the normalised claim without its attribution frame and stop words.

    "In 2025, unemployment fell by 1 900 people, the minister said." → "2025 unemployment fell 1900 people".
    A text made only of such words keeps them, so every claim has something to compare."""
    ungrouped = _GROUPED_NUMBER.sub(lambda match: re.sub(rf"[{_GROUP_SEPARATORS}]", "", match.group()), text)
    folded = fold(ungrouped)
    normalized = normalize(_without_attribution(folded)) or normalize(folded)
    content = [word for word in words(normalized) if word not in STOP_WORDS]
    return " ".join(content) if content else normalized


def words(normalized: str) -> list[str]:
    return _WORD.findall(normalized)


def slug_for(text: str, max_length: int = 80) -> str:
    """A readable ASCII slug cut at a word boundary."""
    slug = slugify(fold(text))[:max_length]
    if len(slug) == max_length and "-" in slug:
        slug = slug.rsplit("-", 1)[0]
    return slug or "fact-check"


def speaker_key(name: str, max_length: int = 100) -> str:
    """A speaker's name as their public page's address: folded, in any script ("Élisabeth Borne" →
    "elisabeth-borne", "Владимир Путин" → "владимир-путин"), so spellings that differ only by case,
    accents or punctuation share one page. "" when nothing of the name is a letter or a digit."""
    return slugify(fold(name), allow_unicode=True)[:max_length].strip("-_")


# What an incoming text (a post, a tweet, a tip) carries around its claim and matching must not
# compare: links, the "— Name (@handle) Month D, YYYY" signature of an embedded tweet, quote marks.
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_SIGNATURE = re.compile(r"\s[—–-]{1,2}\s*[^—–\n]{0,80}\(@\w{1,30}\)\s*[A-Za-zéû]+\.?\s+\d{1,2},?\s+\d{4}\s*$")
_PIC_LINK = re.compile(r"\bpic\.twitter\.com/\S+", re.IGNORECASE)
_QUOTE_MARKS = str.maketrans({q: " " for q in '"“”„«»‹›‟'})
_MENTION_OR_TAG = re.compile(r"[@#](\w+)")
# "RealDonaldTrump" → "Real Donald Trump": a handle or hashtag often names what the claim is about.
_CAMEL_CASE = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def clean_incoming(text: str) -> str:
    """An incoming text without links, signature or quote marks; "@Handle" and "#TagWords" keep
    their words without the sign: they often name the subject ("#COVIDVaccine")."""
    text = _SIGNATURE.sub(" ", " " + text)
    text = _PIC_LINK.sub(" ", _LINK.sub(" ", text)).translate(_QUOTE_MARKS)
    text = _MENTION_OR_TAG.sub(lambda match: " " + _CAMEL_CASE.sub(" ", match.group(1)) + " ", text)
    return " ".join(text.split())


_STEMMERS = {"en": Stemmer.Stemmer("english"), "fr": Stemmer.Stemmer("french")}
_LETTERS_AND_DIGITS = re.compile(r"[^\W_]+")
_ENGLISH_CUES_TEXT = "the and of to is are was were that this with for not have has be by from it"
_FRENCH_CUES_TEXT = "le la les des du et est sont que qui une un dans pour pas sur au aux ont par ce"
_ENGLISH_CUES = frozenset(_ENGLISH_CUES_TEXT.split())
_FRENCH_CUES = frozenset(_FRENCH_CUES_TEXT.split())


def guess_language(text: str) -> str:
    """ "fr" or "en", by their commonest words; English when nothing tells."""
    tokens = fold(text).split()
    french = sum(token in _FRENCH_CUES for token in tokens)
    english = sum(token in _ENGLISH_CUES for token in tokens)
    return "fr" if french > english else "en"


def _search_tokens(text: str) -> list[str]:
    """The words of a text as search sees them before stemming: figures written one way ("1 900"
    → "1900", "%" → "pct"), lower case, stop words out; accents kept for the stemmer."""
    text = _GROUPED_NUMBER.sub(lambda match: re.sub(rf"[{_GROUP_SEPARATORS}]", "", match.group()), text)
    text = text.translate(_LIGATURES).casefold().translate(_CURRENCY_SIGNS)
    return [
        token for token in _LETTERS_AND_DIGITS.findall(_PERCENT.sub(" pct ", text)) if fold(token) not in STOP_WORDS
    ]


def _stemmed(token: str, stemmer) -> list[str]:
    return _WORD.findall(fold(stemmer.stemWord(token)))


def search_terms(text: str, language: str = "") -> list[str]:
    """The words full-text search compares, in order: each stemmed by its language's Snowball
    stemmer (before its accents are dropped, which the stemmer needs), folded to [a-z0-9], stop
    words out, figures written one way ("1 900" → "1900", "%" → "pct").

    Stemming happens here rather than in the database so PostgreSQL and SQLite index the very
    same words and rank alike."""
    stemmer = _STEMMERS.get(language) or _STEMMERS[guess_language(text)]
    return [term for token in _search_tokens(text) for term in _stemmed(token, stemmer)]


def search_term_variants(text: str) -> list[frozenset[str]]:
    """Each word a person typed, as the stems it may be indexed under in English or French:
    "Etats-Unis" → [{"etat"}, {"uni", "unis"}]. A short query says too little to guess its language."""
    variants = []
    for token in _search_tokens(text):
        stems = frozenset(term for stemmer in _STEMMERS.values() for term in _stemmed(token, stemmer))
        if stems and stems not in variants:
            variants.append(stems)
    return variants


def term_of(word: str, language: str) -> set[str]:
    """The indexed words one word of a stored text stands for (none for a stop word), to
    highlight it where a search found it."""
    stemmer = _STEMMERS.get(language) or _STEMMERS["en"]
    return {term for token in _search_tokens(word) for term in _stemmed(token, stemmer)}


def word_spans(text: str):
    """The words of a stored text as regex matches, for marking them where they stand."""
    return _LETTERS_AND_DIGITS.finditer(text)
