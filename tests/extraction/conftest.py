from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).with_name("fixtures")


@pytest.fixture
def sample_text() -> str:
    return (REPO / "samples" / "peskov-renseignements-fr.txt").read_text(encoding="utf-8")


@pytest.fixture
def english_article() -> str:
    return (FIXTURES / "tram-en.txt").read_text(encoding="utf-8")


@pytest.fixture
def french_article() -> str:
    return (FIXTURES / "hopitaux-fr.txt").read_text(encoding="utf-8")
