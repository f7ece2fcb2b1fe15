"""Interview transcripts: "CONDOLEEZZA RICE: Well, …" names who answers, and the answer's next sentences are theirs
until the next label. A page counts as a transcript when at least two of its sentences open with such a label (one
capitalised lead-in is a dateline: "WASHINGTON: The Senate …")."""

import re

from claims.extraction.names import clean_name, is_person

# Up to four capitalised words and a colon: "GEORGE STEPHANOPOULOS:", "MR. SMITH:", "INTERVIEWER:".
_LABEL = re.compile(r"^[ \u00a0]*(?P<label>(?:[A-Z][A-Z.’'-]+[ \u00a0]+){0,3}[A-Z][A-Z’'-]+):[ \u00a0]")
_LABEL_MAX_WORDS = 4
_LABELS_OF_A_TRANSCRIPT = 2


def transcript_speakers(sentences: list[str], people: list[str]) -> list[str]:
    """The person whose label each sentence is under ("" before the first label, under a label naming no person, or
    when the page is no transcript); a surname label ("RICE:") is the whole name the page gives (`people`)."""
    labels = [_LABEL.match(sentence) for sentence in sentences]
    if sum(1 for label in labels if label) < _LABELS_OF_A_TRANSCRIPT:
        return [""] * len(sentences)
    by_ending = _people_by_ending(people)
    speakers, current = [], ""
    for label in labels:
        if label:
            current = _person(label["label"], by_ending)
        speakers.append(current)
    return speakers


def _people_by_ending(people: list[str]) -> dict[tuple[str, ...], str]:
    """The first person the page names with each run of last words a label may give (a label has at most four), so
    that a label is looked up, not compared with every name: a page of thousands of labels and names stays linear."""
    by_ending: dict[tuple[str, ...], str] = {}
    for person in people:
        words = person.split()
        for length in range(1, min(len(words), _LABEL_MAX_WORDS) + 1):
            by_ending.setdefault(tuple(words[-length:]), person)
    return by_ending


def _person(label: str, by_ending: dict[tuple[str, ...], str]) -> str:
    name = clean_name(None, " ".join(word.capitalize() for word in label.split()))
    words = name.split()
    if person := by_ending.get(tuple(words)):
        return person  # "RICE" or "CONDOLEEZZA RICE" on a page naming "Condoleezza Rice"
    return name if len(words) >= 2 and is_person(name) else ""
