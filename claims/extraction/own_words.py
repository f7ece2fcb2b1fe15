"""A page that is one person's own words: a speech, a statement or remarks whose heading names the person speaking
("Discours du Premier ministre Jean Castex à Angoulême", "Statement by Police Commissioner James O’Neill", "Jane Doe -
Remarks - Opening of the new school"). Its body, spoken in the first person, is that person's, including its
impersonal sentences ("Il y avait 1 900 patients hier"): the page is the transcript of what they said.

Only a speech or a statement: an interview or a doorstop is an exchange, and without labels naming each turn it does
not say who says what (transcripts.py reads the labels where there are some)."""

import re

from claims.extraction.cue_words import TOKEN
from claims.extraction.held_back import FIRST_PERSON_WORDS
from claims.extraction.names import PERSON_MENTION, TITLED_PERSON, clean_name, is_person
from claims.extraction.patterns import FIGURE
from claims.extraction.statement_signatures import signed_statement_speaker
from claims.extraction.titles import is_title_word

# The heading sits among the page's first lines: after a menu or contact line, a kicker or a "WATCH:" title.
_HEADING_LINES = 6
_HEADING_MAX_CHARS = 200
# Words naming one person's own words, not an exchange.
_OWN_WORDS = r"statement|speech|remarks|discours|déclaration|allocution"
# "Statement by X", "Speech from X", "Discours du Premier ministre X", "Déclaration de Mme X".
_WORDS_OF = re.compile(
    rf"\b(?i:{_OWN_WORDS})[ \u00a0]+(?i:by|from|de la|de l’|de l'|du|de|d’|d')[ \u00a0]*(?P<after>.+)"
)
# "X - Remarks - Signing of …", "X: Statement on …": the person, then what the page is.
_NAMED_THEN_WORDS = re.compile(rf"(?P<before>.+?)[ \u00a0]*[-–—:|]+[ \u00a0]*(?i:{_OWN_WORDS})\b")
# Between the word and the name, only titles and the words joining them ("du Premier ministre", "by the Hon.").
_JOINING = frozenset(["the", "hon", "hon.", "of", "de", "du", "la", "le", "l’", "l'"])


def own_words_speakers(sentences: list[str], page_text: str, people: list[str], given: list[str]) -> list[str]:
    """The person whose own words each sentence is ("" elsewhere): the sentences after a heading naming the person
    speaking, when the page speaks in the first person, up to where it names them again (a signature line below the
    statement, or the page reporting them in the third person: their words end there). `given` holds the speakers
    found otherwise; a sentence they give the person to is the page reporting them too."""
    speakers = [""] * len(sentences)
    if not (heading := _heading(page_text, people)):
        return speakers
    person, body_start = heading
    # The surname as a word: "Lee" names no one in "Leeds", nor "Doe" in "Doesn't".
    named_again = re.compile(rf"(?<![\w’'‑-]){re.escape(person.split()[-1])}(?![\w‑-])")
    body, position = [], 0
    for index, sentence in enumerate(sentences):
        start = page_text.find(sentence, position) if sentence else -1
        if start == -1:
            continue
        gap, position = page_text[position:start], start + len(sentence)
        if start < body_start:
            continue
        if (body and named_again.search(gap)) or named_again.search(sentence) or given[index] == person:
            break
        body.append(index)
    if not any(_speaks_in_first_person(sentences[index]) for index in body):
        return speakers  # a page about the speech, not the speech
    for index in body:
        speakers[index] = person
    return speakers


def _heading(page_text: str, people: list[str]) -> tuple[str, int] | None:
    """The person a heading among the page's first lines names as speaking, and where the heading ends."""
    position, ends, headings = 0, [], []
    for line in page_text.split("\n", _HEADING_LINES)[:_HEADING_LINES]:
        end = position + len(line)
        heading = line.strip() if len(line) <= _HEADING_MAX_CHARS else ""
        if person := _person_speaking(heading, people):
            return person, end
        ends.append(end)
        headings.append(heading)
        position = end + 1
    if signed := signed_statement_speaker(headings, people):
        person, last_line = signed  # the office in the heading, its holder on a line apart
        return person, ends[last_line]
    return None


def _person_speaking(line: str, people: list[str]) -> str:
    if words_of := _WORDS_OF.search(line):
        return _first_person_named(words_of["after"], people)
    if named_then := _NAMED_THEN_WORDS.match(line):
        runs = list(PERSON_MENTION.finditer(named_then["before"]))
        if runs and runs[-1].end() == len(named_then["before"]):
            return _whole(clean_name(None, runs[-1].group(0)), people)
    return ""


def _first_person_named(after: str, people: list[str]) -> str:
    """The person a heading names after "by" / "de": the first capitalised run that is a person, past titles only
    ("Premier ministre Jean Castex"); "" when something else comes first ("Statement by the Council of Europe")."""
    if titled := TITLED_PERSON.match(after):  # "ministre de l’Intérieur Jane Doe": a French title and its domain
        return _whole(clean_name(None, titled["name"]), people)
    position = 0
    for run in PERSON_MENTION.finditer(after):
        between = after[position : run.start()].split()
        if any(not (word.lower() in _JOINING or is_title_word(word)) for word in between):
            return ""
        following = after[run.end() :].split()[:1]
        if following and is_title_word(following[0]):
            position = run.end()  # "Première ministre", "Chief Executive Officer": part of a title
            continue
        if person := _whole(clean_name(None, run.group(0)), people):
            return person
        if not all(word.lower() in _JOINING or is_title_word(word) for word in run.group(0).split()):
            return ""
        position = run.end()
    return ""


def _whole(name: str, people: list[str]) -> str:
    """A person's whole name: as the heading gives it, or the longer name the page gives them ("O’Neill")."""
    if not name or FIGURE.search(name) or not is_person(name):
        return ""
    words = name.split()
    if len(words) > 1:
        return name
    if is_title_word(name):
        return ""  # "Premier" before "ministre Jean Castex": a title, read past
    return next((person for person in people if person.split()[-1] == name), "")


def _speaks_in_first_person(sentence: str) -> bool:
    return any(word.lower() in FIRST_PERSON_WORDS and word != "US" for word in TOKEN.findall(sentence))
