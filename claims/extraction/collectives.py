"""An English subject that names no one the page names: "The opposition said", "the province said", "what the prison
system says". News copy gives a collective or an unnamed body as the source; it is the speaker as written, where
attribution.py found no name, title, institution or pronoun pointing back to someone named ("Inflation rose, the
ministry said" names no one and stays without a speaker)."""

import re

from claims.extraction.names import with_determiner
from claims.extraction.titles import is_title_word

# "the" and one or two lower-case words, opening the clause, after an opening clause's comma or after "what".
_COLLECTIVE = re.compile(r"(?:^|,[ \u00a0]+|\bwhat[ \u00a0]+)(?P<phrase>(?i:the)(?:[ \u00a0]+[a-z]+){1,2})$")
# A passive or a perfect ("The accused is alleged to …") makes the phrase no subject of a statement.
_AUXILIARY = re.compile(r"\b(?:is|was|are|were|be|been|has|have|had)$")
# What "shows" is a document or an image ("the footage shows", "the breakdown shows"), never a speaker.
_SHOWS = re.compile(r"show", re.IGNORECASE)
# A clause opened by a quotation mark or a colon is what someone says, not who says it.
_QUOTATION_OPENERS = frozenset('«“"‘:')
# People news copy gives as a source without naming them: capitalised only for opening the sentence ("Authorities
# said", "Teachers claimed"), they are an anonymous source, as "officials said" is.
_UNNAMED_PEOPLE_WORDS = """
    officials authorities sources residents witnesses experts analysts critics teachers doctors nurses workers
    parents students villagers investigators prosecutors protesters activists economists researchers scientists
"""
_UNNAMED_PEOPLE = frozenset(_UNNAMED_PEOPLE_WORDS.split())


def collective_subject(subject: str, verb: str, clause_opener: str) -> str:
    """The collective `subject` of a reporting `verb` as written ("the province"), or ""; `clause_opener` is the mark
    or word ending just before the clause the subject opens ("" at the sentence's start). Only a mark is passed, not
    the sentence up to it: read once for each verb, that would cost a long sentence's length times its verbs."""
    if _SHOWS.match(verb) or clause_opener[-1:] in _QUOTATION_OPENERS or _AUXILIARY.search(subject):
        return ""
    found = _COLLECTIVE.search(subject)
    return found["phrase"].lower() if found else ""


def unnamed_people(name: str) -> bool:
    """Whether a lone capitalised word found as a subject is people left unnamed ("Authorities", "Teachers")."""
    return name.lower() in _UNNAMED_PEOPLE


# The police, which news copy names without an article, opening the subject's clause ("…, police said"), with the place
# the force serves before it ("Dallas police say") or after "in" ("police in Springfield said").
_PLACE = r"[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*)?"
_BARE_INSTITUTION = re.compile(
    rf"(?:^|,[ \u00a0]+)(?:(?P<place_before>{_PLACE})[ \u00a0]+)?(?P<noun>police)"
    rf"(?:[ \u00a0]+in[ \u00a0]+(?P<place_after>{_PLACE}))?$"
)


def bare_institution(subject: str) -> tuple[str, str] | None:
    """(the institution's word, the place it serves or "") for a bare institution subject, or None."""
    found = _BARE_INSTITUTION.search(subject)
    return (found["noun"], found["place_before"] or found["place_after"] or "") if found else None


def named_bare_institution(by_institution: dict[str, str], noun: str, place: str = "") -> str:
    """The one force (or other institution) of that word the page names, if it serves `place` ("Dallas police":
    the page's "Dallas Police Department"), or the institution as written ("the police", "Dallas police"). A run
    joined by "and" may name two, so it stands for neither; a title ("Superintendent of Police") is no force."""
    written = f"{place} {noun}" if place else with_determiner("the", noun)
    candidates = [by_institution.get(noun.lower(), "")]
    candidates += [name for name in by_institution.values() if place and name.lower().startswith(written.lower())]
    for named in candidates:
        if named and " and " not in named and place in named and not any(map(is_title_word, named.split())):
            return named
    return written
