"""Session 12's second English speakers pass (#16, enspeakers9): speakers given where the page names none. A
sentence's opening word before a comma is no speaker when the words before the verb make a clause of their own ("was
revealed", "I was told"), nor is it carried to the next sentence. Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_an_opening_word_before_a_passive_is_no_speaker_nor_carried():
    sentences = [
        "Afterwards, was revealed that two passengers had been taken to the district hospital.",
        "He explained that the line reopened at noon.",
    ]
    assert speakers_of(sentences) == ["", ""]


def test_an_opening_word_before_a_pronoun_and_a_passive_is_no_speaker():
    sentences = ["“Last Tuesday, I was told that the clinic had run out of vaccines.", "It was the supplier's fault."]
    assert speakers_of(sentences) == ["", ""]


def test_a_name_with_an_apposition_still_speaks():
    assert speakers_of(["Jane Doe, the mayor, said the bridge cost $4 million."]) == ["Jane Doe"]
    assert speakers_of(["Jane Doe, 54, who chairs the board, said costs rose 4%."]) == ["Jane Doe"]
