"""Three guards of session 11's speaker code that refused or recorded too much (#16, guards11, after review11): a
French "fait part" with its listener, a possessive kept on a person's name, a first name alone before "and".
Sentences written for these tests, in no held-out page."""

from claims.extraction.page_names import names_on
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


def test_a_name_ending_with_a_possessive_is_never_recorded_with_it():
    for page in ["Jane Doe’s car was found near the bridge.", "Officers found Jane Doe's car near the bridge."]:
        people = names_on(page).people
        assert not any(person.endswith(("’s", "'s")) for person in people), people


def test_an_owner_at_a_runs_end_is_recorded_without_its_possessive():
    assert "Jane Doe" in names_on("Jane Doe’s car was found near the bridge.").people
    assert "Tom Jones" in names_on("Officers found Tom Jones' car near the bridge.").people


def test_a_sentences_first_word_is_no_first_name_in_a_run_joined_by_and():
    page = "The council met yesterday. Yesterday Jane and John Roe said the road would close."
    people = names_on(page).people
    assert "Yesterday Jane" not in people
    assert "John Roe" in people


def test_a_name_opening_a_sentence_stays_whole_in_a_run_joined_by_and():
    page = "The council met yesterday. Jane Doe and John Roe said the road would close."
    assert names_on(page).people == ["Jane Doe", "John Roe"]
