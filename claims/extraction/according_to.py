"""The source an "according to" / "selon" names: a name ("according to the ONS"), a pronoun ("selon lui"), a title or
document pointing back ("selon le ministre", "according to the report"), or what figures come from ("according to
figures from the Office for National Statistics")."""

import re

from claims.extraction import reporting_words
from claims.extraction.names import DETERMINER, INSTITUTION, NAME, NAME_WORD, SPEAKER
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import DOCUMENTS, TITLES

# A subject that names no one but points back: "the agency said", "le communiqué précise", "the minister added",
# "indique la préfecture". Institutions and documents stand for the last organisation named; titles for the last person.
COURT_DOCUMENTS = frozenset(reporting_words.COURT_DOCUMENTS.split())
POINTING_NOUN = prefix_tree(" ".join([DOCUMENTS, *COURT_DOCUMENTS, TITLES]))
ACCORDING_TO = re.compile(
    rf"(?<![\w’'])(?i:according to|selon|d’après|d'après)[ \u00a0]+(?:(?P<pronoun>lui|elle|him|her)\b"
    rf"|(?P<pointing_det>{DETERMINER})[ \u00a0]*(?P<pointing>(?i:{POINTING_NOUN}))\b"
    # a title in lower case before the name: "according to provincial police spokesperson Captain Jane Doe"
    rf"|(?:[a-z][\w-]*[ \u00a0]+){{0,3}}?(?:{prefix_tree(TITLES)})[ \u00a0]+(?={NAME_WORD})"
    rf"(?P<titled>{NAME})|{SPEAKER})"
)
# "according to figures from the Office for National Statistics", "selon un bilan donné à l'AFP par le ministre",
# "selon les chiffres de l'Insee": the source is what the figures or the report come from, after the preposition.
ACCORDING_TO_WORDS = re.compile(r"(?<![\w’'])(?i:according to|selon|d’après|d'après)\b")
ACCORDING_TO_SOURCE = re.compile(
    rf"(?<![\w’'])(?i:according to|selon|d’après|d'après)[ \u00a0]+(?:[^\s,;:.!?«»“”\"]+[ \u00a0]+){{1,6}}?"
    rf"(?:(?i:of|from|by|de|par)[ \u00a0]+|(?P<contracted>du|des)[ \u00a0]+)"
    rf"(?:(?P<pointing_det>{DETERMINER})[ \u00a0]*(?P<pointing>(?i:{prefix_tree(TITLES)}))\b|{SPEAKER})"
)
# "according to the ministry, …", "according to the health ministry": an institution by its common noun, which stands
# for the one the page names whole ("Malaysian International Trade and Industry Ministry", "the Ministry of Health");
# not "according to the ministry of health" nor "the police Chief X", whose own words name it.
ACCORDING_TO_INSTITUTION = re.compile(
    rf"(?<![\w’'])(?i:according to)[ \u00a0]+(?P<det>(?i:the))[ \u00a0]+"
    rf"(?P<phrase>(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?(?P<noun>(?i:{INSTITUTION})))"
    rf"(?![\w’'‑-]|[ \u00a0]+(?:of|for|[A-Z]))"
)
# "according to police", "according to council": an institution's bare word, no article, the clause ending on it, as
# British and Commonwealth copy writes it: the institution itself (not "according to police reports", a document).
ACCORDING_TO_BARE_INSTITUTION = re.compile(
    rf"(?<![\w’'])(?i:according to)[ \u00a0]+(?P<noun>{INSTITUTION})(?=[,.;:]|$)"
)
