"""The shapes of a reporting verb's subject that attribution reads (attribution.py): a title or an institution
pointing back ("the agency said", "says the weather bureau"), a pronoun ("he said", "it added"), an organisation named
with its acronym or by its figures ("Eurostat's figures show"), and a clause whose subject is the sentence's ("…,
saying")."""

import re

from claims.extraction import reporting_words
from claims.extraction.according_to import POINTING_NOUN
from claims.extraction.inversions import INSERTIONS
from claims.extraction.names import DETERMINER, INSTITUTION, NAME, NAME_WORD
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import TITLES
from claims.extraction.verb_patterns import LISTENER, VERB

_REFERRING_NOUN = rf"(?P<noun>{POINTING_NOUN}|{INSTITUTION})"
# A title's complement names what the person heads, not the speaker: "the chief of Ukraine’s National Police says".
_OF_WHAT = r"(?:[ \u00a0]+(?:of|de|du|des)[ \u00a0][^,]*|[ \u00a0]+d[’'][^,]*)"  # up to an apposition's comma
# Before an institution only lower-case words ("the health ministry" points back, "the Labor Department" is a name);
# before a title any ("the Labour leader", "the Kremlin spokesman").
# A title may also be someone's ("Detroit’s police chief") or someone's not named yet ("a Treasury minister").
_TITLE_DETERMINER = rf"(?:[\w-]+[’']s(?=[ \u00a0])|{DETERMINER}|an?(?=[ \u00a0]))"
POINTING_SUBJECT = re.compile(
    rf"^(?i:(?P<det>{_TITLE_DETERMINER})[ \u00a0]*(?:(?-i:[a-zà-öø-ÿ][\w-]*[ \u00a0]+){{0,2}}?{_REFERRING_NOUN}"
    rf"(?:[ \u00a0]+in[ \u00a0]+(?-i:{NAME}))?"  # "the police command in Anambra State"
    rf"|(?:[\w’'-]+[ \u00a0]+){{0,5}}?(?P<title>{prefix_tree(TITLES)}){_OF_WHAT}?))$"
)
VERB_THEN_POINTING_SUBJECT = re.compile(
    rf"(?<![\w’'])(?:{VERB}){INSERTIONS}{LISTENER}(?P<phrase>(?P<det>{DETERMINER})[ \u00a0]*"
    rf"(?:[a-zà-öø-ÿ][\w-]*[ \u00a0]+){{0,2}}?{_REFERRING_NOUN})\b"  # "says the weather bureau"
)
# The name a title is given just after it: "le ministre de la Santé, Jamal Nasser", "the Speaker, Lindsay Hoyle".
APPOSED_NAME = re.compile(rf"[^,.;:!?«»“”\"]{{0,60}}?,[ \u00a0]+(?P<name>{NAME})")
POINTING_AT_END = re.compile(
    rf"(?:^|,[”\"’»]?[ \u00a0]*)(?i:(?P<phrase>(?P<det>{_TITLE_DETERMINER})[ \u00a0]*"
    rf"(?:[\w-]+[ \u00a0]+){{0,2}}?{_REFERRING_NOUN}))$"
)
DETERMINERS = frozenset(["the", "le", "la", "les", "l’", "l'"])
# An organisation the sentence names with its acronym, which French writes in lower case: "la Plateforme des
# organisations citoyennes (Poc) qui a communiqué": the name before it, however its words are written.
NAMED_WITH_ACRONYM = re.compile(
    rf"(?P<det>{DETERMINER})[ \u00a0]*(?P<name>{NAME_WORD}(?:[ \u00a0]+[\w’'‑-]+){{0,8}}?)"
    r"[ \u00a0]*\([A-Z][\w&]{1,9}\)$"
)
PLURAL_AUXILIARY = re.compile(r"\b(?i:have)\b[^,]*$")
CLAUSE_BREAK = re.compile(r"\b(?:que|qu’|qu'|that)\b|[:;«“]")  # the subject of a verb is after the last one
# The subject pronoun, alone or after an opening clause ("Explaining the rise, she said", "Interrogé, il a répondu").
# or after what the speaker said ('"Prices rose, wages fell," he said', "…, 2,366 cr on account of GST, she tweeted").
SINGULAR_PRONOUN = re.compile(r"^(?:.*[,»”\"][ \u00a0]*)?(?:il|elle|he|she)$", re.IGNORECASE)
# "It said", "It added that", '"…," it said': an organisation's statement, the last organisation named.
ORGANISATION_PRONOUN = re.compile(r"^(?:.*[,»”\"][ \u00a0]*)?it$", re.IGNORECASE)
# "Critics say": with a plural verb a lone capitalised word is more likely a common noun than a name.
PLURAL_VERB = re.compile(r"^(?:say|ont .*|\w+ent)$", re.IGNORECASE)
# An organisation's figures as the subject: "Eurostat's figures show", "…, Eurostat data showed".
SOURCE_OWNER = re.compile(
    rf"(?:^|,[ \u00a0]+)(?P<owner>{NAME})[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    r"(?:figures|data|statistics|numbers|estimates?|survey|report|study|analysis)$"
)
REPORTS = re.compile(r"reports?|reported", re.IGNORECASE)
SPOKESPERSON = re.compile(r"\b(?:spokes(?:man|woman|person)|porte-parole)\b", re.IGNORECASE)
OPENING_CLAUSE = re.compile(r"[^,]{1,80},[ \u00a0]+")
# A clause whose subject is the sentence's own ("Mayor X toured the site, saying …", "X flew to Y and said …", "X was
# quoted as saying …").
SUBJECT_ALSO_SAYS = re.compile(
    rf"(?:(?:,|[ \u00a0]by)[ \u00a0]+(?:{prefix_tree(reporting_words.PARTICIPLES_EN)})|[ \u00a0]as[ \u00a0]+saying"
    r"|[ \u00a0]and[ \u00a0]+(?:said|says|added|adds|told|tells|stated|confirmed))\b"
)
# "show" reports what a source shows ("figures from the ONS show", "data released by X shows", "Eurostat's figures
# show"); a name that shows something itself is no source: "Only Everton showed poor form", "Retail Trade (-1.0%) and
# Construction showed decreases".
SHOWS = re.compile(r"show|shows|showed", re.IGNORECASE)
SHOWN_BY = re.compile(r"\b(?:by|from)[ \u00a0][^,]*$")
# "recorded" reports figures a body keeps ("The Ministry of Health has recorded four new deaths", "Police recorded 121
# murders"); a person or a place records other things ("Barbados has recorded 10 new cases", "she recorded an album").
RECORDED = re.compile(r"recorded", re.IGNORECASE)
