"""Does the check-worthiness model gain from static multilingual word vectors (bench/word_vectors.py)? Measured as
bench/train_on_real_pages.py measures a recipe (#16, session 9, static9).

    DEBUG=1 .venv/bin/python bench/word_vectors.py /work/shared/data/checkworthy-en
    DEBUG=1 .venv/bin/python bench/train_with_word_vectors.py /work/shared/data/checkworthy-en

Each variant adds a sentence's vector (its components scaled to unit variance on CheckThat! train) to both parts of the
model as features named like cues ("c:v0", …), so that the French cue part learns them from English CheckThat!
sentences too (one variant standardises French vectors on the French tune sentences' text instead). Tune pages are
scored through the whole pipeline by a model not trained on their fold, the vectors' contribution added to the shipped
scoring's logit; each variant is compared with "before" (today's recipe retrained
by the same code) over page resamples, by train_on_real_pages's rule. The CheckThat! dev F1 of each part is printed
beside the TF-IDF + LR baseline's; test totals are printed once, at the end, for "before" and each variant that gains.
"""

import argparse
import contextlib
import math
import sys
from pathlib import Path
from unittest import mock

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real_pages import LANGUAGES, read_pages
from bench.train_checkworthy import (
    Recipe,
    Sentences,
    checkthat_sentences,
    on_one_core,
    plain_baseline,
    read_rows,
    train_model,
)
from bench.train_on_real_pages import (
    FOLDS,
    baseline_classifier,
    baseline_scored,
    fold_models,
    fold_of,
    print_tune_runs_and_gains,
    scored,
    total,
    tune_sentences,
)
from bench.word_vectors import TABLE, WordVectors
from claims.extraction import decision, model, pipeline

# The variants declared in BENCHMARKS.md before they were run: (dimensions, recipe, whether French vectors are
# standardised on French text).
VARIANTS = {
    "vectors 64": (64, Recipe(), False),
    "vectors 128": (128, Recipe(), False),
    "vectors 64, CheckThat! + real pages x1": (64, Recipe({"en": 1.0, "fr": 1.0}), False),
    "vectors 64, French standardised on French": (64, Recipe(), True),
}


class SentenceFeatures:
    """Sentence vectors of a table cut to `dimensions`, standardised on the CheckThat! train sentences; French ones on
    `french_texts` instead when given (unlabelled text: it moves French sentences onto the English ones' centre)."""

    def __init__(self, table: Path, dimensions: int, checkthat_texts: list[str], french_texts: list[str] = ()):
        self.vectors = WordVectors(table, dimensions)
        self.moments = {
            language: self._moments(texts)
            for language, texts in (("en", checkthat_texts), ("fr", french_texts))
            if texts
        }
        self.names = [f"c:v{index}" for index in range(dimensions)]

    def _moments(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        vectors = np.array([self.vectors.sentence(text) for text in texts])
        return vectors.mean(axis=0), vectors.std(axis=0) + 1e-6

    def of(self, text: str, language: str = "en") -> np.ndarray:
        mean, scale = self.moments.get(language, self.moments["en"])
        return (self.vectors.sentence(text) - mean) / scale

    def added(self, sentences: Sentences) -> Sentences:
        """A copy of `sentences` whose rows also hold the vector features."""
        copy = sentences.where(lambda _language, _page: True)
        copy.rows = [
            {**row, **dict(zip(self.names, map(float, self.of(text, language)), strict=True))}
            for row, text, language in zip(sentences.rows, sentences.texts, sentences.languages, strict=True)
        ]
        return copy

    @contextlib.contextmanager
    def scoring(self):
        """The pipeline's score() plus the stand-in model's vector weights times the sentence's vector."""
        shipped_score = model.score

        def with_vectors(sentence: str, language: str):
            probability, cues = shipped_score(sentence, language)
            part = model.scoring_model()["full" if language in model.NGRAM_LANGUAGES else "cues"]
            weights = np.array([part["weights"].get(name, 0.0) for name in self.names])
            logit = math.log(max(probability, 1e-13) / max(1 - probability, 1e-13)) + float(
                weights @ self.of(sentence, language)
            )
            return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, logit)))), cues

        with mock.patch.object(pipeline, "score", with_vectors), mock.patch.object(decision, "score", with_vectors):
            yield


def dev_f1(trained: dict, rows: list[dict[str, float]], labels: list[int], part: str) -> float:
    """Positive-class F1 on CheckThat! dev of one part (the cue part sees cues and vectors only)."""
    weights, found, right = trained[part]["weights"], 0, 0
    for row, label in zip(rows, labels, strict=True):
        keys = row if part == "full" else [key for key in row if key.startswith("c:")]
        positive = trained[part]["bias"] + sum(weights.get(key, 0.0) * row[key] for key in keys) >= 0
        found += positive
        right += positive and label
    return 2 * right / (found + sum(labels)) if found else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with the CheckThat! train.tsv and dev.tsv")
    parser.add_argument("--table", type=Path, default=TABLE, help="the word vectors bench/word_vectors.py wrote")
    args = parser.parse_args()
    on_one_core()
    pages = read_pages()
    tune = [page for page in pages if page.split == "tune"]
    checkthat = checkthat_sentences(args.data / "train.tsv")
    dev_texts, dev_labels = read_rows(args.data / "dev.tsv")
    dev = Sentences(dev_texts, dev_labels, ["en"] * len(dev_texts), [""] * len(dev_texts))
    real = tune_sentences(pages)
    no_real = real.where(lambda _language, _page: False)
    print(f"tune half: {len(tune)} pages, {len(real.texts)} sentences ({sum(real.labels)} claims), {FOLDS} folds")
    checkthat_only = train_model(checkthat, no_real, Recipe())
    before = scored(tune, lambda page: checkthat_only)
    runs = {"shipped model": scored(tune, lambda page: None), "ours, CheckThat! only (before)": before}
    features, finals = {}, {}
    french = [text for text, language in zip(real.texts, real.languages, strict=True) if language == "fr"]
    for name, (dimensions, recipe, french_on_french) in VARIANTS.items():
        if (dimensions, french_on_french) not in features:
            features[dimensions, french_on_french] = SentenceFeatures(
                args.table, dimensions, checkthat.texts, french if french_on_french else ()
            )
        vectors = features[dimensions, french_on_french]
        with_checkthat, with_real = vectors.added(checkthat), vectors.added(real)
        models = fold_models(with_checkthat, with_real, recipe)
        with vectors.scoring():
            runs[name] = scored(tune, lambda page, models=models: models[fold_of(page.name, FOLDS)])
        finals[name] = train_model(with_checkthat, with_real if recipe.real_weight["en"] else no_real, recipe)
        dev_rows = vectors.added(dev).rows
        print(
            f"  {name}: CheckThat! dev F1 full {dev_f1(finals[name], dev_rows, dev_labels, 'full'):.3f}, "
            f"cues {dev_f1(finals[name], dev_rows, dev_labels, 'cues'):.3f}",
            flush=True,
        )
    print(
        f"  before: CheckThat! dev F1 full {dev_f1(checkthat_only, dev.rows, dev_labels, 'full'):.3f}, "
        f"cues {dev_f1(checkthat_only, dev.rows, dev_labels, 'cues'):.3f}"
    )
    baseline_f1, baseline_c = plain_baseline(checkthat.texts, checkthat.labels, dev_texts, dev_labels)
    print(f"  baseline TF-IDF + LR (C={baseline_c:g} chosen on dev): CheckThat! dev F1 {baseline_f1:.3f}")
    plain = baseline_classifier(checkthat, no_real, Recipe())
    runs["baseline, CheckThat! only"] = baseline_scored(tune, lambda page: plain)
    chosen = print_tune_runs_and_gains(tune, runs, before, candidates=VARIANTS)
    print("test half, totals only (never used for training or choice):")
    test = [page for page in pages if page.split == "test"]
    for name in ["before", *dict.fromkeys(name for _share, name in chosen.values())]:
        if name == "before":
            tallies = scored(test, lambda page: checkthat_only)
        else:
            with features[VARIANTS[name][0], VARIANTS[name][2]].scoring():
                tallies = scored(test, lambda page, name=name: finals[name])
        for language in LANGUAGES:
            print(f"  {language} {name}: {total(tallies, [p.name for p in test if p.lang == language]).line()}")


if __name__ == "__main__":
    main()
