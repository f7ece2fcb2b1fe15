"""A news page fetched as HTML (#16, point 3): what its markup says is not prose never becomes a claim. trafilatura
leaves out navigation, figures and their captions, asides, link lists and comments; the reader takes the full stop off
the headings it keeps, so that the extractor reads them as headings; archive banners are site notices. The pages are
written for these tests, in no held-out set."""

from pathlib import Path

import pytest

from claims.extraction import extract
from claims.readers import read_html

FIXTURES = Path(__file__).with_name("fixtures")

PAGES = {
    "jobs-en.html": (
        "en",
        [
            "The unemployment rate fell to 3.9 percent in May, the Labor Department said on Friday, as employers added"
            " 272,000 jobs.",
            "Wages rose 4.1 percent from a year earlier, the department said.",
            "Economists polled by Reuters had expected 190,000 jobs.",
        ],
    ),
    "secheresse-fr.html": (
        "fr",
        [
            "Quarante communes du Gard sont alimentées par camion-citerne depuis lundi, a indiqué la préfecture.",
            "Les nappes phréatiques sont à 30 % de leur niveau habituel, selon le BRGM.",
            "Le débit du Gardon a été divisé par deux en un mois, précise la préfecture.",
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_only_the_article_sentences_of_an_html_page_are_claims(name):
    language, expected = PAGES[name]
    document = read_html((FIXTURES / name).read_bytes(), url=f"https://news.example/{name}")

    assert [claim.text for claim in extract(document.text, language=language).claims] == expected


def test_a_heading_keeps_its_words_without_its_full_stop():
    document = read_html((FIXTURES / "secheresse-fr.html").read_bytes())

    assert "\nLe débit du Gardon a baissé de moitié\n" in document.text
    assert "Le débit du Gardon a été divisé par deux en un mois, précise la préfecture." in document.text
