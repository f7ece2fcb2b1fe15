"""Session 13's second-wave English speakers pass (#16, enspeakers11). A rank abbreviated before a name ("Lt. Col.",
"Sgt.") is a title, not part of the name, and its full stop ends no sentence; a person "of" or "from" an organisation
speaks, not the organisation. Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_an_abbreviated_rank_is_no_part_of_the_name():
    sentences = [
        "Minister of Transport, Lt. Col. Harold Grant, speaking at a briefing today, stressed that: “the new buses "
        "will run from May”.",
        "Capt. Amy Ford said the ferry was towed back to port.",
    ]
    assert speakers_of(sentences) == ["Harold Grant", "Amy Ford"]


def test_the_rank_and_surname_stand_for_the_person_named_whole():
    sentences = [
        "“The seizure was the largest this year,” said Sgt. Tim Walker of the Oakdale Police Department.",
        "“We see this much maybe twice a year,” said Sgt. Walker.",
    ]
    assert speakers_of(sentences)[1] == "Tim Walker"


def test_a_person_of_an_organisation_speaks_not_the_organisation():
    sentences = [
        "Rose Dunn of Leeds Tenants Federation responded by saying rents had doubled in five years.",
        "Tom Hale from Unison said 300 jobs had already gone at the council.",
        "Jane Roe from Leeds said the road had been shut since Monday.",
    ]
    assert speakers_of(sentences) == ["Rose Dunn", "Tom Hale", "Jane Roe"]


def test_an_organisation_named_with_of_stays_whole():
    sentences = [
        "The London School of Economics said rents had doubled in five years.",
        "The British Chambers of Commerce said exports fell 2% in March.",
        "Figures from the ONS show exports fell 2% in March.",
    ]
    assert speakers_of(sentences) == ["the London School of Economics", "the British Chambers of Commerce", "the ONS"]
