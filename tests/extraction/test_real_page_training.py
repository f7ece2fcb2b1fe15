"""Training on real pages, measured by cross-validation (bench/train_on_real_pages.py, #16 eighth pass): each page is
scored by a model trained without it, the training is deterministic, and a stand-in model scores only inside its
block."""

import json
import sys

import pytest

from claims.extraction.model import score, scoring_with

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench import train_checkworthy
from bench.eval_real_pages import Page, Tally, row_range
from bench.train_checkworthy import Recipe, Sentences, train_model
from bench.train_on_real_pages import (
    FOLDS,
    fold_models,
    fold_of,
    print_rows_for_the_record,
    tune_sentences,
)

CLAIM = "The council spent 4 million pounds on the new bridge last year, its accounts show."
PAGE_TEXT = f"Home | News | Sport\n\n{CLAIM} Residents hope the road will reopen soon.\n"


def _sentences(pages: list[str], extra: tuple[str, ...] = ()) -> Sentences:
    """A few written sentences per page, half claims, in both languages; `extra` ones not claims, in English."""
    texts = [
        ("Unemployment rose to 7.4 percent in March, the statistics office said.", 1, "en"),
        ("We hope to see you at the fair next week.", 0, "en"),
        ("Le chômage a augmenté de 3 % en 2024, selon l'Insee.", 1, "fr"),
        ("Nous espérons vous voir bientôt.", 0, "fr"),
        *((text, 0, "en") for text in extra),
    ]
    rows = [(text, label, language, page) for page in pages for text, label, language in texts]
    return Sentences(*(list(column) for column in zip(*rows, strict=True))) if rows else Sentences([], [], [], [])


def test_a_page_keeps_its_fold_whatever_other_pages_exist():
    assert fold_of("pages/en-some-page.txt") == fold_of("pages/en-some-page.txt")
    assert {fold_of(f"pages/en-page-{number}.txt") for number in range(60)} == set(range(FOLDS))


def test_each_folds_model_is_trained_without_that_folds_pages(monkeypatch):
    trained_on = {}

    def recording(checkthat, real, recipe):
        trained_on[len(trained_on)] = set(real.pages)
        return {}

    monkeypatch.setattr("bench.train_on_real_pages.train_model", recording)
    pages = [f"pages/en-page-{number}.txt" for number in range(20)]
    fold_models(_sentences([]), _sentences(pages), Recipe())
    for fold, names in trained_on.items():
        assert names == {page for page in pages if fold_of(page) != fold}


def test_tune_sentences_label_the_pipelines_sentences_by_the_claims():
    start = PAGE_TEXT.index(CLAIM)
    page = Page("pages/en-written.txt", "en", "tune", PAGE_TEXT, claims=[(start, start + len(CLAIM), "")])
    test_page = Page("pages/en-other.txt", "en", "test", PAGE_TEXT, claims=[(start, start + len(CLAIM), "")])
    sentences = tune_sentences([page, test_page])
    assert dict(zip(sentences.texts, sentences.labels, strict=True)) == {
        CLAIM: 1,
        "Residents hope the road will reopen soon.": 0,
    }
    assert set(sentences.pages) == {"pages/en-written.txt"}  # the test half never trains


def test_training_is_deterministic_and_a_source_weighing_nothing_changes_nothing():
    checkthat = _sentences([""] * 3)
    # A question: a cue that only the real sentences have, which would get a weight of its own if they took part.
    real = _sentences(["pages/en-a.txt", "pages/fr-b.txt"], ("Did the council spend 4 million pounds on the bridge?",))
    recipe = Recipe({"en": 3.0, "fr": 3.0}, real_ngrams=frozenset({"en", "fr"}))
    assert train_model(checkthat, real, recipe) == train_model(checkthat, real, recipe)
    nothing = real.where(lambda _language, _page: False)
    assert train_model(checkthat, real, Recipe()) == train_model(checkthat, nothing, Recipe())
    assert train_model(checkthat, real, recipe) != train_model(checkthat, nothing, recipe)


def test_a_stand_in_model_scores_only_inside_its_block():
    sentence = "Unemployment rose to 7.4 percent in March, the statistics office said."
    shipped = score(sentence, "en")[0]
    never = {"bias": -30.0, "weights": {}}
    with scoring_with({"full": never, "cues": never}):
        assert score(sentence, "en")[0] < 0.001
        assert score("Le chômage a augmenté de 3 % en 2024, selon l'Insee.", "fr")[0] < 0.001
    assert score(sentence, "en")[0] == shipped > 0.5


def test_the_french_part_learns_english_pages_cues_only_when_asked():
    checkthat = _sentences([""] * 3)
    english_pages = _sentences(["pages/en-a.txt", "pages/en-c.txt"]).where(lambda language, _page: language == "en")
    both = Recipe({"en": 3.0, "fr": 3.0}, real_ngrams=frozenset({"en", "fr"}), french_cues_from_every_language=True)
    without = Recipe({"en": 3.0, "fr": 3.0}, real_ngrams=frozenset({"en", "fr"}))
    nothing = english_pages.where(lambda _language, _page: False)
    assert train_model(checkthat, english_pages, without)["cues"] == train_model(checkthat, nothing, without)["cues"]
    learned = train_model(checkthat, english_pages, both)["cues"]
    assert learned != train_model(checkthat, nothing, both)["cues"]
    assert all(name.startswith("c:") for name in learned["weights"])  # English words never enter the French part


def test_the_rows_printed_for_the_record_are_the_tune_pages_of_those_rows_alone(capsys):
    """Rows count from 1 as in pages.tsv; a test page among them is never counted."""
    pages = [
        Page(f"pages/en-page-{row}.txt", "en", "test" if row == 3 else "tune", PAGE_TEXT, claims=[])
        for row in range(1, 6)
    ]
    tallies = {
        page.name: Tally(expected=10**row, extracted=10**row, matched=10**row) for row, page in enumerate(pages, 1)
    }
    print_rows_for_the_record(pages, {"recipe": tallies}, tallies, row_range("2-4"))
    assert "en (2 pages) recipe: P 1.00 R 1.00 F1 1.00 (10100/10100 found" in capsys.readouterr().out


@pytest.mark.parametrize("weight", [None, "3"])
def test_the_export_learns_from_the_english_tune_pages_only_when_asked(weight, tmp_path, monkeypatch):
    """`--english-real-pages-weight W` exports train_on_real_pages.py's "CheckThat! + real pages xW" for the English
    part, the French part as CheckThat! alone trains it."""
    rows = ["id\tlabel\ttext"] + [
        f"{number}\t{number % 2}\t{'Prices rose 4 percent' if number % 2 else 'We hope so'} in {number}."
        for number in range(8)
    ]
    for name in ("train.tsv", "dev.tsv"):
        (tmp_path / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    trained = []

    def recording(checkthat, real, recipe):
        trained.append((sorted(real.texts), recipe))
        return {part: {"bias": 0.0, "weights": {}} for part in ("full", "cues")}

    monkeypatch.setattr(train_checkworthy, "train_model", recording)
    monkeypatch.setattr(train_checkworthy, "read_pages", list)
    monkeypatch.setattr(train_checkworthy, "training_digest", lambda pages: "digest")
    monkeypatch.setattr("bench.train_on_real_pages.tune_sentences", lambda pages: _sentences(["pages/en-a.txt"]))
    output = tmp_path / "model.json"
    options = ["--english-real-pages-weight", weight] if weight else []
    monkeypatch.setattr(sys, "argv", ["train_checkworthy.py", str(tmp_path), "--output", str(output), *options])
    train_checkworthy.main()
    [(real_texts, recipe)] = trained
    if weight:
        assert real_texts == sorted(_sentences(["pages/en-a.txt"]).texts)
        assert recipe == Recipe({"en": 3.0, "fr": 0.0})
        assert "English tune pages of bench/heldout/real x3" in json.loads(output.read_text())["trained_on"]
    else:
        assert real_texts == []
        assert recipe.real_weight == {"en": 0.0, "fr": 0.0}
