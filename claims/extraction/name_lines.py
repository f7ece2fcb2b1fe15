"""Turns given by a speaker's name alone on its line, with no colon: a transcript's "MICHAEL McCORMACK" above the
minister's words, a council report's "Marie-Claude Jarrot" above the mayor's answer. The sentences below the name are
that person's until the next name line, or a line of other text (a heading: "Prise de parole de Laurent Selvez"),
which hands the page back to its writer.

A name alone on a line is also a byline or a caption, above the writer's prose. So a name line opens a turn only when
its words are spoken (one of its sentences is in the first person), and the page holds two such turns, or calls itself
a transcript in its opening lines ("TRANSCRIPT: …", « Retranscription … »)."""

import re

from claims.extraction.cue_words import TOKEN
from claims.extraction.held_back import FIRST_PERSON_WORDS
from claims.extraction.linking_words import is_linking_word
from claims.extraction.names import is_person
from claims.extraction.patterns import FIGURE
from claims.extraction.titles import is_title_word

# Two to four words of a name, nothing else on the line: "Marie-Claude Jarrot", "MICHAEL McCORMACK", "Jane O’Neill",
# "J. R. Smith". Each word is bounded, so a line of thousands of words is refused at its fifth.
_NAME_LINE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w’'.-]{0,30}){1,3}")
# Words of headings and menus written in capitals ("TOP NEWS", "LATEST VIDEO"), which no name is made of, besides
# their linking words ("REVUE DE PRESSE", "LE JOURNAL DE L’AFRIQUE").
_HEADING_WORDS = frozenset({"news", "top", "more", "latest", "video", "live"})
# Linking words that are given names too, which a name line may hold ("Per Strand", "An Nguyen").
_GIVEN_NAMES = frozenset({"per", "an"})
# Where a page calls itself a transcript: a word of its first lines.
_OPENING_LINES = 6
_TRANSCRIPT = re.compile(r"(?i:\b(?:transcript|transcription|retranscription)\b)")
_TURNS_OF_A_TRANSCRIPT = 2


def name_line_speakers(sentences: list[str], gaps: list[str], page_text: str) -> list[str]:
    """The person whose turn each sentence is in, where turns open with a name alone on its line ("" elsewhere, and
    on a page that is no such transcript). `gaps` are layout.sentence_gaps: a name line is the last line of one."""
    turns: list[tuple[str, list[int]]] = []
    for index, gap in enumerate(gaps):
        lines = gap.split("\n")[:-1]  # the last piece is the sentence's own line, before it
        if not lines:
            if turns and turns[-1][0]:
                turns[-1][1].append(index)  # the same paragraph, or a page without the sentence (gap "")
            continue
        written = [line.strip() for line in lines if line.strip()]
        if written:
            turns.append((_person_named(written[-1]), [index]))  # a name line opens a turn; other text ends the last
        elif turns and turns[-1][0]:
            turns[-1][1].append(index)  # a new paragraph of the same turn
    spoken = [(person, indexes) for person, indexes in turns if person and _in_first_person(sentences, indexes)]
    opening = "\n".join(page_text.split("\n", _OPENING_LINES)[:_OPENING_LINES])
    if len(spoken) < _TURNS_OF_A_TRANSCRIPT and not (spoken and _TRANSCRIPT.search(opening)):
        return [""] * len(sentences)
    speakers = [""] * len(sentences)
    for person, indexes in spoken:
        for index in indexes:
            speakers[index] = person
    return speakers


def _person_named(line: str) -> str:
    """The person a line names when it holds a name and nothing else, as the page writes it (a word in capitals with
    a capital only at its start: "Michael McCORMACK"; speakers compare without case)."""
    if not _NAME_LINE.fullmatch(line) or FIGURE.search(line):
        return ""
    words = line.split()
    name = " ".join(word.capitalize() if word.isupper() else word for word in words)
    if any(_is_no_name_word(word) for word in words) or not is_person(name):
        return ""  # "JANE DOE" is read as "Jane Doe": in capitals, a name would pass for an acronym
    return name


def _is_no_name_word(word: str) -> bool:
    """A heading's word, a linking word or a title: no part of a name read off a line of its own."""
    lowered = word.lower()
    return (is_linking_word(word) and lowered not in _GIVEN_NAMES) or lowered in _HEADING_WORDS or is_title_word(word)


def _in_first_person(sentences: list[str], indexes: list[int]) -> bool:
    words = (word for index in indexes for word in TOKEN.findall(sentences[index]))
    return any(word.lower() in FIRST_PERSON_WORDS and word != "US" for word in words)
