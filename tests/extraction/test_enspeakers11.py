"""Session 13's second-wave English speakers pass (#16, enspeakers11). A rank abbreviated before a name ("Lt. Col.",
"Sgt.") is a title, not part of the name, and its full stop ends no sentence. Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_an_abbreviated_rank_is_no_part_of_the_name():
    sentences = [
        "Minister of Transport, Lt. Col. Harold Grant, speaking at a briefing today, stressed that: “the new buses "
        "will run from May”.",
        "Capt. Amy Ford said the ferry was towed back to port.",
    ]
    assert speakers_of(sentences) == ["Harold Grant", "Amy Ford"]
