"""The person a page gives a title to: "Punjab Chief Minister Amarinder Singh", "police Chief James Craig". A later
"the chief minister said" or "Detroit’s police chief says" is that person, whoever was named last."""

from claims.extraction.reporting_words import TITLES

TITLE_WORDS = frozenset(TITLES.split())
TITLE_MAX_WORDS = 3  # words: "Punjab Chief Minister", "Deputy Finance Minister"
# Words making a title another office than the title alone: "the Deputy Minister", "the Acting Commissioner".
_RANKS = frozenset(["deputy", "vice", "assistant", "acting", "shadow", "junior"])
# A military or police rank as news copy abbreviates it before a name ("Lt. Col. Jane Doe", "Sgt. John Roe"): a title
# like the words it shortens, kept out of the name.
_RANK_ABBREVIATIONS = frozenset(["lt", "col", "sgt", "capt", "maj", "cpl"])
# Honours copy shortens before a person's name ("Mrs. Jane Doe", "Hon Dr Jane Doe"); statement_signatures and
# page_names read them too.
ABBREVIATED_HONOURS = frozenset(["mr", "mrs", "ms", "dr", "prof", "hon"])
# Titles copy shortens with a full stop ("Mrs. Jane Doe", "Sgt. John Roe", "Gov. Ann Lee"): the stop ends no sentence.
_ABBREVIATED_TITLES = _RANK_ABBREVIATIONS | ABBREVIATED_HONOURS | {"cllr", "rep", "sen", "gov", "gen"}


def is_title_word(word: str) -> bool:
    """Whether a word is a title, a hyphenated one by its last part ("Inspector-General", "Vice-President")."""
    bare = word.lower().rstrip(".")
    return bare.rpartition("-")[2] in TITLE_WORDS or bare in TITLE_WORDS or bare in _RANK_ABBREVIATIONS


def is_abbreviated_title(word: str) -> bool:
    """Whether a word is a title shortened with a full stop ("Sgt.", "Mrs."), which may open a name."""
    return word.endswith(".") and word[:-1].lower() in _ABBREVIATED_TITLES


def record_title(by_title: dict[str, str], text_before: str, person: str) -> None:
    """Records the title just before a person's name (up to three words ending with a title word), under each of
    its endings ("chief minister", "minister"); an ending given to two people maps to "" (it tells neither)."""
    words = [word.lower() for word in text_before.split()[-TITLE_MAX_WORDS:]]
    if not words or words[-1].rstrip(".") not in TITLE_WORDS:
        return  # "Secretary to the Treasury Andrew Griffith": the word before the name is no title
    while words and not words[0].replace("-", "").isalpha():
        # "…the Centre, Union minister": the title starts after the punctuation ("porte-parole" is one word; "3 4
        # minister.": none)
        words.pop(0)
    for length in range(1, len(words) + 1):
        ending = " ".join(words[-length:])
        by_title[ending] = person if by_title.get(ending, person) == person else ""


def title_holder(by_title: dict[str, str], phrase: str) -> str:
    """The person the page gives the title of `phrase` ("the chief minister", "The Union Minister") to, from its
    last words after the determiner: the longest ending the page gives one person."""
    words = [word.lower() for word in phrase.split()[1:]]
    for length in range(min(TITLE_MAX_WORDS, len(words)), 0, -1):
        if holder := by_title.get(" ".join(words[-length:])):
            return holder
        if words[-length] in _RANKS:
            return ""  # "the Deputy Minister" is no holder of the page's "Minister"
    return ""


def is_office(words: list[str]) -> bool:
    """ "Police Commissioner", "Finance Minister": a few capitalised words ending with a title, an office's name."""
    return 0 < len(words) <= TITLE_MAX_WORDS and is_title_word(words[-1]) and all(word[:1].isupper() for word in words)
