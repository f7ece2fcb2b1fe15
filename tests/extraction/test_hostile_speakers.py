"""Hostile pages for the speakers' rules: thousands of names, capitalised runs longer than any name. Each costs time
in proportion to its size (see test_linear_time.py for how time is measured)."""

import itertools
import string
import time

from claims.extraction import extract
from claims.extraction.attribution import SpeakerTracker
from claims.extraction.page_names import NAME_MAX_CHARS, names_on
from claims.extraction.speakers import speakers_of
from claims.models import Claim
from tests.extraction.read_speakers import speakers_in_order
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
            tracker.whole_name("Nobody")  # a shortened name no one on the page ends with: the worst case
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
    assert tracker.whole_name("Martin") == "Anne Martin"
    tracker.speaker_of("Jean Martin said prices rose.")
    tracker.speaker_of("Luc Martin said prices fell.")
    assert tracker.whole_name("Martin") == "Luc Martin"
    assert tracker.whole_name("Durand") == "Durand"


def _page_of_distinct_speakers(size: int) -> str:
    sentences = "".join(f"{name} said prices rose. " for name in _distinct_names(size // 25 + 1))
    return "Prices in the region\n" + sentences[:size] + " The end.\n"


def test_a_page_of_thousands_of_people_each_saying_something_costs_time_in_proportion_to_its_size():
    assert_linear(extract, _page_of_distinct_speakers, 10_000)


def test_the_people_a_page_names_are_read_in_time_in_proportion_to_their_number():
    assert_linear(names_on, lambda size: ", ".join(_distinct_names(size // 11 + 1)), 33_000)


def _long_capitalised_run(size: int) -> str:
    return "Prices in the region\nJean Dupont said prices rose. " + "Jaaaaaaaaaa " * (size // 12) + "said. The end.\n"


def test_a_capitalised_run_longer_than_a_name_is_no_one_and_costs_time_in_proportion_to_its_length():
    assert names_on(_long_capitalised_run(20_000)).people == ["Jean Dupont"]
    assert_linear(extract, _long_capitalised_run, 20_000)


def test_no_speaker_is_longer_than_a_name_can_be_nor_than_a_claim_holds():
    sentence = "Jaaaaaaaaaa " * 24 + "said prices rose by 3% in 2023."  # 288 characters of capitalised words
    assert speakers_of(["Prices rose.", sentence]) == ["", ""]
    assert Claim._meta.get_field("speaker").max_length >= NAME_MAX_CHARS


def _page_of_distinct_organisations(size: int) -> str:
    names = _distinct_names(size // 40 + 1)
    sentences = "".join(
        f"Selon le ministère de la {name.split()[0].lower()}, 3 personnes sont mortes. " for name in names
    )
    return "Les prix\n" + sentences[:size] + " Fin.\n"


def test_a_french_page_naming_thousands_of_organisations_costs_time_in_proportion_to_its_size():
    assert_linear(extract, _page_of_distinct_organisations, 10_000)


def test_a_shortened_organisation_is_the_last_one_named_whole_that_begins_like_it():
    sentences = [
        "Le parquet fédéral a ouvert une enquête.",
        "Le parquet général a ouvert une enquête.",
        "Trois personnes sont mortes, a indiqué le parquet.",
    ]
    assert speakers_of(sentences)[-1] == "le parquet général"


def test_a_title_after_figures_and_before_a_full_stop_does_not_stop_the_extraction():
    # No word before the name is a word of letters: the title, if any, ends the sentence before ("minister.").
    page = "Prices in the region\nIt was 3 4 minister. Jean Dupont said it rose 3% in 2023."
    assert speakers_in_order(page) == ["", "Jean Dupont"]


def _transcript_of_distinct_people(size: int) -> str:
    """A page naming thousands of people, then a transcript labelled with surnames no one on the page has."""
    names = _distinct_names(size // 50 + 1)
    mentions = "".join(f"{name} said prices rose. " for name in names)
    labels = "".join(f"Z{name.split()[1][1:].upper()}: Prices rose.\n" for name in names)
    return "Interview\n" + (mentions + "\n" + labels)[:size] + "\nThe end.\n"


def test_a_transcript_of_thousands_of_labels_on_a_page_of_thousands_of_names_costs_time_in_proportion_to_its_size():
    assert_linear(extract, _transcript_of_distinct_people, 10_000)
