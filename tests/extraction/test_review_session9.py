"""Session 9's review (#16): inputs that crashed extract() through the session's speaker shapes, and the
200-character cap on every new speaker path; names and lines written for these tests."""

import pytest

from claims.extraction.names import clean_name
from claims.extraction.page_names import NAME_MAX_CHARS
from claims.extraction.titles import is_office
from tests.extraction.read_speakers import speakers_in_order


def test_no_words_are_no_office():
    # "l'armée" is one lower-case word: without its article nothing is left to be an office's name
    assert not is_office([])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Les prix\nLes prix du blé ont baissé de 5 %, a indiqué l'armée.", "l'armée"),
        ("Les prix\nL’ambassade a indiqué que 5 personnes sont arrivées.", "l’ambassade"),
    ],
)
def test_an_organisation_of_one_elided_word_speaks_without_error(text, speaker):
    assert speakers_in_order(text) == [speaker]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Minister Of Labour", "Minister"),
        ("MINISTER FOR LANDS", "MINISTER"),
        ("Minister For Lands and Mines", "Minister"),
    ],
)
def test_a_title_and_its_domain_in_capitals_is_the_title(name, title):
    assert clean_name(None, name) == title


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Les prix\n« Les loyers ont baissé de 5 % », précise le rapport du.", ""),
        ("Les prix\n« Les loyers ont baissé de 5 % », précise le rapport de, hier, la mairie.", "la mairie"),
        ("Les prix\nSelon les chiffres du (Xyz), les loyers ont baissé de 5 %.", ""),
        ("Les prix\nSelon un rapport du «Xyz», les loyers ont baissé de 5 %.", ""),
    ],
)
def test_a_document_with_no_author_after_its_complement_is_read_without_error(text, speaker):
    assert speakers_in_order(text) == [speaker]


LONG_WORD = "Ab" + "c" * 298  # a capitalised "name" of 300 characters


@pytest.mark.parametrize(
    "text",
    [
        f"Prices\nFisheries minister {LONG_WORD} {LONG_WORD} said prices rose 5%.",
        f'Prices\n"Prices rose 5%," said Texas Department spokesperson {LONG_WORD} {LONG_WORD}.',
        f"Prices\nHousing minister {LONG_WORD} {LONG_WORD} has followed it. He said prices rose 5%.",
        f"Prices\nPrices rose 5%, according to Minister of Labour, {LONG_WORD} {LONG_WORD}.",
        f"Les prix\nSelon le bilan du nouveau préfet, {LONG_WORD} {LONG_WORD}, les prix ont augmenté de 5 %.",
        f"Les prix\n« Les prix ont augmenté de 5 % », précise le rapport du préfet, {LONG_WORD} {LONG_WORD}.",
        f"Les prix\nC’est l’annonce faite par le maire, {LONG_WORD} {LONG_WORD}, qui a ajouté que les prix montent.",
    ],
)
def test_no_speaker_found_by_session_nines_shapes_is_longer_than_a_claim_holds(text):
    assert all(len(speaker) <= NAME_MAX_CHARS for speaker in speakers_in_order(text))
