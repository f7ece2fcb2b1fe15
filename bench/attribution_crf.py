"""The learned attribution tagger's model (#16, session 13; measured by bench/attribution_tagger.py): a linear-chain
CRF (python-crfsuite) that marks the speaker's words, BIO, in a claim and the sentence before it, for claims the
speaker rules leave without a speaker.

The features are general to news writing in both languages: the word in lower case, its shape and capitals, its
affixes, its neighbours, whether it stands inside a quotation, how far it is from a reporting verb (the project's
own, verb_patterns.REPORTING_VERB), the language and which sentence it is in. Nothing names a page or an outlet.
It is a bench experiment: the declared ship rule did not hold on the tune half (BENCHMARKS.md), so extract() never
consults it.
"""

import re

from claims.extraction.page_names import NAME_MAX_CHARS, PageNames
from claims.extraction.verb_patterns import REPORTING_VERB

# A word, a possessive ending, or one mark of punctuation; an elided article ("l’", "d’") is a word and its mark.
_TOKEN = re.compile(r"[^\W_]+(?:[-‑][^\W_]+)*|[’'][sS]\b|[^\w\s]")
_OPENING_QUOTES = "«“"
_CLOSING_QUOTES = "»”"
# Past this many words a sentence is cut: a speaker is named near its verb, and a run-on "sentence" (a page's
# furniture joined up) must not make tagging slow.
MAX_TOKENS = 80
# How sure the model must be that a speaker's name starts where it marks one: most claims the rules leave without a
# speaker have none, and a speaker put in no one's mouth costs more than one missed.
CONFIDENCE = 0.5
_ARTICLES = {"the", "les", "une", "des"}  # those of three letters or more
# Further than this from a reporting verb, a word is only "far" from it.
_VERB_REACH = 6


def tokens(sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence's words and marks, at most MAX_TOKENS."""
    return [match.span() for match in _TOKEN.finditer(sentence)][:MAX_TOKENS]


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not any(letter.isalpha() for letter in word):
        return "p"
    if word.isupper():
        return "XX" if len(word) > 1 else "X"
    if word[0].isupper():
        return "Xx"
    return "x"


def _inside_quotation(sentence: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Whether each word stands between opening and closing quotation marks (straight ones alternate)."""
    inside, depth, straight, position = [], 0, False, 0
    for start, _ in spans:
        for mark in sentence[position:start]:
            depth += (mark in _OPENING_QUOTES) - (mark in _CLOSING_QUOTES and depth > 0)
            straight ^= mark == '"'
        position = start
        inside.append(depth > 0 or straight)
    return inside


def _verb_distances(sentence: str, spans: list[tuple[int, int]]) -> list[str]:
    """Each word's signed distance, in words, to the nearest reporting verb of its sentence ("0" on the verb)."""
    verbs = [match.span() for match in REPORTING_VERB.finditer(sentence)]
    on_verb = [index for index, (start, end) in enumerate(spans) if any(s <= start < e for s, e in verbs)]
    distances = []
    for index in range(len(spans)):
        if not on_verb:
            distances.append("none")
            continue
        nearest = min(on_verb, key=lambda verb: abs(verb - index))
        gap = index - nearest
        distances.append(str(gap) if abs(gap) <= _VERB_REACH else ("far-before" if gap < 0 else "far-after"))
    return distances


def sentence_features(sentence: str, language: str, part: str) -> tuple[list[tuple[int, int]], list[dict]]:
    """The word spans of one sentence and each word's features; `part` says which sentence ("claim" or "before")."""
    spans = tokens(sentence)
    words = [sentence[start:end] for start, end in spans]
    quoted = _inside_quotation(sentence, spans)
    distances = _verb_distances(sentence, spans)
    features = []
    for index, word in enumerate(words):
        lower = word.lower()
        feature = {
            "bias": 1.0,
            f"w={lower}": 1.0,
            f"shape={_shape(word)}": 1.0,
            f"pre3={lower[:3]}": 1.0,
            f"suf3={lower[-3:]}": 1.0,
            f"suf2={lower[-2:]}": 1.0,
            f"lang={language}": 1.0,
            f"part={part}": 1.0,
            f"quoted={quoted[index]}": 1.0,
            f"verb={distances[index]}": 1.0,
            f"verb={distances[index]}|shape={_shape(word)}": 1.0,
        }
        if index == 0:
            feature["first"] = 1.0
        if index == len(words) - 1:
            feature["last"] = 1.0
        for offset in (-2, -1, 1, 2):
            if 0 <= index + offset < len(words):
                neighbour = words[index + offset]
                feature[f"w{offset:+d}={neighbour.lower()}"] = 1.0
                feature[f"shape{offset:+d}={_shape(neighbour)}"] = 1.0
        features.append(feature)
    return spans, features


def pair_features(before: str, claim: str, language: str) -> tuple[list[tuple[str, int, int]], list[dict]]:
    """The sentence before and the claim as one sequence: each word as (sentence part, start, end), and its features."""
    where, features = [], []
    for part, sentence in (("before", before), ("claim", claim)):
        spans, part_features = sentence_features(sentence, language, part)
        where += [(part, start, end) for start, end in spans]
        features += part_features
    return where, features


def _is_name_word(word: str) -> bool:
    """A capitalised word of three letters or more that is no article ("The", "Les" open sentences)."""
    return word[:1].isupper() and len(word) > 2 and word.casefold() not in _ARTICLES


def speaker_runs(speaker: str) -> list[list[str]]:
    """The runs of the speaker's words looked for, in lower case, longest first: the whole name, then shorter runs
    that hold a capitalised word of three letters or more ("Inman", "Insee"), never an article or "of" alone."""
    named = [speaker[start:end] for start, end in tokens(speaker)]
    runs = []
    for length in range(len(named), 0, -1):
        for first in range(len(named) - length + 1):
            run = named[first : first + length]
            if length == len(named) or any(_is_name_word(word) for word in run):
                runs.append([word.casefold() for word in run])
    return runs


def bio_labels(where: list[tuple[str, int, int]], before: str, claim: str, speaker: str) -> list[str] | None:
    """The BIO labels of a claim's pair of sentences: every place the longest run of the speaker's words found stands
    (within one sentence); all O without a speaker; None when the speaker is named in neither sentence."""
    labels = ["O"] * len(where)
    if not speaker:
        return labels
    text = {"before": before, "claim": claim}
    words = [text[part][start:end].casefold() for part, start, end in where]
    for run in speaker_runs(speaker):
        places = [
            first
            for first in range(len(words) - len(run) + 1)
            if words[first : first + len(run)] == run and where[first][0] == where[first + len(run) - 1][0]
        ]
        for first in places:
            labels[first : first + len(run)] = ["B"] + ["I"] * (len(run) - 1)
        if places:
            return labels
    return None


def spans_tagged(labels: list[str]) -> list[tuple[int, int]]:
    """The runs of words a BIO labelling marks, as (first, last + 1) word indexes."""
    runs, opened = [], None
    for index, label in enumerate([*labels, "O"]):
        if opened is not None and label != "I":
            runs.append((opened, index))
            opened = None
        if label == "B" or (label == "I" and opened is None):
            opened = index
    return runs


def made_whole(name: str, names: PageNames) -> str:
    """A shortened name as the page spells it whole: an acronym its organisation, a surname the one person the page
    gives it ("Inman" for "Todd Inman")."""
    if name in names.by_acronym:
        return names.by_acronym[name]
    if " " not in name:
        holders = {person for person in names.people if person.split()[-1] == name}
        if len(holders) == 1:
            return holders.pop()
    return name


def tag_speaker(
    tagger, before: str, claim: str, language: str, names: PageNames, confidence: float = CONFIDENCE
) -> str:
    """The speaker the model marks in the claim or the sentence before it ("" if none): the run in the claim, else
    the last in the sentence before, made whole from the page's names; none unless the model gives the run's first
    word "B" with at least `confidence`."""
    where, features = pair_features(before, claim, language)
    if not features:
        return ""
    labels = tagger.tag(features)
    runs = spans_tagged(labels)
    if not runs:
        return ""
    in_claim = [run for run in runs if where[run[0]][0] == "claim"]
    first, end = in_claim[0] if in_claim else runs[-1]
    tagger.set(features)
    if tagger.marginal("B", first) < confidence:
        return ""
    part, start, _ = where[first]
    sentence = claim if part == "claim" else before
    last_end = max(stop for kind, _, stop in where[first:end] if kind == part)
    name = sentence[start:last_end].strip()
    name = made_whole(name, names)
    return name if len(name) <= NAME_MAX_CHARS and any(letter.isalpha() for letter in name) else ""
