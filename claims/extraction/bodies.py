"""A named body speaking through its people or its documents: "Coast Guard officials said" and "according to
economists at Teagasc" are the body's statements; "Its annual review says" and "the agency's latest situation report
showed" the organisation's that "its" or "the agency" points back to."""

import re

from claims.extraction.names import INSTITUTION, NAME, NAME_WORD, clean_name, is_acronym
from claims.extraction.patterns import prefix_tree
from claims.extraction.titles import is_title_word

# People who speak for the body they work for, unnamed: "Coast Guard officials", "economists at Teagasc".
_STAFF = prefix_tree("officials officers staff spokespeople representatives economists researchers scientists analysts")
# "Coast Guard officials said", "…, the Ministry of Health officials said".
_BODY_STAFF = re.compile(rf"(?:^|,[ \u00a0]+)(?:(?i:the)[ \u00a0]+)?(?P<body>{NAME})[ \u00a0]+(?:{_STAFF})$")
# "according to economists at Teagasc", "according to senior officials with the Coast Guard".
ACCORDING_TO_STAFF = re.compile(
    rf"(?<![\w’'])(?i:according to)[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?(?:{_STAFF})[ \u00a0]+(?:at|with)"
    rf"[ \u00a0]+(?:(?P<det>(?i:the))[ \u00a0]+)?(?P<body>{NAME_WORD}(?:[ \u00a0]+{NAME_WORD})*)"
)
# What a body owns and that speaks for it, as the subject: "Its annual review and outlook", "the agency's latest
# situation report" (a few lower-case words); not a person it employs ("its chief executive").
_OWNED = re.compile(
    rf"(?:^|,[ \u00a0]+)(?P<owner>(?i:its)|(?P<det>(?i:the))[ \u00a0]+(?:[a-z]+[ \u00a0]+){{0,2}}?"
    rf"(?P<noun>(?i:{INSTITUTION}))[’']s)(?P<owned>(?:[ \u00a0]+[a-z][\w-]*){{1,4}})$"
)


def staff_body(subject: str) -> str:
    """The body whose people are the subject ("Coast Guard officials" -> "Coast Guard"), or "". A single capitalised
    word that is no acronym may only open the sentence ("Health officials say"): it names no body."""
    found = _BODY_STAFF.search(subject)
    if not found:
        return ""
    body = clean_name(None, found["body"])
    return body if " " in body or is_acronym(body) else ""


def owned_subject(subject: str) -> tuple[str, str, str] | None:
    """The owner of what speaks as the subject: ("its", "", "") for "Its annual review", ("the", "agency", "the agency")
    for "the agency's latest situation report"; None when the subject is no such thing or what is owned is a person."""
    found = _OWNED.search(subject)
    if not found or is_title_word(found["owned"].split()[-1]):
        return None
    if not found["noun"]:
        return ("its", "", "")
    return (found["det"], found["noun"], found["owner"][: -len("’s")])
