"""The reporting verbs of news writing in every attribution shape (issue 16, point 4): the standard set of speech-act
verbs ("advised", "contended", « a fait savoir », « observe »), with sentences written for these tests."""

import pytest

from claims.extraction.attribution import SpeakerTracker


def _speaker(sentence: str) -> str:
    return SpeakerTracker().speaker_of(sentence)


@pytest.mark.parametrize(
    "verb",
    [
        "acknowledges",
        "admits",
        "advised",
        "advises",
        "commented",
        "contended",
        "contends",
        "declares",
        "described",
        "indicated",
        "indicates",
        "maintained",
        "maintains",
        "observed",
        "observes",
        "remarked",
        "suggested",
        "suggests",
        "testifies",
    ],
)
def test_an_english_reporting_verb_names_its_subject(verb):
    assert _speaker(f"Jane Okoro {verb} that 40 workers were laid off in May.") == "Jane Okoro"


@pytest.mark.parametrize("verb", ["observed", "remarked", "commented", "maintained", "indicated"])
def test_an_english_reporting_verb_after_the_quotation_names_the_speaker_after_it(verb):
    assert _speaker(f"“Forty workers were laid off,” {verb} Jane Okoro.") == "Jane Okoro"


def test_a_verb_whose_object_follows_it_is_not_inverted():
    assert _speaker("Prices rose by 4% in May, advised Jane Okoro's lawyers in a letter.") == ""
    assert _speaker("Jane Okoro has written that 40 workers were laid off.") == "Jane Okoro"


@pytest.mark.parametrize(
    "sentence",
    [
        "Jeanne Martin a fait savoir que 40 salariés avaient été licenciés.",
        "Jeanne Martin fait part de 40 licenciements en mai.",
        "Jeanne Martin faisait état de 40 licenciements en mai.",
        "Jeanne Martin a également fait part d’une hausse de 4 % des prix.",
        "Jeanne Martin note que 40 salariés ont été licenciés.",
        "Jeanne Martin avait observé une hausse de 4 % des prix.",
        "Jeanne Martin a avancé le chiffre de 40 licenciements.",
        "Jeanne Martin commente une hausse de 4 % des prix.",
        "« Quarante salariés ont été licenciés », avance Jeanne Martin.",
        "« Quarante salariés ont été licenciés », a fait savoir Jeanne Martin.",
        "« Quarante salariés ont été licenciés », observait Jeanne Martin.",
    ],
)
def test_a_french_reporting_verb_names_its_speaker_in_every_tense_and_order(sentence):
    assert SpeakerTracker().speaker_of(sentence) == "Jeanne Martin"


@pytest.mark.parametrize("incise", ["dit-il", "répond-il", "poursuit-il", "écrit-il"])
def test_the_french_incise_without_t_points_back_to_the_last_person(incise):
    tracker = SpeakerTracker()
    tracker.speaker_of("Jean Dupont a déclaré que les prix avaient augmenté de 4 %.")
    assert tracker.speaker_of(f"Quarante salariés ont été licenciés, {incise}.") == "Jean Dupont"


def test_a_question_with_an_inverted_pronoun_is_no_incise():
    tracker = SpeakerTracker()
    tracker.speaker_of("Jean Dupont a déclaré que les prix avaient augmenté de 4 %.")
    assert tracker.speaker_of("Est-il vrai que 40 salariés ont été licenciés ?") == ""


def test_the_one_quoted_as_saying_is_the_speaker_whatever_stands_before_the_name():
    assert _speaker("Port director-general Amina Rahman was quoted by local radio as saying 40 ships were held.") == (
        "Amina Rahman"
    )


@pytest.mark.parametrize("participle", ["warning", "explaining", "arguing", "stressing", "acknowledging"])
def test_a_clause_opened_by_a_reporting_participle_is_the_sentence_subjects(participle):
    assert _speaker(f"Mayor Jane Okoro toured the flooded district, {participle} that 40 homes were lost.") == (
        "Jane Okoro"
    )
