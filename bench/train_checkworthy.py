"""Train the check-worthiness model shipped in claims/extraction/model/checkworthy.json.

    .venv/bin/python bench/train_checkworthy.py /work/shared/data/checkworthy-en
    .venv/bin/python bench/train_checkworthy.py /work/shared/data/checkworthy-en --english-real-pages-weight 3

Reads train.tsv (fit) and dev.tsv (report, and the choice of the baseline's regularisation). Needs scikit-learn
(requirements-bench.txt). Two logistic regressions: "cues" over the language-independent cue features (used for
French), and "full" over cues plus English word uni/bigrams. Class weights are balanced so that 0.5 sits near the F1
optimum. In the same run it prints a plain baseline beside them: TF-IDF word uni/bigrams and a logistic regression,
trained on train with its C chosen on dev (which flatters the baseline, not ours). The weights set by hand and the
fitting constants are in bench/checkworthy_training.py, with the digest the export records of them and of the features
(tests/extraction/test_checkworthy_model_is_current.py fails until the model is re-exported after a cue changes).

Sentences and Recipe let bench/train_on_real_pages.py train the same model on the tune half of bench/heldout/real
too and measure it by cross-validation; the shipped model is the default recipe: CheckThat! train alone (#16, eighth
pass with 64 tune pages and session 9's learned9 with 231: the real pages gave no gain beyond page-sampling noise).
`--english-real-pages-weight W` exports that script's "CheckThat! + real pages xW" recipe for the English part instead,
trained on every tune page, the French part unchanged (session 19's learned19: x3 met learned9's rule in English; the
lead decides whether it ships, and the decision layer must be re-exported after it, `make decision-layer`).
"""

import argparse
import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score
from threadpoolctl import threadpool_limits

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.checkworthy_training import (
    FULL_MODEL_PRIORS,
    KEEP_WEIGHT_ABOVE,
    NGRAM_MIN_COUNT,
    PRIOR_WEIGHTS,
    REGULARISATION,
    training_digest,
)
from bench.eval_real_pages import read_pages
from claims.extraction.features import features
from claims.extraction.model import MODEL_PATH


def read_rows(path: Path) -> tuple[list[str], list[int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [row["text"] for row in rows], [int(row["label"]) for row in rows]


def featurise(texts: list[str], with_ngrams: bool, languages: list[str] | None = None) -> list[dict[str, float]]:
    rows = []
    for text, language in zip(texts, languages or ["en"] * len(texts), strict=True):
        ngrams, cues = features(text, language)
        row = {"c:" + name: value for name, value in cues.items()}
        if with_ngrams:
            row.update(dict.fromkeys(ngrams, 1.0))
        rows.append(row)
    return rows


def frequent_ngrams(rows: list[dict[str, float]]) -> set[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for name in row:
            counts[name] = counts.get(name, 0) + 1
    return {name for name, count in counts.items() if count >= NGRAM_MIN_COUNT or name.startswith("c:")}


def balanced(labels: np.ndarray, row_weights: np.ndarray) -> np.ndarray:
    """Each row's weight times its class's balancing factor (weighted total over twice the class's weighted total), so
    that both classes weigh the same: with all rows weighing 1, scikit-learn's "balanced" class weights."""
    positives = row_weights[labels == 1].sum()
    negatives = row_weights[labels == 0].sum()
    total = positives + negatives
    return row_weights * np.where(labels == 1, total / (2 * positives), total / (2 * negatives))


def fit_cues(rows: list[dict[str, float]], labels: list[int], row_weights: list[float]) -> dict:
    """Balanced, L2-regularised logistic regression over the rows' features, with PRIOR_WEIGHTS held fixed; n-grams
    only where they occur NGRAM_MIN_COUNT times."""
    keep = frequent_ngrams(rows) - PRIOR_WEIGHTS.keys()
    vectoriser = DictVectorizer()
    free = vectoriser.fit_transform([{key: value for key, value in row.items() if key in keep} for row in rows])
    names = list(vectoriser.get_feature_names_out())
    offset = np.array([sum(PRIOR_WEIGHTS.get(key, 0.0) * value for key, value in row.items()) for row in rows])
    labels = np.array(labels, dtype=float)
    sample_weight = balanced(labels, np.array(row_weights, dtype=float))

    def loss(parameters):
        logits = free @ parameters[1:] + parameters[0] + offset
        probabilities = 1 / (1 + np.exp(-logits))
        log_loss = np.logaddexp(0, logits) - labels * logits
        gradient_logits = sample_weight * (probabilities - labels)
        penalty = 0.5 * parameters[1:] @ parameters[1:] / REGULARISATION["cues"]
        gradient = np.concatenate(
            [[gradient_logits.sum()], free.T @ gradient_logits + parameters[1:] / REGULARISATION["cues"]]
        )
        return (sample_weight * log_loss).sum() + penalty, gradient

    solution = minimize(loss, np.zeros(len(names) + 1), jac=True, method="L-BFGS-B").x
    weights = {
        name: round(float(weight), 4)
        for name, weight in zip(names, solution[1:], strict=True)
        if name.startswith("c:") or abs(weight) > KEEP_WEIGHT_ABOVE
    }
    return {"bias": round(float(solution[0]), 4), "weights": {**weights, **PRIOR_WEIGHTS}}


def fit_full(rows: list[dict[str, float]], labels: list[int], row_weights: list[float]) -> dict:
    """Balanced logistic regression over cues and frequent n-grams; FULL_MODEL_PRIORS are set after the fit."""
    keep = frequent_ngrams(rows) - FULL_MODEL_PRIORS.keys()
    vectoriser = DictVectorizer()
    matrix = vectoriser.fit_transform([{key: value for key, value in row.items() if key in keep} for row in rows])
    classifier = LogisticRegression(C=REGULARISATION["full"], max_iter=5000)
    classifier.fit(matrix, labels, sample_weight=balanced(np.array(labels), np.array(row_weights, dtype=float)))
    weights = {
        feature: round(float(weight), 4)
        for feature, weight in zip(vectoriser.get_feature_names_out(), classifier.coef_[0], strict=True)
        if feature.startswith("c:") or abs(weight) > KEEP_WEIGHT_ABOVE
    }
    return {"bias": round(float(classifier.intercept_[0]), 4), "weights": {**weights, **FULL_MODEL_PRIORS}}


def predict(model: dict, texts: list[str], with_ngrams: bool) -> list[int]:
    predictions = []
    for row in featurise(texts, with_ngrams):
        logit = model["bias"] + sum(model["weights"].get(key, 0.0) * value for key, value in row.items())
        predictions.append(int(logit >= 0))
    return predictions


BASELINE_C = (0.3, 1.0, 3.0, 10.0)


def plain_baseline(train_texts, train_labels, dev_texts, dev_labels) -> tuple[float, float]:
    """TF-IDF + logistic regression: the best dev F1 over BASELINE_C, and the C that gave it."""
    vectoriser = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    train_matrix = vectoriser.fit_transform(train_texts)
    dev_matrix = vectoriser.transform(dev_texts)
    scores = []
    for regularisation in BASELINE_C:
        classifier = LogisticRegression(C=regularisation, class_weight="balanced", max_iter=5000)
        classifier.fit(train_matrix, train_labels)
        scores.append((f1_score(dev_labels, classifier.predict(dev_matrix)), regularisation))
    return max(scores)


@dataclass
class Sentences:
    """Labelled sentences with their language, their page ("" for CheckThat!) and their features (cues and n-grams)."""

    texts: list[str]
    labels: list[int]
    languages: list[str]
    pages: list[str]
    rows: list[dict[str, float]] = field(init=False)

    def __post_init__(self):
        self.rows = featurise(self.texts, with_ngrams=True, languages=self.languages)

    def where(self, keep) -> "Sentences":
        """The sentences whose (language, page) `keep` accepts, features reused."""
        chosen = [index for index, key in enumerate(zip(self.languages, self.pages, strict=True)) if keep(*key)]
        subset = object.__new__(Sentences)
        for name in ("texts", "labels", "languages", "pages", "rows"):
            setattr(subset, name, [getattr(self, name)[index] for index in chosen])
        return subset


def checkthat_sentences(path: Path) -> Sentences:
    texts, labels = read_rows(path)
    return Sentences(texts, labels, ["en"] * len(texts), [""] * len(texts))


@dataclass(frozen=True)
class Recipe:
    """What the two parts learn from beside CheckThat! train: the real pages' tune sentences of the part's language,
    each weighing as much as `real_weight` CheckThat! sentences; their word n-grams too in the languages of
    `real_ngrams` (the French part learns only cues from CheckThat!, whose n-grams are English). With
    `french_cues_from_every_language`, the French part also learns from the other languages' real sentences, by their
    cues alone (which are language-independent), at the French weight."""

    real_weight: dict = field(default_factory=lambda: {"en": 0.0, "fr": 0.0})
    checkthat_weight: float = 1.0
    real_ngrams: frozenset = frozenset({"en"})
    french_cues_from_every_language: bool = False


def train_model(checkthat: Sentences, real: Sentences, recipe: Recipe) -> dict:
    """Both parts: "full" (English, cues and n-grams) and "cues" (French, cues; n-grams if in recipe.real_ngrams)."""
    model = {}
    if not recipe.checkthat_weight:
        checkthat = checkthat.where(lambda _language, _page: False)
    for part, language in (("full", "en"), ("cues", "fr")):
        # A source weighing nothing is left out, so that it cannot change the n-grams kept either.
        every_language = part == "cues" and recipe.french_cues_from_every_language
        own = real.where(
            lambda row_language, _page, language=language, every_language=every_language: (
                (row_language == language or every_language) and recipe.real_weight[language] > 0
            )
        )
        own_rows = [
            row if row_language == language and language in recipe.real_ngrams else cues_only(row)
            for row, row_language in zip(own.rows, own.languages, strict=True)
        ]
        checkthat_rows = checkthat.rows if part == "full" else [cues_only(row) for row in checkthat.rows]
        weights = [recipe.checkthat_weight] * len(checkthat_rows) + [recipe.real_weight[language]] * len(own_rows)
        fit = fit_full if part == "full" else fit_cues
        model[part] = fit(checkthat_rows + own_rows, checkthat.labels + own.labels, weights)
    return model


def cues_only(row: dict[str, float]) -> dict[str, float]:
    return {key: value for key, value in row.items() if key.startswith("c:")}


def on_one_core() -> None:
    """numpy and scikit-learn on one thread: on the shared 2-core machine more threads only contend (one fit of the
    English model took 20 s instead of 1)."""
    threadpool_limits(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with train.tsv and dev.tsv")
    parser.add_argument("--output", type=Path, default=MODEL_PATH)
    parser.add_argument(
        "--english-real-pages-weight",
        type=float,
        default=0.0,
        help="the English part also learns from every tune page's English sentences, each weighing this many CheckThat!"
        " sentences (bench/train_on_real_pages.py's 'CheckThat! + real pages xW' for English; French unchanged)",
    )
    args = parser.parse_args()
    on_one_core()
    checkthat = checkthat_sentences(args.data / "train.tsv")
    dev_texts, dev_labels = read_rows(args.data / "dev.tsv")
    trained_on = "CLEF-2024 CheckThat! Task 1 English train split (see PROVENANCE.md)"
    real = checkthat.where(lambda _language, _page: False)
    if args.english_real_pages_weight:
        from bench.train_on_real_pages import tune_sentences  # it imports this module

        real = tune_sentences(read_pages())
        trained_on += f", and the English tune pages of bench/heldout/real x{args.english_real_pages_weight:g}"
    model = {"format": 1, "trained_on": trained_on}
    model.update(train_model(checkthat, real, Recipe({"en": args.english_real_pages_weight, "fr": 0.0})))
    # What the weights were fitted to, checked by tests/extraction/test_checkworthy_model_is_current.py.
    model["training_digest"] = training_digest(read_pages())
    for name, with_ngrams in (("cues", False), ("full", True)):
        predicted = predict(model[name], dev_texts, with_ngrams)
        print(
            f"{name:5s} dev positive-class F1 {f1_score(dev_labels, predicted):.3f} "
            f"(P {precision_score(dev_labels, predicted):.3f} R {recall_score(dev_labels, predicted):.3f}), "
            f"{len(model[name]['weights'])} weights"
        )
    baseline_f1, baseline_c = plain_baseline(checkthat.texts, checkthat.labels, dev_texts, dev_labels)
    print(f"baseline (TF-IDF uni/bigrams + logistic regression, C={baseline_c:g} chosen on dev) F1 {baseline_f1:.3f}")
    args.output.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
    print(f"wrote {args.output} ({args.output.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
