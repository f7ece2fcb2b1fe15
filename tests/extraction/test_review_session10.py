"""Session 10's review (#16): the subject search before a reporting verb skips, without changing what it finds, the
stretches of words that can hold no name (the "commas before says" and "progressive reporting verbs" hostile inputs
spent most of their time there); regions and names written for these tests."""

import pytest

from claims.extraction import subjects
from claims.extraction.layout import sentence_gaps
from claims.extraction.names import may_hold_speaker


@pytest.mark.parametrize(
    "text",
    ["Jane Doe", "the ministry of health", "le ministère de l’intérieur", "l’Insee", "the Agence régionale", "Œuvre"],
)
def test_every_kind_of_speaker_may_be_held(text):
    assert may_hold_speaker(text)


@pytest.mark.parametrize("text", ["", " a", " is highlighting were advising", " 54", " who watched the game"])
def test_lower_case_words_without_an_institution_hold_no_speaker(text):
    assert not may_hold_speaker(text)


class _CountingPattern:
    """A compiled pattern that counts the calls made to it."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *arguments):
        self.calls += 1
        return self.pattern.search(*arguments)

    def fullmatch(self, *arguments):
        self.calls += 1
        return self.pattern.fullmatch(*arguments)


@pytest.mark.parametrize(
    ("region", "name"),
    [
        ("is reviewing were weighing are pointing out ", "_SPEAKER_AT_END"),
        ("x, y, z, w, v, u, t ", "SPEAKER_WHOLE"),
    ],
)
def test_words_that_can_hold_no_name_are_not_searched_for_one(monkeypatch, region, name):
    counting = _CountingPattern(getattr(subjects, name))
    monkeypatch.setattr(subjects, name, counting)
    assert subjects.speaker_ending(region * 10) == ""
    assert counting.calls == 0


@pytest.mark.parametrize(
    ("region", "speaker"),
    [
        ("Prices rose 3% in May, Jane Doe", "Jane Doe"),
        ("Dmitri Peskov, the Kremlin spokesman,", "Dmitri Peskov"),
        ("Sarah Ball, 54, who chairs the committee,", "Sarah Ball"),
        ("Rents fell, the ministry of health", "the ministry of health"),
        ("Rents fell in December, the department", ""),
        ("a, b, c, d, Jane Doe, who watched, e, f,", "Jane Doe"),
        ("Residents in Leeds", ""),
    ],
)
def test_the_names_found_are_those_the_full_search_finds(region, speaker):
    assert subjects.speaker_ending(region) == speaker


def test_the_gaps_are_the_text_between_sentences_alone():
    # speakers_of reads only the gaps; where each sentence starts was returned beside them and read by no one
    page = "Fares rose.\nThe mayor said:\n\n• Tickets cost €2."
    assert sentence_gaps(["Fares rose.", "Tickets cost €2."], page) == ["", "\nThe mayor said:\n\n• "]
