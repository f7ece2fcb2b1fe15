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
