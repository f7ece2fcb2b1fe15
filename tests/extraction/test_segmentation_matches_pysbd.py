"""Our segmenter is a faster stand-in for pysbd: on real prose both must cut the same sentences."""

from pathlib import Path

import pysbd
import pytest
from django.conf import settings

from claims.extraction import cleaning, segmentation

ARTICLES = [
    ("fr", settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"),
    ("fr", Path(__file__).parent / "fixtures" / "hopitaux-fr.txt"),
    ("en", Path(__file__).parent / "fixtures" / "tram-en.txt"),
]


@pytest.mark.parametrize("language,path", ARTICLES, ids=[path.name for _, path in ARTICLES])
def test_it_cuts_the_same_sentences_as_pysbd(language, path):
    reference = pysbd.Segmenter(language=language, clean=False)
    text = path.read_text(encoding="utf-8")
    for block in cleaning.clean(text).blocks:
        paragraph = text[block.start : block.end]
        assert segmentation.split(paragraph) == [s.strip() for s in reference.segment(paragraph) if s.strip()]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Rents rose 4% in the city.The council blamed a shortage of homes.",
            ["Rents rose 4% in the city.", "The council blamed a shortage of homes."],
        ),
        (
            "Le maire a démissionné mardi.“Nous avons perdu la confiance”, a-t-il dit.",
            ["Le maire a démissionné mardi.", "“Nous avons perdu la confiance”, a-t-il dit."],
        ),
        ("He moved to the U.S.Army base in 1990.", ["He moved to the U.S.Army base in 1990."]),
    ],
)
def test_paragraphs_joined_without_a_space_are_cut_after_a_lower_case_word(text, sentences):
    assert segmentation.split(text) == sentences


def test_an_automatic_transcript_in_lower_case_is_cut_into_sentences():
    transcript = "good evening. the council voted to close two schools. parents say 300 pupils will move."
    assert segmentation.split(transcript) == [
        "good evening.",
        "the council voted to close two schools.",
        "parents say 300 pupils will move.",
    ]


def test_prose_with_capitals_is_not_cut_before_a_lower_case_word():
    assert segmentation.split("Prices rose 3 p.c. on average. next year they may fall.") == [
        "Prices rose 3 p.c. on average. next year they may fall."
    ]


def test_paragraphs_joined_after_a_dotted_acronym_are_cut_before_a_word_that_opens_sentences():
    assert segmentation.split("The storm hit Washington, D.C.The city closed 40 schools.") == [
        "The storm hit Washington, D.C.",
        "The city closed 40 schools.",
    ]


# Ninth pass (#16): a quotation in straight single quotes opens a sentence; the sentences are written for the test.
@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Les fouilles ont pris fin mardi. 'Le quartier est rouvert', a dit le maire.",
            ["Les fouilles ont pris fin mardi.", "'Le quartier est rouvert', a dit le maire."],
        ),
        (
            "The road reopened at noon. 'All lanes are clear now,' the police said.",
            ["The road reopened at noon.", "'All lanes are clear now,' the police said."],
        ),
    ],
)
def test_a_quotation_in_straight_single_quotes_opens_a_sentence(text, sentences):
    assert segmentation.split(text) == sentences


def test_a_straight_single_quote_glued_to_a_full_stop_closes_the_quotation():
    text = "He called the vote 'a farce.' The council met again on Monday."
    assert segmentation.split(text) == ["He called the vote 'a farce.'", "The council met again on Monday."]
