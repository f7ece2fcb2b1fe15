"""Three guards of session 11's speaker code that refused or recorded too much (#16, guards11, after review11): a
French "fait part" with its listener, a possessive kept on a person's name, a first name alone before "and".
Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def _speaker(sentence: str, language: str) -> str:
    return speakers_of([sentence], sentence, language)[0]


def test_fait_part_with_a_listener_before_what_is_told_reports():
    for sentence in [
        "Paul Martin a fait part à ses proches de son inquiétude face à la hausse des loyers.",
        "Paul Martin a fait part aux journalistes de son inquiétude face à la hausse des loyers.",
        "Paul Martin a fait part à l'AFP de son inquiétude face à la hausse des loyers.",
    ]:
        assert _speaker(sentence, "fr") == "Paul Martin", sentence


def test_fait_partie_is_still_no_reporting_verb():
    assert _speaker("Paul Martin fait partie à son tour des élus opposés au projet.", "fr") == ""
