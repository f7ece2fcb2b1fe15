"""A body's short name that several bodies on the page end with stays as written: a page naming "Saskatchewan RCMP",
"Nipawin RCMP" and "Waskesiu RCMP" does not say which one a bare "RCMP said" is, though the tracker read it as the last
one that spoke. English puts the place before the body ("Deben police", "District police"); French puts it after, and
institutions.py leaves a French institution given two complements as written, as this does."""

import re

from claims.extraction.names import is_acronym, is_institution

# A capitalised word, then the next word, overlapping ("Nipawin RCMP officers": Nipawin before RCMP, RCMP before …).
_PAIR = re.compile(r"(?<![\w’'‑-])(?P<before>[A-Z][\w’'‑-]*)[ \u00a0]+(?=(?P<word>[\w’'‑-]+))")
_DETERMINERS = frozenset(["The", "A", "An", "This", "That"])


def as_written_where_shared(sentences: list[str], speakers: list[str], page_text: str) -> list[str]:
    """Each speaker, or the bare short name its sentence writes ("RCMP", "the RCMP") where the speaker is a body (its
    last word an acronym or an institution's) whose last word the page writes after two or more different capitalised
    words (places, divisions), and the sentence writes it with none."""
    before_word: dict[str, set[str]] | None = None  # read once, only if a speaker may need it
    shown = list(speakers)
    for index, (sentence, speaker) in enumerate(zip(sentences, speakers, strict=True)):
        words = speaker.split()
        if len(words) < 2 or speaker in sentence or not (is_acronym(words[-1]) or is_institution(words[-1])):
            continue
        # "The RCMP said" opens a sentence: its determiner is no place before the name.
        bare = re.search(rf"(?<![\w’'‑-])(?:(?P<det>[Tt]he)[ \u00a0]+)?{re.escape(words[-1])}(?![\w’'‑-])", sentence)
        if not bare or _capitalised_before(sentence, bare.start()):
            continue
        if before_word is None:
            before_word = _words_before(page_text)
        if len(before_word.get(words[-1].lower(), set()) - _DETERMINERS) >= 2:
            shown[index] = f"the {words[-1]}" if bare["det"] else words[-1]
    return shown


def _words_before(text: str) -> dict[str, set[str]]:
    """Each word (lower-cased) with the capitalised words the text writes just before it."""
    before_word: dict[str, set[str]] = {}
    for pair in _PAIR.finditer(text):
        before_word.setdefault(pair["word"].lower(), set()).add(pair["before"])
    return before_word


def _capitalised_before(sentence: str, position: int) -> bool:
    """Whether the word before `position` is capitalised ("Saskatchewan RCMP", "US Labor Department")."""
    previous = sentence[max(0, position - 60) : position].split()[-1:]
    return bool(previous) and previous[0][:1].isupper()
