"""Random mixtures of session 11's shapes with hostile characters (CRLF, a BOM, zero-width and no-break spaces, a very
long line): extract() and the speakers' reading never crash, and every sentence returned is the page's own text at its
offsets. The mixtures are drawn from a fixed seed, so a failure repeats (#16, review11)."""

import random

import pytest

from claims.extraction import extract
from claims.extraction.speakers import sources_and_speakers

_FRAGMENTS = [
    *("Sheriff Jane Doe", " and ", "Chief Deputy John Roe", "Chiefs’ Andy Reid", "DSP Emeka Obi", " said ", " says "),
    *("The Deputy Minister of Agriculture", ", ", "Fisheries and Forestry", "the Acting Commissioner", "Hon "),
    *("Le directeur général du centre (CHM)", "Jean-Luc Defour", " interroge le maire", " : ", "« ", " »", "“", '"'),
    *(" a fait savoir que ", " faisait part d'", " une dizaine", " plus nombreux ", " is now predicting ", " you "),
    *(" said he felt ", " doing everything possible ", "la préfecture de Guadeloupe", " la préfecture ", " 3 % "),
    *("The opposition said", " what the prison system says ", " ont « neutralisé » 19 ", "Il ", "He ", " in 2019"),
    *(". ", "\r\n", "\n\n", "\ufeff", "\u200b", "\u200d", "\u00a0", "\u202f", "\t", "\u2028", "x" * 3000),
]


def _mixture(randomiser: random.Random) -> str:
    return "Prices in the region\n" + "".join(randomiser.choices(_FRAGMENTS, k=randomiser.randint(1, 60)))


@pytest.mark.parametrize("language", [None, "en", "fr"])
def test_random_mixtures_of_session_11_shapes_never_crash(language):
    randomiser = random.Random(11)
    for _ in range(60):
        text = _mixture(randomiser)
        result = extract(text, language=language, threshold=0.0)
        assert all(text[found.start : found.end] == found.text for found in result.claims + result.candidates)
        sentences = [sentence for sentence in text.split(". ") if sentence]
        sources, speakers = sources_and_speakers(sentences, text, language or "")
        assert len(sources) == len(speakers) == len(sentences)
