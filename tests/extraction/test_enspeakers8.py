"""Session 12's English speakers pass (#16, enspeakers8): plainly attributed sentences that got no speaker. An
organisation whose name joins two parts by "and" ("the Flood Risk Reduction and Management Council") is one speaker,
not two people; "according to the ministry" is the ministry the page names whole. Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_an_organisation_joining_two_parts_by_and_is_one_speaker():
    sentences = [
        "Floods have cut 40 roads in the north, the National Flood Risk Reduction and Management Council (NFRRMC) "
        "said on Friday.",
        "Rice exports rose 6 per cent, according to data released by Andean Farming and Fisheries Ministry on Monday.",
    ]
    assert speakers_of(sentences) == [
        "the National Flood Risk Reduction and Management Council",
        "Andean Farming and Fisheries Ministry",
    ]


def test_two_people_joined_by_and_are_still_no_single_speaker():
    assert speakers_of(["Jane Doe and John Roe said the fund lost $4 million."]) == [""]
