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


def test_according_to_the_ministry_is_the_ministry_the_page_named():
    sentences = [
        "Exports fell 3 per cent in May, according to data released by the Andean Trade Ministry on Monday.",
        "According to the ministry, imports rose 2 per cent.",
    ]
    assert speakers_of(sentences) == ["the Andean Trade Ministry", "the Andean Trade Ministry"]


def test_according_to_the_health_ministry_is_the_ministry_of_health_the_page_named():
    sentences = [
        "The Ministry of Health has opened three vaccination centres in the capital.",
        "According to the health ministry, 19 million children have been vaccinated.",
    ]
    text = " ".join(sentences)
    assert speakers_of(sentences, text)[1] == "the Ministry of Health"


def test_according_to_a_ministry_of_another_domain_names_no_one():
    sentences = [
        "The Ministry of Health has opened three vaccination centres in the capital.",
        "According to the finance ministry, the centres cost $4 million.",
    ]
    assert speakers_of(sentences, " ".join(sentences))[1] == ""


def test_according_to_a_ministry_the_page_never_names_names_no_one():
    assert speakers_of(["According to the ministry, imports rose 2 per cent."]) == [""]


def test_people_at_a_body_speak_for_the_body():
    sentences = [
        "Average wages rose 4 percent last year, according to economists at Farmwell.",
        "Its annual review says dry weather cut yields.",
    ]
    assert speakers_of(sentences) == ["Farmwell", "Farmwell"]


def test_what_the_agency_owns_speaks_for_the_agency_named_before():
    sentences = [
        "The toll has climbed to 12, the National Flood Response Agency (NFRA) said Thursday.",
        "Five of the deaths have been confirmed, the agency's latest situation report showed.",
    ]
    assert speakers_of(sentences) == ["the National Flood Response Agency"] * 2


def test_a_person_the_body_employs_is_no_document_of_it():
    sentences = [
        "The toll has climbed to 12, the National Flood Response Agency (NFRA) said Thursday.",
        "Five of the deaths have been confirmed, the agency's director said.",
    ]
    assert speakers_of(sentences)[1] == ""


def test_a_named_body_whose_officials_speak_is_the_speaker():
    assert speakers_of(["Harbour Patrol officials said all nine were taken into custody."]) == ["Harbour Patrol"]


def test_a_capitalised_word_opening_the_sentence_before_officials_names_no_body():
    assert speakers_of(["Health officials say one of the cases is a baby boy."]) == [""]
