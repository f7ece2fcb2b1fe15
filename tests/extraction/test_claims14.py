"""Session 13, second wave (#16, claims on fresh outlets): shapes of news writing behind misses and false claims of
the twenty-second round's tune pages. Sentences here are written for these tests and are in no held-out file."""

import pytest

from claims.extraction.segmentation import split


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Les grévistes dénoncent un “passage en force”.Cette réforme entre en vigueur lundi.",
            ["Les grévistes dénoncent un “passage en force”.", "Cette réforme entre en vigueur lundi."],
        ),
        (
            "Le maire a parlé de «vandalisme».Trois bus ont été incendiés.",
            ["Le maire a parlé de «vandalisme».", "Trois bus ont été incendiés."],
        ),
        (
            'The union called it a "betrayal".Talks resume on Monday.',
            ['The union called it a "betrayal".', "Talks resume on Monday."],
        ),
    ],
)
def test_paragraphs_glued_after_a_closing_quote_are_split(text, sentences):
    assert split(text) == sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "La coupure a touché tout le réseau.D'autres quartiers restent privés d'eau.",
            ["La coupure a touché tout le réseau.", "D'autres quartiers restent privés d'eau."],
        ),
        (
            "Le pont a été fermé à la circulation.L’entreprise chargée des travaux a été mise en demeure.",
            ["Le pont a été fermé à la circulation.", "L’entreprise chargée des travaux a été mise en demeure."],
        ),
    ],
)
def test_paragraphs_glued_before_an_elided_word_are_split(text, sentences):
    assert split(text) == sentences


@pytest.mark.parametrize(
    "text",
    [
        "Il a rencontré M. O'Neill hier.",
        "Le site « www.exemple.fr » est fermé.",
    ],
)
def test_no_break_inside_names_and_addresses(text):
    assert split(text) == [text]
