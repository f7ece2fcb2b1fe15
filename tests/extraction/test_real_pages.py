"""Floors on the committed test half of bench/heldout/real (#16): a later change cannot silently undo the quality
measured there. The floors are what was measured when they were set (BENCHMARKS.md), not the targets."""

import pytest

from bench.eval_real_pages import evaluate_ours, read_pages

F1_FLOOR = {"en": 0.68, "fr": 0.68}
FURNITURE_AMONG_CLAIMS_CEILING = {"en": 8, "fr": 5}
SPEAKERS_RIGHT_FLOOR = {"en": 1, "fr": 3}


@pytest.fixture(scope="module")
def test_half():
    return evaluate_ours([page for page in read_pages() if page.split == "test"])


@pytest.mark.parametrize("language", ["en", "fr"])
def test_claims_f1_on_the_real_test_half_keeps_its_floor(test_half, language):
    assert test_half[language, "test"].f1 >= F1_FLOOR[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_furniture_among_claims_on_the_real_test_half_does_not_grow(test_half, language):
    tally = test_half[language, "test"]
    assert tally.furniture > 0  # the labels were read
    assert tally.furniture_leaked <= FURNITURE_AMONG_CLAIMS_CEILING[language]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_speakers_right_on_the_real_test_half_keep_their_floor(test_half, language):
    assert test_half[language, "test"].speaker_right >= SPEAKERS_RIGHT_FLOOR[language]
