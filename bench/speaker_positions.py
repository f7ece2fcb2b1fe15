"""Where the labelled speakers the extractor misses stand, on the tune half of bench/heldout/real (issue #16).

    DEBUG=1 .venv/bin/python bench/speaker_positions.py                # the table, per language, tune only
    DEBUG=1 .venv/bin/python bench/speaker_positions.py --list         # also each tune case: where, sentence, names
    DEBUG=1 .venv/bin/python bench/speaker_positions.py --test-totals  # the test half's totals per position, no more

For every attributed claim found on a tune page whose labelled speaker the extractor does not give (none, a part of
the name, one holding it, another), where the labelled speaker stands relative to the claim's sentence, the first of:

- `whole name in the sentence`; `part of the name in the sentence` (a surname, an acronym for a spelt-out name or the
  spelt-out name for an acronym);
- `speaker line before` (the line before is the speaker's name, alone or before a colon: a transcript label);
- `colon introduction before` ("X a déclaré :", "X said:" ending the text before the claim, naming the speaker);
- `pronoun, named N back` / `bare title, named N back` / `no pronoun or title, named N back` (N = 1, 2, 3+ sentences;
  whether the claim's sentence has a pronoun subject or a bare title — "he", « il », "-t-elle », "selon lui", "the
  minister", « la préfecture » — next to a reporting verb);
- `headline only` (the page's title as cleaning finds it is the only place before that names the speaker);
- `named after the sentence` (only in a later sentence);
- `nowhere on the page as written`.

Scoring and reading reuse bench/eval_real_pages.py; pages of rows 798-1049 (rounds 21-26) are counted beside rows
1-797 (rounds 1-20). `--test-totals` prints the test half's counts per position and language, never a sentence.
"""

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.eval_real_pages import (  # sets Django up
    LANGUAGES,
    Page,
    Tally,
    _count_wrong_speaker,
    _folded,
    matched_claims,
    ours,
    read_pages,
    read_tsv,
    same_speaker,
)
from claims.extraction.linking_words import is_linking_word
from claims.extraction.names import INSTITUTION
from claims.extraction.patterns import prefix_tree
from claims.extraction.pipeline import segment
from claims.extraction.pronoun_antecedents import ANTECEDENT_REACH, person_named_just_before
from claims.extraction.reporting_words import COURT_DOCUMENTS, DOCUMENTS, TITLES
from claims.extraction.segmentation import split_spans
from claims.extraction.verb_patterns import REPORTING_VERB
from sources.selectors import domain_of, registrable_domain

FIRST_LATE_ROW = 798  # rounds 21-26 are rows 798-1049 of pages.tsv, counted from 1

POSITIONS = (
    "whole name in the sentence",
    "part of the name in the sentence",
    "speaker line before",
    "colon introduction before",
    "pronoun, named 1 back",
    "pronoun, named 2 back",
    "pronoun, named 3+ back",
    "title, body or document, named 1 back",
    "title, body or document, named 2 back",
    "title, body or document, named 3+ back",
    "no pronoun or title, named 1 back",
    "no pronoun or title, named 2 back",
    "no pronoun or title, named 3+ back",
    "headline only",
    "named after the sentence",
    "nowhere on the page as written",
)
GIVEN = ("none", "part", "holding", "another")
CUES = ("pronoun", "title, body or document", "neither")

_WORD = re.compile(r"[\w’'‑-]+")
# A pronoun subject: before a reporting verb (a few words may stand between: "he also said", « il a ajouté »), opening
# the sentence or a clause ("He points to …", « Il a laissé entendre … », not the impersonal « il y a », « il faut »),
# inverted (« ajoute-t-il », « ont-ils annoncé », "said he"), or "according to him", « selon elle ».
_PRONOUNS = r"(?:he|she|they|it|we|il|elle|ils|elles)"
_IMPERSONAL = r"(?![ \u00a0]+(?:y|faut|fallait|s[’']agit|est|était|reste|semble|existe|s[’']est)(?![\w’']))"
_PRONOUN_BEFORE = re.compile(rf"(?i:(?<![\w’']){_PRONOUNS}(?:[ \u00a0-]+[\w’'-]+){{0,3}}[ \u00a0-]*)\Z")
# Inverted, the pronoun ends the clause ("…, said he.", « …, dit-il, … »): "said it is", "announced they had" open
# what was said.
_PRONOUN_AFTER = re.compile(r"(?i:[ \u00a0-]+(?:t-)?(?:he|she|il|elle|ils|elles)(?=[ \u00a0]*(?:[,.;:!?»”\"]|$)))")
_PRONOUN_ELSEWHERE = re.compile(
    rf"(?i:(?:^|[,;:«“\"][ \u00a0]*)(?:{_PRONOUNS}){_IMPERSONAL}[ \u00a0]+[\w’']"
    r"|[\w’']-(?:t-)?(?:il|elle|ils|elles)(?![\w’'])"
    r"|(?<![\w’'])(?:according to (?:him|her|them)|selon (?:lui|elle|eux|elles)))"
)
# A title, a body's common noun or a document with an article or a possessive ("the minister", « la préfecture »,
# "the statement", « son communiqué », « ce document », « l'agent »): the noun in lower case, so no name.
_NOUNS = (
    TITLES
    + " "
    + DOCUMENTS
    + " "
    + COURT_DOCUMENTS
    + (
        " agent organisation organization group groupe société entreprise firm responsable chargé chargée représentant"
        " official officials figures data statistics bulletin étude study"
    )
)
_TITLE = (
    rf"(?i:the|le|la|les|l’|l'|son|sa|ses|its|his|her|their|ce|cet|cette|this|that)[ \u00a0]*"
    rf"(?:(?:même|same|[a-zà-ÿ][\w’'-]*)[ \u00a0]+)?(?:{prefix_tree(_NOUNS)}|{INSTITUTION})s?(?![\w’'‑-])"
)
_TITLE_ANYWHERE = re.compile(rf"(?<![\w’'‑-]){_TITLE}")
# How a name the sentence holds stands in it: after a source's preposition ("according to X", « selon X »), after a
# reporting verb (inverted: "…, said X", « a indiqué X »), opening the sentence or a clause, or elsewhere.
IN_SENTENCE_SHAPES = (
    "after according to / selon",
    "after a reporting verb",
    "opening the sentence or a clause",
    "elsewhere",
)
_SOURCE_BEFORE = re.compile(
    r"(?i:(?<![\w’'])(?:according[ \u00a0]+to|selon|d[’']après|per|cité[ \u00a0]+par|quoted[ \u00a0]+by|via"
    r"|source[ \u00a0]*:)"
    r"(?:[ \u00a0]+[\w’'-]+){0,4}?[ \u00a0]*)\Z"
)
_OPENING_BEFORE = re.compile(r"(?:^|[,;:«»“”\"(—–-][ \u00a0]*)(?:[\w’'.-]+[ \u00a0]+){0,3}\Z")
_BEFORE_VERB_CHARS = 60  # how far before a verb its subject is looked for
_VERB_TO_NAME_CHARS = 40  # an inverted speaker stands this close after its verb ("a indiqué mardi à l'AFP le …")
_LABEL_LINE_CHARS = 80  # a speaker line or transcript label is short
_QUOTES_AND_SPACE = " \u00a0\t\n«»“”\"‘’'"


@dataclass
class Case:
    page: str
    lang: str
    outlet: str
    late: bool
    position: str
    given_kind: str
    sentence: str
    labelled: str
    given: str
    shape: str = ""  # how the name stands in the sentence, when it does


def _capitalised_words(name: str) -> list[str]:
    return [word for word in _WORD.findall(name) if word[0].isupper() and not is_linking_word(word)]


def _initials(words: list[str]) -> str:
    return "".join(word[0] for word in words).upper()


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<![\w’'‑-]){re.escape(word)}(?![\w‑-])", text) is not None


def names_whole(text: str, name: str) -> bool:
    """Whether `text` holds the name whole, case, apostrophes and a leading article aside."""
    folded = _folded(name)
    return bool(folded) and re.search(rf"(?<!\w){re.escape(folded)}(?!\w)", _folded(text)) is not None


def names_part(text: str, name: str) -> bool:
    """Whether `text` holds a part of the name: one of its capitalised words (a surname, "Insee" of "l'Insee"), the
    acronym of a spelt-out name, or a spelt-out form whose initials are the name's acronym."""
    words = _capitalised_words(name)
    if any(len(word) > 2 and _has_word(text, word) for word in words):
        return True
    if len(words) > 1 and _has_word(text, _initials(words)):
        return True
    acronym = name.strip().rpartition(" ")[2].lstrip("lL’'")
    return len(acronym) > 1 and acronym.isupper() and _spelt_out(text, acronym)


def _spelt_out(text: str, acronym: str) -> bool:
    """Whether `text` holds capitalised words, linked only by "of", "de", "the"…, whose initials spell `acronym`."""
    words = _WORD.findall(text)
    for first, word in enumerate(words):
        if word[0] != acronym[0]:
            continue
        initials = ""
        for following in words[first:]:
            if following[0].isupper():
                initials += following[0]
            elif not is_linking_word(following):
                break
            if not acronym.startswith(initials):
                break
            if initials == acronym:
                return True
    return False


def names(text: str, name: str) -> bool:
    return names_whole(text, name) or names_part(text, name)


def subject_cue(sentence: str) -> str:
    """ "pronoun" when a pronoun stands as a subject or a source in the sentence, "title, body or document" when one
    does in lower case with its article, else ""."""
    for verb in REPORTING_VERB.finditer(sentence):
        before = sentence[max(0, verb.start() - _BEFORE_VERB_CHARS) : verb.start()]
        if _PRONOUN_BEFORE.search(before) or _PRONOUN_AFTER.match(sentence, verb.end()):
            return "pronoun"
    if _PRONOUN_ELSEWHERE.search(sentence):
        return "pronoun"
    return "title, body or document" if _TITLE_ANYWHERE.search(sentence) else ""


def in_sentence_shape(sentence: str, name: str) -> str:
    """How the name stands in the sentence that holds it (one of IN_SENTENCE_SHAPES)."""
    bare = _folded(name)
    whole = re.search(rf"(?<!\w){re.escape(bare)}(?!\w)", sentence.casefold().replace("’", "'")) if bare else None
    words = sorted(_capitalised_words(name), key=len, reverse=True)
    found = whole or next(
        (hit for word in words if (hit := re.search(rf"(?<![\w’'‑-]){re.escape(word)}(?![\w‑-])", sentence))), None
    )
    if found is None:
        return IN_SENTENCE_SHAPES[3]
    start = found.start()
    while start and sentence[start - 1] not in " \u00a0" and not sentence[start - 1].isspace():
        start -= 1  # "l’Insee" from its article
    for article in ("the ", "le ", "la ", "les ", "The ", "Le ", "La ", "Les "):
        if sentence[:start].endswith(article):
            start -= len(article)
            break
    before = sentence[max(0, start - _BEFORE_VERB_CHARS) : start]
    if _SOURCE_BEFORE.search(before):
        return IN_SENTENCE_SHAPES[0]
    if any(start - _VERB_TO_NAME_CHARS <= verb.end() <= start for verb in REPORTING_VERB.finditer(sentence, 0, start)):
        return IN_SENTENCE_SHAPES[1]
    if _OPENING_BEFORE.search(sentence[:start]):
        return IN_SENTENCE_SHAPES[2]
    return IN_SENTENCE_SHAPES[3]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The page's sentences, each line split as the eval's baseline splits it."""
    spans, position = [], 0
    for line in text.splitlines(keepends=True):
        spans += split_spans(text, position, position + len(line))
        position += len(line)
    return spans


def _is_label_line(line: str, name: str) -> bool:
    """Whether a line is a speaker line or a transcript label naming `name`: the name, perhaps with a title or a time
    in capitals or figures, alone or before a colon ("Jane Doe", "JANE DOE:", "Mme Doe (maire) :")."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LABEL_LINE_CHARS:
        return False
    head, colon, _ = stripped.partition(":")
    if not colon and stripped[-1] in ".!?":
        return False
    lower = [word for word in _WORD.findall(head) if word[0].islower() and not is_linking_word(word)]
    return not lower and names(head, name)


def position_of(text: str, start: int, end: int, name: str, title_span=None) -> str:
    """Where `name` stands relative to the claim text[start:end] (one of POSITIONS)."""
    sentence = text[start:end]
    if names_whole(sentence, name):
        return "whole name in the sentence"
    if names_part(sentence, name):
        return "part of the name in the sentence"
    line_start = text.rfind("\n", 0, start) + 1
    for line in reversed(text[:line_start].splitlines()[-3:]):
        if line.strip():
            if _is_label_line(line, name):
                return "speaker line before"
            break
    spans = sentence_spans(text)
    before = [span for span in spans if span[1] <= start or (span[0] < start < span[1])]
    introduction = text[before[-1][0] : start] if before else ""
    if introduction.rstrip(_QUOTES_AND_SPACE).endswith(":") and names(introduction, name):
        return "colon introduction before"
    whole_before = [span for span in before if span[1] <= start]
    distance = next(
        (back for back, span in enumerate(reversed(whole_before), 1) if names(text[span[0] : span[1]], name)), 0
    )
    in_title = bool(title_span) and names(text[title_span[0] : title_span[1]], name)
    if distance and not (in_title and title_span[1] >= whole_before[-distance][1]):
        cue = subject_cue(sentence) or "no pronoun or title"
        return f"{cue}, named {min(distance, 3)}{'+' if distance >= 3 else ''} back"
    if in_title or distance:
        return "headline only"
    if names(text[end:], name):
        return "named after the sentence"
    return "nowhere on the page as written"


def given_kind(given: str, labelled: str) -> str:
    tally = Tally()
    _count_wrong_speaker(tally, given, labelled)
    kinds = (tally.speaker_none, tally.speaker_fragment, tally.speaker_longer, tally.speaker_other)
    return GIVEN[kinds.index(1)]


def cases(pages: list[Page], outlets: dict[str, str], late: set[str]) -> tuple[list[Case], Counter]:
    """The found attributed claims whose labelled speaker the extractor does not give, and, per language and subject
    cue, the found claims labelled with no speaker that it gives none: what a resolver keyed on the cue would reach
    beside the misses (a "he said" the labels leave without a speaker)."""
    found_cases, unattributed_cues = [], Counter()
    for page in pages:
        found = ours(page)
        title_span = spans = None
        for (start, end, labelled), match in matched_claims(page, found):
            if match is not None and not labelled and not found[match].speaker:
                cue = subject_cue(page.text[start:end]) or "neither"
                unattributed_cues[page.lang, cue] += 1
                spans = spans if spans is not None else sentence_spans(page.text)
                recent = [page.text[a:b] for a, b in spans if b <= start][-ANTECEDENT_REACH:]
                unattributed_cues[page.lang, cue, "person before"] += bool(person_named_just_before(recent))
            if match is None or not labelled or same_speaker(found[match].speaker, labelled):
                continue
            if title_span is None:
                title_span = segment(page.text)[0].title_span or ()
            found_cases.append(
                Case(
                    page.name,
                    page.lang,
                    outlets[page.name],
                    page.name in late,
                    position_of(page.text, start, end, labelled, title_span),
                    given_kind(found[match].speaker, labelled),
                    page.text[start:end],
                    labelled,
                    found[match].speaker,
                    in_sentence_shape(page.text[start:end], labelled),
                )
            )
    return found_cases, unattributed_cues


def print_table(found_cases: list[Case], language: str) -> None:
    of_language = [case for case in found_cases if case.lang == language]
    print(f"{language} tune: {len(of_language)} found attributed claims without their labelled speaker")
    print(f"  {'position':38s} {'r1-20':>5s} {'r21-26':>6s} {'all':>4s} {'outlets':>7s}  given: " + " / ".join(GIVEN))
    for position in POSITIONS:
        here = [case for case in of_language if case.position == position]
        if not here:
            continue
        early = sum(not case.late for case in here)
        given = Counter(case.given_kind for case in here)
        print(
            f"  {position:38s} {early:5d} {len(here) - early:6d} {len(here):4d} "
            f"{len({case.outlet for case in here}):7d}  " + " / ".join(str(given[kind]) for kind in GIVEN)
        )


def totals_lines(found_cases: list[Case], split: str) -> list[str]:
    """Per language, the count of each position and of each shape in the sentence: no sentence, name nor outlet."""
    lines = []
    for language in LANGUAGES:
        of_language = [case for case in found_cases if case.lang == language]
        counts = Counter(case.position for case in of_language)
        lines.append(f"{language} {split}: " + "; ".join(f"{p} {counts[p]}" for p in POSITIONS if counts[p]))
        shapes = Counter(case.shape for case in of_language if case.position in POSITIONS[:2])
        lines.append("  named in the sentence: " + "; ".join(f"{s} {shapes[s]}" for s in IN_SENTENCE_SHAPES))
    return lines


def print_shapes(found_cases: list[Case], language: str) -> None:
    in_sentence = [case for case in found_cases if case.lang == language and case.position in POSITIONS[:2]]
    print(f"  of the {len(in_sentence)} named (whole or in part) in the sentence:")
    for shape in IN_SENTENCE_SHAPES:
        here = [case for case in in_sentence if case.shape == shape]
        early = sum(not case.late for case in here)
        given = Counter(case.given_kind for case in here)
        print(
            f"    {shape:36s} {early:5d} {len(here) - early:6d} {len(here):4d} "
            f"{len({case.outlet for case in here}):7d}  " + " / ".join(str(given[kind]) for kind in GIVEN)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="also each tune case")
    parser.add_argument("--test-totals", action="store_true", help="the test half's counts per position, no sentence")
    args = parser.parse_args()
    rows = read_tsv("pages.tsv")
    outlets = {row["file"]: registrable_domain(domain_of(row["url"])) for row in rows}
    late = {row["file"] for row in rows[FIRST_LATE_ROW - 1 :]}
    split = "test" if args.test_totals else "tune"
    pages = [page for page in read_pages() if page.split == split]
    found_cases, unattributed_cues = cases(pages, outlets, late)
    if args.test_totals:
        print("\n".join(totals_lines(found_cases, "test")))
        return
    for language in LANGUAGES:
        print_table(found_cases, language)
        print_shapes(found_cases, language)
        cues = ", ".join(
            f"{cue} {unattributed_cues[language, cue]} ({unattributed_cues[language, cue, 'person before']})"
            for cue in CUES
        )
        print("  found claims labelled with no speaker and given none, by their sentence's subject cue")
        print(f"    (in brackets, those with one person named in the {ANTECEDENT_REACH} sentences before): {cues}")
    if args.list:
        by_position = defaultdict(list)
        for case in found_cases:
            by_position[case.lang, case.position].append(case)
        for (language, position), listed in sorted(by_position.items()):
            print(f"\n{language} {position}")
            for case in listed:
                shape = f" ({case.shape})" if case.position in POSITIONS[:2] else ""
                print(f"  [{case.outlet}]{shape} given {case.given!r}, labelled {case.labelled!r}: {case.sentence}")


if __name__ == "__main__":
    main()
