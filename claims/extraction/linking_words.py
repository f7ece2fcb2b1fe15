"""The small words that link the capitalised words of a title-case line, an office or a heading: articles,
prepositions and conjunctions, English and French ("Drugs Seized In Thurles.", "Minister for Trade and Investment",
« LE JOURNAL DE L’AFRIQUE »). A title case leaves them in lower case, an office's name holds them between its words,
and no person's name is made of them."""

_ENGLISH = "a an the of in on at to for and or nor but by with from as into onto over after about per via vs"
_FRENCH = "le la les l' un une des de du d' et ou à au aux en sur sous par pour dans avec chez"
LINKING_WORDS = frozenset(_ENGLISH.split() + _FRENCH.split())


def is_linking_word(word: str) -> bool:
    """Whether the word is one of LINKING_WORDS, in any case and with either apostrophe ("The", "L’")."""
    return word.lower().replace("’", "'") in LINKING_WORDS
