"""Where a person is from, written after their name: "Jane Doe of Austin, Texas, said". News copy gives a private
person's home town with "of" and its state or region after a comma; the town is no part of the name, so the person
speaks ("Jane Doe"). An organisation's "of" is part of its name ("the Bank of England", "the University of Texas"):
those open with an article or an institution's word, and keep their whole name.
"""

import re

from claims.extraction.names import NAME_WORD, clean_name, is_person
from claims.extraction.subjects import without_place_region

# A person's name (two capitalised words or more), "of", then a place (a few capitalised words) ending the words
# before the verb. Read only on the last characters, so that a run of capitalised words costs no more than they do.
_PERSON_OF_PLACE_AT_END = re.compile(
    rf"(?<![\w’'‑.-])(?P<person>{NAME_WORD}(?:[ \u00a0]+{NAME_WORD})+)"
    rf"[ \u00a0]+of[ \u00a0]+{NAME_WORD}(?:[ \u00a0]+{NAME_WORD}){{0,3}}$"
)
_TAIL_CHARS = 120  # longer than a name and a town together


def without_home_place(region: str) -> str:
    """The words before a verb without a place and its region ending them (as `without_place_region` reads them),
    and without the "of" that gives the place as a person's home: "Jane Doe of Austin, Texas," -> "Jane Doe"."""
    place_ended = without_place_region(region)
    if place_ended == region:
        return region  # no state or region after a comma: "Jane Doe of Springfield" may be an affiliation's name
    tail_start = max(0, len(place_ended) - _TAIL_CHARS)
    found = _PERSON_OF_PLACE_AT_END.search(place_ended, tail_start)
    if not found:
        return place_ended
    person = clean_name(None, found["person"])
    if " " in person and is_person(person) and is_person(found["person"]):
        return place_ended[: found.end("person")]
    return place_ended
