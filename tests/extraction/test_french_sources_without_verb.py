"""French sources named without a reporting verb of their own (#16, speakers8): "Pour X, …" and an inverted
impersonal "on" ("a-t-on appris auprès de X"). They are the speaker shown, not a source for the claim gate. Sentences
written for these tests, in no held-out page."""

import pytest

from claims.extraction.page_names import NAME_MAX_CHARS
from claims.extraction.speakers import sources_and_speakers, speakers_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Pour la fédération FCPE, la hausse des effectifs atteint 12 % cette année.", "la fédération FCPE"),
        ("Pour le Medef, le coût de la mesure dépasse deux milliards d'euros.", "le Medef"),
        ("Pour l’intersyndicale CGT-FO, 300 postes ont été supprimés.", "l’intersyndicale CGT-FO"),
        ("Pour Paul Girard, le nombre de contrôles a doublé depuis 2020.", "Paul Girard"),
    ],
)
def test_pour_then_a_name_set_off_by_a_comma_is_the_speaker_shown(sentence, speaker):
    assert speakers_of([sentence], language="fr") == [speaker]


def test_pour_with_a_title_is_the_whole_name_the_page_gives():
    sentences = ["La ministre Claire Fontaine était à Lyon lundi.", "Pour Mme Fontaine, le chômage a reculé de 2 %."]
    assert speakers_of(sentences, language="fr")[1] == "Claire Fontaine"


@pytest.mark.parametrize(
    "sentence",
    [
        "Pour le moment, 40 logements ont été livrés.",
        "Pour 2024, le budget atteint 3 millions d'euros.",
        "Pour le seul département du Nord, 300 postes sont supprimés.",
        "Pour Lyon, la facture atteint 3 millions d'euros.",  # a lone name may be a place's
    ],
)
def test_pour_framing_a_time_a_subject_or_a_place_names_no_one(sentence):
    assert speakers_of([sentence], language="fr") == [""]


def test_pour_does_not_override_a_speaker_the_sentence_names():
    sentence = "Pour le Medef, le coût dépasse deux milliards, a déclaré Paul Girard."
    assert speakers_of([sentence], language="fr") == ["Paul Girard"]


def test_pour_is_shown_but_is_no_source_for_the_claim_gate():
    sentence = "Pour le Medef, le coût de la mesure dépasse deux milliards d'euros."
    assert sources_and_speakers([sentence], language="fr") == ([""], ["le Medef"])


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Deux voitures ont été incendiées dans la nuit, a-t-on appris auprès des pompiers.", "les pompiers"),
        ("Le bilan s'élève à trois morts, a-t-on appris mardi auprès de la préfecture du Var.", "la préfecture du Var"),
        ("« Le déficit sera tenu à 5 % », a-t-on assuré à Bercy.", "Bercy"),
    ],
)
def test_an_inverted_on_names_where_the_words_were_heard(sentence, speaker):
    assert speakers_of([sentence], language="fr") == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "Vingt personnes ont été condamnées, a-t-on appris de source judiciaire.",
        "Deux suspects ont été arrêtés, a-t-on appris auprès de sources proches du dossier.",
        "Le chômage a reculé de 2 %, a-t-on indiqué à Reuters.",  # a medium after "à" is who was told
    ],
)
def test_an_inverted_on_with_no_named_source_names_no_one(sentence):
    assert speakers_of([sentence], language="fr") == [""]


def test_english_copy_is_unchanged():
    assert speakers_of(["For the union, the cut reaches 12% this year."], language="en") == [""]


LONG_NAME = " ".join(["Abc"] * 100) + " Def"  # 404 characters of capitalised words


@pytest.mark.parametrize(
    "sentence",
    [
        f"Pour {LONG_NAME}, la hausse du chômage atteint 3 % en 2023.",
        f"Le chômage a baissé de 3 % en 2023, a-t-on appris auprès de {LONG_NAME}.",
        f"Le chômage a baissé de 3 % en 2023, a-t-on déclaré à {LONG_NAME}.",
    ],
)
def test_a_source_named_without_a_verb_is_never_longer_than_a_claim_holds(sentence):
    # Claim.speaker holds NAME_MAX_CHARS: a longer one would fail the claim's save on PostgreSQL.
    sources, shown = sources_and_speakers([sentence], sentence, "fr")
    assert all(len(speaker) <= NAME_MAX_CHARS for speaker in sources + shown)
