"""Session 11's English speakers pass (#16, enspeakers7): a collective or unnamed body as the subject of a reporting
verb ("The opposition said", "the province said", "what the prison system says") is the speaker as written, where no
name, title, institution or pronoun points back to someone the page names. Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_a_collective_subject_is_the_speaker_as_written():
    sentences = [
        "The opposition said turnout fell to 31% in the capital.",
        "The province says none of the 12 new cases came from community transmission.",
    ]
    assert speakers_of(sentences) == ["the opposition", "the province"]


def test_a_collective_subject_after_an_opening_clause_or_after_what():
    sentences = [
        "In its spring update, the province said the deficit had reached $1.2 billion.",
        "He died in July of what the prison system says was a heart attack.",
    ]
    assert speakers_of(sentences) == ["the province", "the prison system"]


def test_what_shows_is_no_speaker():
    assert speakers_of(["The footage shows 40 people on a small boat."]) == [""]


def test_the_subject_of_a_passive_is_no_speaker():
    assert speakers_of(["The accused is alleged to have imported 3 kg of cocaine."]) == [""]


def test_a_collective_inside_a_quotation_is_no_speaker():
    assert speakers_of(["“As we found in March, the suspects admitted 14 burglaries in the town."]) == [""]


def test_an_institution_still_points_back_to_the_organisation_named():
    sentences = [
        "Northwind Energy Corporation said profit rose 8%.",
        "The company said revenue reached $3 billion.",
    ]
    assert speakers_of(sentences)[1] == "Northwind Energy Corporation"
