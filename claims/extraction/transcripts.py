"""Interview transcripts: "CONDOLEEZZA RICE: Well, …" names who answers, and the answer's next sentences are theirs
until the next label. A page counts as a transcript when at least two of its sentences open with such a label (one
capitalised lead-in is a dateline: "WASHINGTON: The Senate …")."""

import re

from claims.extraction.names import clean_name, is_person

# Up to four capitalised words and a colon: "GEORGE STEPHANOPOULOS:", "MR. SMITH:", "INTERVIEWER:".
_LABEL = re.compile(r"^[ \u00a0]*(?P<label>(?:[A-Z][A-Z.’'-]+[ \u00a0]+){0,3}[A-Z][A-Z’'-]+):[ \u00a0]")
_LABELS_OF_A_TRANSCRIPT = 2


def transcript_speakers(sentences: list[str], people: list[str]) -> list[str]:
    """The person whose label each sentence is under ("" before the first label, under a label naming no person, or
    when the page is no transcript); a surname label ("RICE:") is the whole name the page gives (`people`)."""
    labels = [_LABEL.match(sentence) for sentence in sentences]
    if sum(1 for label in labels if label) < _LABELS_OF_A_TRANSCRIPT:
        return [""] * len(sentences)
    speakers, current = [], ""
    for label in labels:
        if label:
            current = _person(label["label"], people)
        speakers.append(current)
    return speakers


def _person(label: str, people: list[str]) -> str:
    name = clean_name(None, " ".join(word.capitalize() for word in label.split()))
    words = name.split()
    for person in people:
        if person.split()[-len(words) :] == words:
            return person  # "RICE" or "CONDOLEEZZA RICE" on a page naming "Condoleezza Rice"
    return name if len(words) >= 2 and is_person(name) else ""
