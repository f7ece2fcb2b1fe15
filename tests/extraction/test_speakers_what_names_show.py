"""A name that "shows" something itself is no source (issue 16, session 13): "Only Leeds showed a loss", where
"figures from the ONS show" and "data compiled by X, show" name theirs. Sentences written for these tests."""

from claims.extraction.attribution import SpeakerTracker


def _speakers(*sentences: str) -> list[str]:
    tracker = SpeakerTracker()
    return [tracker.speaker_of(sentence) for sentence in sentences]


def test_a_name_showing_a_result_is_no_speaker():
    assert _speakers(
        "Only Stockport County showed a fall in attendance, with 2,100 empty seats.",
        "Mining and Quarrying (-3.1%), Construction (-2.2%) and Retail Trade showed decreases in the year.",
    ) == ["", ""]


def test_what_a_source_shows_keeps_the_source():
    assert _speakers(
        "Figures from the Office for National Statistics show employment rose by 90,000.",
        "The monthly jobless numbers, compiled by WorkForce Ohio, show that 60 counties improved.",
    ) == ["the Office for National Statistics", "WorkForce Ohio"]
