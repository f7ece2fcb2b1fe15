"""Random mixtures of session 11's shapes with hostile characters (CRLF, a BOM, zero-width and no-break spaces, a very
long line): extract() and the speakers' reading never crash, and every sentence returned is the page's own text at its
offsets. The mixtures are drawn from a fixed seed, so a failure repeats (#16, review11); and session 12's (review12)."""

import random

import pytest

from claims.extraction import extract
from claims.extraction.page_names import NAME_MAX_CHARS
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


# Session 12's shapes (#16, review12), with control characters, bidirectional marks, other scripts and a 400-character
# capitalised run: a speaker is never longer than a Claim holds.
_FRAGMENTS_12 = [
    *("Statement by ", "Discours du Premier ministre ", "Jane Doe", " - Remarks - ", "Coast Guard officials said "),
    *("according to economists at Teagasc", "Its annual review says ", "the agency's latest report showed "),
    *("Le chef de corps de la police de Liège avait affirmé ", ", a dit le procureur", "Selon le maire de "),
    *(
        "Ankara-SANA/ ",
        "iGFM - (Dakar) ",
        "Accra, Aug. 7, GNA - ",
        "    -Xinhua",
        " Source: 1 NEWS",
        " en compte 54.000",
    ),
    *("Jean Lassalle : 1,5 %", "Pays de la Loire: 79.500", "Jane Roe (Party) 47,3 % RÉÉLUE", "Le bilan fait état de :"),
    *("Télécharger les données (format Excel)", "— Jane Doe (@janedoe) 10 juin 2018", "(@", " (CODIS)", "((("),
    *("We are in very good shape", " nous avons décidé", "Selon son rapport annuel, le métro de Paris a atteint 3 %"),
    *(
        "Premier Brad Wall: In many respects it rose",
        "CTV News: Are you sure of it",
        "according to the health ministry",
    ),
    *(
        "\x00",
        "\x01",
        "\u202e",
        "\u200f",
        "\u05e9\u05dc\u05d5\u05dd",
        "北京",
        "Abcdefgh " * 50,
        ". ",
        "\n",
        "\n\n",
        "« ",
    ),
]


@pytest.mark.parametrize("language", [None, "en", "fr"])
def test_random_mixtures_of_session_12_shapes_never_crash_nor_overflow_a_speaker(language):
    randomiser = random.Random(12)
    for _ in range(60):
        text = "".join(randomiser.choices(_FRAGMENTS_12, k=randomiser.randint(1, 60)))
        result = extract(text, language=language, threshold=0.0)
        found = result.claims + result.candidates
        assert all(text[sentence.start : sentence.end] == sentence.text for sentence in found)
        assert all(len(sentence.speaker) <= NAME_MAX_CHARS for sentence in found)
