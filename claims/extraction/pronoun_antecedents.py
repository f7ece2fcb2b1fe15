"""Who "he", "she", « il » or « elle » is when no one has spoken yet: the one person the page named just before.

A page often names a person in a sentence the tracker reads no statement in ("Whilst briefing the judge, …, Officer
Jane Doe has called for …", « Après les propos de Marie Dupont, Marie Dupont a présenté … »), then reports them by a
pronoun ('…," he said', « Elle a rappelé que … », « explique-t-il »). The pronoun is theirs only when the nearest of
the last sentences that names anyone names one person: two people named leave it unknown, and a sentence further back
is no antecedent.
"""

import re

from claims.extraction.names import TITLED_PERSON, clean_name, is_person
from claims.extraction.page_names import names_on
from claims.extraction.titles import TITLE_WORDS

# How many sentences back a pronoun's antecedent may be: the quotation it closes may stand between them.
ANTECEDENT_REACH = 2
# A name after a preposition of place is where someone was ("a gathering at SAFRA Jurong", « à Saint Gilles »), not who.
# Found once for the whole sentence (where each ends), not before each name: a search per name read the sentence again.
_AT_PLACE = re.compile(r"(?:^|(?<=[ \u00a0(]))(?i:at|in|near|from|into|à|au|aux|dans|chez|près[ \u00a0]+de)[ \u00a0]+")


def person_named_just_before(recent: list[str]) -> str:
    """The one person the last sentences (`recent`, oldest first) name whole, the nearest first; given with a title
    ("Au micro d'Europe 1, le préfet de la Drôme Hugues Moutouh, …") before any other; or ""."""
    for sentence in reversed(recent):
        titled = [clean_name(None, found["name"]) for found in TITLED_PERSON.finditer(sentence)]
        after_place = {found.end() for found in _AT_PLACE.finditer(sentence)}
        people = [
            person
            for person in titled or names_on(sentence).people
            if " " in person
            and is_person(person)
            and person.rpartition(" ")[2].lower() not in TITLE_WORDS  # "Correctional Officer" is someone's title
            and max(0, sentence.find(person)) not in after_place
        ]
        if people:
            return people[0] if len(set(people)) == 1 else ""
    return ""
