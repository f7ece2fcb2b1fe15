"""Hostile pages for the speakers' rules: thousands of names, capitalised runs longer than any name. Each costs time
in proportion to its size (see test_linear_time.py for how time is measured)."""

import itertools
import string
import time

from claims.extraction import extract
from claims.extraction.attribution import SpeakerTracker
from tests.extraction.test_linear_time import assert_linear


def _distinct_names(count: int) -> list[str]:
    """ "Xaaa Yaaa", "Xaaa Yaab", …: as many different two-word names as asked for."""
    syllables = ("".join(letters) for letters in itertools.product(string.ascii_lowercase, repeat=3))
    pairs = itertools.product(syllables, repeat=2)
    return [f"X{first} Y{last}" for first, last in itertools.islice(pairs, count)]


def _lookup_seconds(tracker: SpeakerTracker, lookups: int) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for _ in range(lookups):
            tracker._whole_name("Nobody")  # a shortened name no one on the page ends with: the worst case
        best = min(best, time.process_time() - started)
    return best


def test_a_shortened_name_is_looked_up_in_a_time_that_does_not_grow_with_the_names_met_before():
    few, many = _distinct_names(1_000), _distinct_names(100_000)
    for field in ("mentioned", "named"):
        small = _lookup_seconds(SpeakerTracker(**{field: few}), 2_000)
        large = _lookup_seconds(SpeakerTracker(**{field: many}), 2_000)
        assert large <= 5 * max(small, 0.002), f"{field}: {small:.4f} s, then {large:.4f} s with 100x the names"


def test_a_shortened_name_is_the_last_person_named_whole_then_the_first_the_page_mentions():
    tracker = SpeakerTracker(mentioned=["Anne Martin", "Paul Martin"])
    assert tracker._whole_name("Martin") == "Anne Martin"
    tracker.speaker_of("Jean Martin said prices rose.")
    tracker.speaker_of("Luc Martin said prices fell.")
    assert tracker._whole_name("Martin") == "Luc Martin"
    assert tracker._whole_name("Durand") == "Durand"


def _page_of_distinct_speakers(size: int) -> str:
    sentences = "".join(f"{name} said prices rose. " for name in _distinct_names(size // 25 + 1))
    return "Prices in the region\n" + sentences[:size] + " The end.\n"


def test_a_page_of_thousands_of_people_each_saying_something_costs_time_in_proportion_to_its_size():
    assert_linear(extract, _page_of_distinct_speakers, 10_000)
