"""A page that is one person's own words (#16, docspeakers12): a speech, statement or remarks under a heading naming
the person speaking ("Discours du Premier ministre X", "Statement by Police Commissioner X", "X - Remarks - …") gives
that person to its first-person body, and to no sentence the page itself says about them. Pages written for these
tests, in no held-out page."""

import pytest

from claims.extraction import extract
from tests.extraction.read_speakers import speakers_by_sentence


def test_a_statement_under_a_statement_by_heading_is_its_authors_up_to_the_signature():
    text = (
        "Statement by Police Commissioner Jane Holt\n\n"
        "“Burglaries fell by 14% over the year. Our officers made 1,200 arrests in 2023.”\n\n"
        "Police Commissioner Jane P. Holt\n\n"
        "Background figures\n\n"
        "In 2022 the force made 1,400 arrests and recorded 9,000 burglaries."
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["“Burglaries fell by 14% over the year."] == "Jane Holt"
    assert speakers["Our officers made 1,200 arrests in 2023.”"] == "Jane Holt"
    assert speakers["In 2022 the force made 1,400 arrests and recorded 9,000 burglaries."] == ""


def test_remarks_under_a_heading_opening_with_the_speakers_name_are_theirs():
    text = (
        "Hon. Peter Grant - Remarks - Opening of the Northgate Clinic\n\n"
        "Good morning. We have hired 300 nurses since 2021. The clinic cost $12 million to build."
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["We have hired 300 nurses since 2021."] == "Peter Grant"
    assert speakers["The clinic cost $12 million to build."] == "Peter Grant"


@pytest.mark.parametrize(
    "heading",
    [
        "Discours du ministre de l’Économie Paul Girard à Lyon",
        "Discours de la Première ministre Paul Girard à Lyon",
        "Déclaration de M. Paul Girard",
    ],
)
def test_a_french_speech_under_a_heading_naming_its_speaker_is_theirs_throughout(heading):
    text = (
        f"{heading}\n\n"
        "Mesdames et Messieurs, je suis heureux d’être parmi vous. Le chômage a baissé de 2 % en un an. "
        "Nous avons ouvert 40 crèches depuis 2022."
    )
    speakers = speakers_by_sentence(text, "fr")
    assert speakers["Le chômage a baissé de 2 % en un an."] == "Paul Girard"
    assert speakers["Nous avons ouvert 40 crèches depuis 2022."] == "Paul Girard"


def test_the_page_reporting_the_speaker_in_the_third_person_ends_their_words():
    text = (
        "Speech by Jane Holt in Ottawa\n\n"
        "We hired 300 nurses in 2023. Holt then left for Toronto, where the party met on Friday. "
        "The party has 40,000 members."
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["We hired 300 nurses in 2023."] == "Jane Holt"
    assert speakers["The party has 40,000 members."] == ""


def test_a_report_about_a_speech_gives_the_page_s_own_sentences_no_speaker():
    text = (
        "Discours de Paul Girard : ce qu’il faut retenir\n\n"
        "Le ministre Paul Girard a annoncé samedi l’ouverture de 40 crèches. "
        "« Nous avons tenu parole », a-t-il dit. La ville compte 500 000 habitants."
    )
    assert speakers_by_sentence(text, "fr")["La ville compte 500 000 habitants."] == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # no first person: the page's own account under the heading
        ("Statement by Jane Holt\n\nThe council approved the budget on Monday. Taxes rose by 3% in 2023.", "en"),
        # an organisation, not a person
        ("Statement by the Council of Europe\n\nWe adopted 12 resolutions in 2023. Taxes rose by 3% in 2023.", "en"),
        # an interview is an exchange: without labels it does not say who says what
        ("Jane Holt - Interview - Radio North\n\nWe hired 300 nurses in 2023. Taxes rose by 3% in 2023.", "en"),
        ("Paul Girard : entretien\n\nNous avons ouvert 40 crèches. Les impôts ont augmenté de 3 % en 2023.", "fr"),
        # someone else's words about the person
        ("Statement from the family of Jane Holt\n\nWe thank the nurses. She worked there for 30 years.", "en"),
    ],
)
def test_no_speaker_without_a_person_speaking_in_the_first_person_under_a_speech_heading(text, language):
    speakers = speakers_by_sentence(text, language)
    assert speakers and set(speakers.values()) == {""}


def test_a_transcript_with_labels_keeps_each_turn_to_its_label():
    text = (
        "Remarks by Minister Jane Holt\n\n"
        "HOLT: We hired 300 nurses in 2023.\n"
        "JOURNALIST: Is 300 nurses enough for a city of 2 million people?\n"
        "HOLT: The waiting list fell by 12% in 2023."
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["JOURNALIST: Is 300 nurses enough for a city of 2 million people?"] == ""


def test_a_french_speech_s_sentences_are_read_as_its_speaker_s_statements_by_the_claim_gate():
    # The French gate holds back a sentence with no cue of a fact and no source; in a speech, the speaker is the source.
    body = (
        "La demande de logements sociaux, raison également de ma visite ici avec le ministre chargé du Logement, "
        "augmente."
    )
    speech = extract(f"Discours du ministre du Logement Paul Girard à Lyon\n\n{body}", language="fr")
    visit = extract(f"Une visite à Lyon\n\n{body}", language="fr")
    assert [claim.text for claim in speech.claims] == [body]
    assert visit.claims == []


_INTERVIEW = (
    "Radio North sat down with Mayor Jane Holt for her year-end interview.\n\n"
    "Radio North: How did the year go for the city and its people?\n\n"
    "Mayor Jane Holt: It was a good year for all of us. We hired 300 nurses in 2023.\n\n"
    "Radio North: What about the budget this year, after the cuts?\n\n"
    "Mayor Jane Holt: The budget was balanced in March for the first time since 2015.\n\n"
    "The council meets again on Friday to approve 12 projects."
)


def test_an_interview_s_turns_labelled_in_ordinary_case_are_the_interviewees_up_to_the_line_s_end():
    speakers = speakers_by_sentence(_INTERVIEW, "en")
    assert speakers["We hired 300 nurses in 2023."] == "Jane Holt"
    assert speakers["Mayor Jane Holt: The budget was balanced in March for the first time since 2015."] == "Jane Holt"
    assert speakers["Radio North: What about the budget this year, after the cuts?"] != "Jane Holt"  # the question
    assert speakers["The council meets again on Friday to approve 12 projects."] == ""  # the page's own line


def test_a_french_interview_s_turns_labelled_with_a_space_before_the_colon_are_the_interviewees():
    text = (
        "Paul Girard était l’invité de Radio Sud jeudi.\n\n"
        "Journaliste : Bonjour et merci d’être venu ce matin.\n\n"
        "Paul Girard : Merci de l’invitation à votre émission. Nous avons ouvert 40 crèches en 2023.\n\n"
        "Journaliste : Et le budget de la ville, il est voté quand ?"
    )
    speakers = speakers_by_sentence(text, "fr")
    assert speakers["Nous avons ouvert 40 crèches en 2023."] == "Paul Girard"
    assert speakers["Journaliste : Et le budget de la ville, il est voté quand ?"] == ""


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a list of results: a figure after each name, no turn of words
        ("Jean Dupont arrive en tête.\n\nJean Dupont : 5 %\n\nMarie Roux : 3,2 %\n\nJean Dupont : 5 %", "fr"),
        # labels that never recur: no exchange
        ("Jane Holt spoke on Monday.\n\nJane Holt: We hired 300 nurses in 2023 and 40 doctors.", "en"),
        # a name only ever written as a label is no one the page names
        (
            "Night Desk: The road reopened at noon after the crash.\n\n"
            "Night Desk: Fire crews left the scene at 3pm on Sunday.",
            "en",
        ),
    ],
)
def test_labels_in_ordinary_case_name_no_one_outside_an_exchange_with_a_person_the_page_names(text, language):
    speakers = speakers_by_sentence(text, language)
    assert speakers and set(speakers.values()) == {""}


def test_a_speech_heading_gives_no_one_the_turns_of_an_interview_labelled_in_ordinary_case():
    # the heading names her, no introduction does; the interviewer speaks in the first person too
    interview = (
        _INTERVIEW.replace("Radio North: How", "Q: As I told our listeners, how")
        .replace("Radio North:", "Q:")
        .split("\n\n", 1)[1]
    )
    speakers = speakers_by_sentence(f"Remarks by Mayor Jane Holt\n\n{interview}", "en")
    assert speakers["Q: As I told our listeners, how did the year go for the city and its people?"] == ""


def test_a_transcript_s_first_label_left_out_of_its_sentence_by_cleaning_still_names_the_first_turn():
    text = (
        "Release type: Transcript\n\n\n"
        "Interview with Tom Reed on City Radio\n\n\n"
        "The Hon Jane Holt MP\n"
        "Minister for Health\n\n"
        "TOM REED: Hospital waiting lists grew by 8% in 2023. That is the largest rise since 2010.\n\n"
        "JANE HOLT: The waiting list fell by 3% in the last quarter.\n\n"
        "TOM REED: Is that enough for patients waiting in pain?"
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["Hospital waiting lists grew by 8% in 2023."] == "Tom Reed"
    assert speakers["That is the largest rise since 2010."] == "Tom Reed"
