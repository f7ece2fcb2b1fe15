"""Does the check-worthiness model gain from learning on real news pages? Grouped cross-validation by page on the tune
half of bench/heldout/real (#16).

    DEBUG=1 .venv/bin/python bench/train_on_real_pages.py /work/shared/data/checkworthy-en

Every sentence of a tune page, as the pipeline segments and filters it, is a training row: 1 where it is a labelled
claim (the eval's overlap rule), 0 otherwise. Tune pages are dealt into FOLDS folds by a hash of their name (a page
added later never moves the others); each recipe (bench/train_checkworthy.Recipe) is trained once per fold without
that fold's pages, and those pages go through the whole pipeline with it, so each tune page is scored by a model not
trained on it. Printed in the same run, on the same pages: the shipped model, ours retrained on CheckThat! alone by
the same code ("before", what each recipe is compared with), and the plain TF-IDF + logistic regression baseline,
trained on CheckThat! alone and on the same folds with the real pages added.

A recipe counts as a gain in a language only if its F1 beats "before" in at least GAIN_CONFIDENCE of BOOTSTRAP
resamples of that language's tune pages and it lets no more furniture through: with some twenty pages a language,
a better total by a sentence or two is what another draw of pages could undo. The test half never trains or chooses
anything: its totals are printed once, at the end, for "before" and for each recipe that counts as a gain, trained
on every tune page.
"""

import argparse
import contextlib
import hashlib
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.eval_real_pages import (
    LANGUAGES,
    Page,
    Tally,
    baseline_found,
    ours,
    read_pages,
    row_range,
    same_sentence,
    score_page,
)
from bench.train_checkworthy import Recipe, Sentences, checkthat_sentences, on_one_core, train_model
from claims.extraction.model import scoring_with
from claims.extraction.pipeline import scored_spans

FOLDS = 5
BOOTSTRAP = 1000
GAIN_CONFIDENCE = 0.95
# The recipes compared: real tune sentences weighing 1 to 30 CheckThat! sentences, real pages alone, French word
# n-grams learned from the French pages, and the French part learning from both languages' pages (session 9: x30 with
# French n-grams and the last one, declared in BENCHMARKS.md before they were run).
RECIPES = {
    **{f"CheckThat! + real pages x{weight:g}": Recipe({"en": weight, "fr": weight}) for weight in (1, 3, 10, 30)},
    "real pages alone": Recipe({"en": 1.0, "fr": 1.0}, checkthat_weight=0.0),
    **{
        f"CheckThat! + real pages' cues only x{weight:g}": Recipe({"en": weight, "fr": weight}, real_ngrams=frozenset())
        for weight in (3, 10, 30)
    },
    **{
        f"CheckThat! + real pages x{weight:g}, French n-grams": Recipe(
            {"en": weight, "fr": weight}, real_ngrams=frozenset(LANGUAGES)
        )
        for weight in (1, 3, 10, 30)
    },
    "CheckThat! + real pages x10, French cues from both languages": Recipe(
        {"en": 10.0, "fr": 10.0}, french_cues_from_every_language=True
    ),
}
BASELINE_RECIPE = "CheckThat! + real pages x10"  # the baseline also learns from the real pages, on the same folds


def fold_of(page_name: str, folds: int = FOLDS) -> int:
    return int(hashlib.sha256(page_name.encode()).hexdigest(), 16) % folds


def tune_sentences(pages: list[Page]) -> Sentences:
    """Every sentence the pipeline scores on the tune pages, labelled 1 where it is a labelled claim."""
    texts, labels, languages, names = [], [], [], []
    for page in pages:
        if page.split != "tune":
            continue
        for span in scored_spans(page.text)[1]:
            texts.append(page.text[span[0] : span[1]])
            labels.append(int(any(same_sentence((start, end), span) for start, end, _speaker in page.claims)))
            languages.append(page.lang)
            names.append(page.name)
    return Sentences(texts, labels, languages, names)


def fold_models(checkthat: Sentences, real: Sentences, recipe: Recipe, folds: int = FOLDS) -> dict[int, dict]:
    """For each fold that holds pages, the recipe's model trained without that fold's pages."""
    return {
        fold: train_model(
            checkthat, real.where(lambda _language, page, fold=fold: fold_of(page, folds) != fold), recipe
        )
        for fold in sorted({fold_of(page, folds) for page in real.pages})
    }


def scored(pages: list[Page], model_of) -> dict[str, Tally]:
    """Each page's tally, scored through the whole pipeline by the model `model_of` gives for it (None: the shipped
    one)."""
    tallies = {}
    for page in pages:
        model = model_of(page)
        with scoring_with(model) if model else contextlib.nullcontext():
            tallies[page.name] = score_page(page, ours(page))[0]
    return tallies


def baseline_scored(pages: list[Page], classify_of) -> dict[str, Tally]:
    return {page.name: score_page(page, baseline_found(page, classify_of(page)))[0] for page in pages}


def baseline_classifier(checkthat: Sentences, real: Sentences, recipe: Recipe):
    """TF-IDF word uni/bigrams + logistic regression (balanced) on the same sentences and weights as the recipe."""
    classifier = fitted_baseline(checkthat, real, recipe)
    return lambda sentences: list(classifier.predict(sentences) == 1)


def fitted_baseline(checkthat: Sentences, real: Sentences, recipe: Recipe):
    """baseline_classifier's fitted pipeline, with its probabilities (bench/stack_tfidf.py reads them)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    weights = [recipe.checkthat_weight] * len(checkthat.texts) + [recipe.real_weight[lang] for lang in real.languages]
    classifier = make_pipeline(
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
        LogisticRegression(class_weight="balanced", max_iter=2000),
    )
    classifier.fit(
        checkthat.texts + real.texts, checkthat.labels + real.labels, logisticregression__sample_weight=weights
    )
    return classifier


def total(tallies: dict[str, Tally], names) -> Tally:
    summed = Tally()
    for name in names:
        summed.add(tallies[name])
    return summed


def share_of_resamples_better(first: dict[str, Tally], second: dict[str, Tally], names: list[str]) -> float:
    """In how many of BOOTSTRAP resamples of the pages (with replacement) `first` has the higher F1: a gain that holds
    in fewer than GAIN_CONFIDENCE of them is within what the choice of pages alone could give."""
    draw = random.Random(16)
    better = 0
    for _ in range(BOOTSTRAP):
        sample = draw.choices(names, k=len(names))
        better += total(first, sample).f1 > total(second, sample).f1
    return better / BOOTSTRAP


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with the CheckThat! train.tsv")
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds of tune pages (a large number: one a page)")
    parser.add_argument(
        "--also-rows",
        type=row_range,
        help="FIRST-LAST: also print each run's totals on the tune pages of these rows alone (for the record, no rule)",
    )
    args = parser.parse_args()
    on_one_core()
    pages = read_pages()
    tune = [page for page in pages if page.split == "tune"]
    checkthat = checkthat_sentences(args.data / "train.tsv")
    real = tune_sentences(pages)
    no_real = real.where(lambda _language, _page: False)
    print(f"tune half: {len(tune)} pages, {len(real.texts)} sentences ({sum(real.labels)} claims), {args.folds} folds")
    checkthat_only = train_model(checkthat, no_real, Recipe())
    before = scored(tune, lambda page: checkthat_only)
    runs = {
        "shipped model": scored(tune, lambda page: None),
        "ours, CheckThat! only (before)": before,
    }
    for name, recipe in RECIPES.items():
        models = fold_models(checkthat, real, recipe, args.folds)
        runs[name] = scored(tune, lambda page, models=models: models[fold_of(page.name, args.folds)])
    plain = baseline_classifier(checkthat, no_real, Recipe())
    runs["baseline, CheckThat! only"] = baseline_scored(tune, lambda page: plain)
    classifiers = {
        fold: baseline_classifier(
            checkthat,
            real.where(lambda _language, page, fold=fold: fold_of(page, args.folds) != fold),
            RECIPES[BASELINE_RECIPE],
        )
        for fold in sorted({fold_of(page.name, args.folds) for page in tune})
    }
    runs[f"baseline, {BASELINE_RECIPE}"] = baseline_scored(
        tune, lambda page: classifiers[fold_of(page.name, args.folds)]
    )
    chosen = print_tune_runs_and_gains(tune, runs, before, candidates=RECIPES)
    if args.also_rows:
        print_rows_for_the_record(pages, runs, before, args.also_rows)
    print("test half, totals only (never used for training or choice):")
    test = [page for page in pages if page.split == "test"]
    for name, model in {
        "ours, CheckThat! only (before)": checkthat_only,
        **{name: train_model(checkthat, real, RECIPES[name]) for _share, name in chosen.values()},
    }.items():
        tallies = scored(test, lambda page, model=model: model)
        for language in LANGUAGES:
            print(
                f"  {language} {name}: {total(tallies, [page.name for page in test if page.lang == language]).line()}"
            )


def print_tune_runs_and_gains(tune, runs, before, candidates) -> dict[str, tuple[float, str]]:
    """Print each run's cross-validated tune totals per language and, for the candidates, how often they beat
    "before" over page resamples; return, per language, the candidate that counts as a gain (share, name), if any."""
    print("tune half, cross-validated by page (each page scored by a model not trained on it):")
    chosen = {}
    for language in LANGUAGES:
        names = [page.name for page in tune if page.lang == language]
        for name, tallies in runs.items():
            gain = ""
            if name in candidates:
                share = share_of_resamples_better(tallies, before, names)
                gain = f"; beats 'before' in {share:.0%} of page resamples"
                if (
                    share >= GAIN_CONFIDENCE
                    and total(tallies, names).furniture_leaked <= total(before, names).furniture_leaked
                ):
                    chosen[language] = max(chosen.get(language, (share, name)), (share, name))
            print(f"  {language} {name}: {total(tallies, names).line()}{gain}")
    print(
        f"a gain beyond page-sampling noise (>= {GAIN_CONFIDENCE:.0%} of resamples, no more furniture): "
        + (", ".join(f"{language}: {name}" for language, (_share, name) in chosen.items()) or "none")
    )
    return chosen


def print_rows_for_the_record(pages: list[Page], runs: dict, before: dict, rows: tuple[int, int]) -> None:
    """Each run's cross-validated totals on the tune pages of `rows` alone: a round no rule was written from, printed
    for the record; no choice is made on it."""
    first, last = rows
    print(f"tune half, cross-validated by page, rows {first}-{last} alone (for the record, no rule):")
    for language in LANGUAGES:
        names = [
            page.name
            for row, page in enumerate(pages, 1)
            if page.split == "tune" and page.lang == language and first <= row <= last
        ]
        for name, tallies in runs.items():
            share = share_of_resamples_better(tallies, before, names)
            print(
                f"  {language} ({len(names)} pages) {name}: {total(tallies, names).line()}; "
                f"beats 'before' in {share:.0%} of page resamples"
            )


if __name__ == "__main__":
    main()
