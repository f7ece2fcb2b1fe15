"""Interview transcripts: "CONDOLEEZZA RICE: Well, …" names who answers, and the answer's next sentences are theirs
until the next label. A page counts as a transcript when at least two of its sentences open with such a label (one
capitalised lead-in is a dateline: "WASHINGTON: The Senate …")."""

import re
from collections import Counter

from claims.extraction.names import clean_name, is_person
from claims.extraction.patterns import FIGURE
from claims.extraction.titles import TITLE_MAX_WORDS, is_title_word, title_holder

# Up to four capitalised words and a colon: "GEORGE STEPHANOPOULOS:", "MR. SMITH:", "INTERVIEWER:".
_LABEL = re.compile(r"^[ \u00a0]*(?P<label>(?:[A-Z][A-Z.’'-]+[ \u00a0]+){0,3}[A-Z][A-Z’'-]+):[ \u00a0]")
_LABEL_MAX_WORDS = 4
_LABELS_OF_A_TRANSCRIPT = 2


def transcript_speakers(sentences: list[str], people: list[str], gaps: list[str] | None = None) -> list[str]:
    """The person whose label each sentence is under ("" before the first label, under a label naming no person, or
    when the page is no transcript); a surname label ("RICE:") is the whole name the page gives (`people`). A label
    may also end the text before a sentence (`gaps`, layout.sentence_gaps): cleaning leaves the first turn's label
    out of its sentence when the page's heading lines precede it ("…Assistant Minister\n\nROSS GREENWOOD: I did …")."""
    gaps = gaps or [""] * len(sentences)
    labels = [
        _LABEL.match(sentence) or _LABEL.fullmatch(gap.rpartition("\n")[2])
        for sentence, gap in zip(sentences, gaps, strict=True)
    ]
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


def label_line_speakers(labels: list[str | None], people: list[str], by_title: dict[str, str]) -> list[str]:
    """The speaker whose turn each sentence is in, where a transcript gives each turn a label on its own line ("Sandy
    Aloisi:", then the answer; "Minister:" for the minister the page names): `labels` holds, for each sentence, the
    last label standing alone on a line before it (layout.label_before), or None. A page counts as such a transcript
    when at least two of its label lines name a speaker; a label naming no one ("Notes to editors:") ends a turn."""
    by_ending = _people_by_ending(people)
    named = [_labelled(label, by_ending, by_title) if label is not None else None for label in labels]
    if sum(1 for speaker in named if speaker) < _LABELS_OF_A_TRANSCRIPT:
        return [""] * len(labels)
    speakers, current = [], ""
    for speaker in named:
        if speaker is not None:
            current = speaker
        speakers.append(current)
    return speakers


def _labelled(label: str, by_ending: dict[tuple[str, ...], str], by_title: dict[str, str]) -> str:
    """The person a label on its own line names: a name ("Sandy Aloisi"), or a title the page gives one person."""
    words = label.split()
    if not all(word[:1].isupper() for word in words):
        return ""  # a heading: "Notes to editors"
    if len(words) <= TITLE_MAX_WORDS and is_title_word(words[-1]):
        return title_holder(by_title, f"the {label}")
    if person := by_ending.get(tuple(words)):
        return person
    return label if len(words) >= 2 and is_person(label) else ""


# A label in ordinary case opening a turn of words: "Premier Brad Wall: In many respects", "Sonia Lagarde : Ça, c’est
# …" (a French space before the colon). Four words at least must follow: "Jean Dupont : 5 %" in a list of results is
# no turn.
_CASED_LABEL = re.compile(
    r"[ \u00a0]*(?P<label>(?:[A-ZÀ-ÖØ-Þ][\w.’'-]*[ \u00a0]+){0,3}[A-ZÀ-ÖØ-Þ][\w’'-]*)[ \u00a0]?:[ \u00a0]+"
    r"(?=(?:[^ \u00a0]+[ \u00a0]+){3}[^ \u00a0])"
)
# An exchange has a few voices (at most four labels on tune); a page of more distinct labels is a list ("Name: …" rows),
# and each label's name is looked for in the whole page: a bound keeps that linear.
_VOICES_MAX = 12


def cased_label_speakers(sentences: list[str], gaps: list[str], page_text: str) -> list[str]:
    """The person whose turn each sentence is in, where an interview's turns open with labels in ordinary case ("CTV
    News: Are you …", "Premier Brad Wall: In many respects …") up to the line's end. A page counts as such a
    transcript when a label recurs (the turns alternate) and one names a person the page also names outside its labels
    (the one interviewed: "sat down with Saskatchewan Premier Brad Wall"); a label naming no one ("CTV News",
    "Journaliste") gives its turn none. A live blog's "Update:" lines or a list of "Name : figure" are no turns, nor
    are more than _VOICES_MAX distinct labels."""
    labels = [found["label"] if (found := _CASED_LABEL.match(sentence)) else None for sentence in sentences]
    times_as_label = Counter(label for label in labels if label)
    if times_as_label.total() == len(times_as_label) or len(times_as_label) > _VOICES_MAX:
        return [""] * len(sentences)  # no label recurs (no exchange), or a list of names
    named = {label: _interviewed(label, times, page_text) for label, times in times_as_label.items()}
    if not any(named.values()):
        return [""] * len(sentences)
    speakers, current = [], ""
    for label, gap in zip(labels, gaps, strict=True):
        if label:
            current = named[label]
        elif "\n" in gap:
            current = ""  # a turn ends with its line: what follows may be the page's own text again
        speakers.append(current)
    return speakers


def _interviewed(label: str, times_as_label: int, page_text: str) -> str:
    """The person a label names, when the page names them outside its labels too (a channel's "CTV News", only ever
    a label, names no one)."""
    name = clean_name(None, label)
    if " " not in name or FIGURE.search(name) or not is_person(name):
        return ""
    return name if page_text.count(name) > times_as_label else ""
