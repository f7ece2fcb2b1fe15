"""Does a learned decision layer over the pipeline's own signals beat its fixed combination? Grouped cross-validation
by page on the tune half of bench/heldout/real (#16, session 8).

    DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py /work/shared/data/checkworthy-en
    DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py --registered   # the layer off, decision9's variants A and B
    DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py /work/shared/data/checkworthy-en --tfidf   # stack12
    DEBUG=1 .venv/bin/python bench/stack_on_real_pages.py --export   # writes claims/extraction/model/decision.json

Re-export after any change to the rules, cues, speakers, clutter or model that the layer's signals come from:
tests/extraction/test_decision_layer_is_current.py fails until then (decision.json records a digest of what it was
trained on, bench/decision_training.py).

The pipeline calls a sentence a claim when the shipped model's probability reaches the threshold and no held-back rule
(claims.extraction.held_back) holds it under LOOKING_AHEAD_CEILING. Here a logistic regression makes that decision
instead, from the signals the pipeline already computes for each sentence it scores (claims.extraction.decision's
sentence_signals, the same code extract() decides with when the layer is on): the model's
logit, one flag per held-back rule, the pipeline's own decision, the cues, whether a speaker was found, the sentence's
length, figures, quotation marks and line shape, its place in the page and its paragraph, and its neighbours' logits.
Each sentence is labelled 1 where it is a labelled claim (the eval's overlap rule, as tune_sentences labels it). The
layer's probability then goes where sentence_score's went: repeats merged, compared with the threshold.

Variants (VARIANTS): class weights balanced or not; the bias left as fitted or moved to the training rows' F1 peak;
the sentence's words as signals too; one layer for both languages instead of one a language. decision9's
(REGISTERED, --registered): A, the base layer; B, the same layer never scoring a sentence the rules gave a speaker
below the rules' own score. stack12's (--tfidf): A+T and B+T, A and B given the TF-IDF baseline's own probability
for the sentence, cross-fitted so that it never comes from a model trained on the page or on the fold the layer
decides (bench/stack_tfidf.py). Session 21's constraints (bench/layer_constraints.py): `sentence_only`, trained without
decision.CONTEXT_SIGNALS; `keeps_held_back` and `keeps_bare_statements`, never above the rules' own score for a sentence
a held-back rule holds back or one that names no one and nothing (decision.layer_score); enlayer22's
`keeps_unpunctuated_lines`, the same for a line with no final punctuation; enlayer21c's `unsure_band`,
deciding only the sentences the rules score within it (the others keep the rules' score). SHIPPED_VARIANTS says which
one --export trains for each language. Printed beside them: the current pipeline, a perfect decision on the same
sentences (what any decision layer could reach at most), and the TF-IDF + logistic regression baseline (CheckThat! +
real pages x10, same folds).

Folds, bootstrap and gain rule are bench/train_on_real_pages.py's: pages dealt into folds by a hash of their name,
each page decided by a layer trained without its fold; a layer counts as a gain in a language only if it beats the
current pipeline in GAIN_CONFIDENCE of BOOTSTRAP resamples of that language's tune pages with no more furniture, on
all of them and on the older rounds' pages (rows before NEWER_ROUNDS_FROM) and the newer ones alike. The current
pipeline is not cross-validated: its rules were written from the older rounds' tune errors, which favours it there.
"""

import argparse
import json
import sys
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import SHIPPED_ROWS, PageSignals, training_digest, training_pages
from bench.eval_real_pages import LANGUAGES, Page, read_pages, row_range, score_page
from bench.stack_tfidf import CrossFittedTfidf
from bench.train_checkworthy import checkthat_sentences, on_one_core
from bench.train_on_real_pages import (
    BASELINE_RECIPE,
    BOOTSTRAP,
    FOLDS,
    GAIN_CONFIDENCE,
    RECIPES,
    baseline_classifier,
    baseline_scored,
    fold_of,
    share_of_resamples_better,
    total,
    tune_sentences,
)
from claims.extraction.decision import CONTEXT_SIGNALS, DECISION_PATH, TRAINED_THRESHOLD, layer_score

NEWER_ROUNDS_FROM = 224  # the seventh round's first row: older rounds shaped the rules, newer ones less or not at all
UNSEEN_ROUNDS_FROM = 308  # the tenth round's first row: pages no rule was written from (printed, not part of the rule)
REGULARISATION = 1.0


class Variant(NamedTuple):
    balanced: bool  # class weights balanced (claims are the majority of the sentences scored)
    shift_to_best_f1: bool
    with_words: bool  # the sentence's words as signals too, learned from the tune pages
    pooled: bool = False  # one layer for both languages, with a flag for French, instead of one a language
    # Never score a sentence the rules gave a speaker below the rules' own score (decision.layer_score).
    keeps_speakers: bool = False
    # The TF-IDF baseline's own probability for the sentence as a signal too, cross-fitted (bench/stack_tfidf.py).
    with_tfidf: bool = False
    # Trained without decision.CONTEXT_SIGNALS: a sentence's score is a function of the sentence and its speaker.
    sentence_only: bool = False
    # Never score a sentence a held-back rule holds back above the rules' own score (decision.layer_score).
    keeps_held_back: bool = False
    # Never score a sentence with no figure, no name and no speaker above the rules' own score (decision.layer_score).
    keeps_bare_statements: bool = False
    # Never score a line with no final punctuation above the rules' own score (decision.layer_score).
    keeps_unpunctuated_lines: bool = False
    # Decide only the sentences the rules score within [low, high]; the others keep the rules' score
    # (decision.layer_score). None: every sentence.
    unsure_band: tuple[float, float] | None = None


def page_rows(
    page: PageSignals, variant: Variant, extra: list[dict[str, float]] | None = None
) -> list[dict[str, float]]:
    """The layer's rows for the page's sentences; `extra` adds signals computed outside the page (one dict a
    sentence), such as the cross-fitted TF-IDF probability."""
    language = {"french": 1.0} if variant.pooled and page.page.lang == "fr" else {}
    extra = extra if extra is not None else [{}] * len(page.signals)
    return [
        _own(signals, variant) | language | (words if variant.with_words else {}) | added
        for (_score, _cues, signals), words, added in zip(page.signals, page.words, extra, strict=True)
    ]


def _own(signals: dict[str, float], variant: Variant) -> dict[str, float]:
    """The signals the variant reads: a `sentence_only` one does not see the sentence's context."""
    if not variant.sentence_only:
        return signals
    return {name: value for name, value in signals.items() if name not in CONTEXT_SIGNALS}


def train_layer(pages: list[PageSignals], variant: Variant, extras: dict | None = None) -> dict:
    """A logistic regression on the pages' rows, exported as {"bias", "weights"} in the signals' own units; with
    `shift_to_best_f1`, its bias moved so that TRAINED_THRESHOLD sits where its training rows' F1 peaks."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    extras = extras or {}
    rows = [row for page in pages for row in page_rows(page, variant, extras.get(page.page.name))]
    labels = [label for page in pages for label in page.labels]
    vectoriser = DictVectorizer(sparse=False)
    matrix = vectoriser.fit_transform(rows)
    classifier = LogisticRegression(
        C=REGULARISATION, class_weight="balanced" if variant.balanced else None, max_iter=5000
    ).fit(matrix, labels)
    bias = float(classifier.intercept_[0])
    if variant.shift_to_best_f1:
        logits = matrix @ classifier.coef_[0] + bias
        positives = np.asarray(labels) == 1
        best = max(
            (2 * (positives & (logits >= cut)).sum() / ((logits >= cut).sum() + positives.sum()), -cut)
            for cut in np.quantile(logits, np.linspace(0.02, 0.98, 97))
        )
        bias += best[1]
    weights = {
        name: round(float(weight), 6)
        for name, weight in zip(vectoriser.feature_names_, classifier.coef_[0], strict=True)
    }
    return {"bias": round(bias, 6), "weights": weights} | holds(variant)


def holds(variant: Variant) -> dict[str, bool]:
    """Which of the rules' scores the variant's layer keeps (decision.layer_score reads every one of them)."""
    return {
        "keeps_speakers": variant.keeps_speakers,
        "keeps_held_back": variant.keeps_held_back,
        "keeps_bare_statements": variant.keeps_bare_statements,
        "keeps_unpunctuated_lines": variant.keeps_unpunctuated_lines,
        "unsure_band": list(variant.unsure_band) if variant.unsure_band else None,
    }


def cross_validated(
    pages: list[PageSignals], variant: Variant, folds: int, tfidf=None, parsed=None, decide=None
) -> dict:
    """Each page's tally, decided by a layer of its language trained on the other folds' pages only; a variant
    `with_tfidf` gets the probabilities of `tfidf` (a stack_tfidf.CrossFittedTfidf), nested by fold; `parsed`
    gives signals learned from no tune page (a parser's, frmorph19: {page name: one dict a sentence}), the same in
    every fold; `decide` as cross_validated_scores takes it."""
    by_name = {page.page.name: page for page in pages}
    return {
        name: score_page(by_name[name].page, by_name[name].found(scores))[0]
        for name, scores in cross_validated_scores(pages, variant, folds, tfidf, parsed, decide).items()
    }


def layer_off(pages: list[PageSignals]) -> dict:
    """Each page's tally as the shipped pipeline decides it, the layer off: what every variant is compared with."""
    return {page.page.name: score_page(page.page, page.found([s for s, _c, _g in page.signals]))[0] for page in pages}


def is_gain(candidate: dict, reference: dict, names: list[str]) -> tuple[bool, float]:
    """The rule the session-19 variants were declared with: the candidate beats the reference in GAIN_CONFIDENCE of
    the page resamples, with no more furniture among claims and no fewer speakers right; and that share."""
    share = share_of_resamples_better(candidate, reference, names)
    candidate_total, reference_total = total(candidate, names), total(reference, names)
    gain = (
        share >= GAIN_CONFIDENCE
        and candidate_total.furniture_leaked <= reference_total.furniture_leaked
        and candidate_total.speaker_right >= reference_total.speaker_right
    )
    return gain, share


def cross_validated_scores(
    pages: list[PageSignals], variant: Variant, folds: int, tfidf=None, parsed=None, decide=None
) -> dict[str, list[float]]:
    """Each page's sentence scores, as cross_validated decides them; `decide(layer, rules' score, signals)` gives a
    sentence's score (decision.layer_score unless a bench variant guards it further)."""
    assert not (parsed and variant.with_tfidf), "the parse's signals and the TF-IDF probability are not combined"
    decide = decide or layer_score
    decided = {}
    for language in LANGUAGES:
        own = [page for page in pages if page.page.lang == language]
        for fold in sorted({fold_of(page.page.name, folds) for page in own}):
            learned_from = pages if variant.pooled else own
            training = [page for page in learned_from if fold_of(page.page.name, folds) != fold]
            deciding = [page for page in own if fold_of(page.page.name, folds) == fold]
            extras = tfidf.signals_for_fold(training + deciding, fold) if variant.with_tfidf else parsed or {}
            layer = train_layer(training, variant, extras)
            for page in deciding:
                decided[page.page.name] = [
                    decide(layer, pipeline_score, row)
                    for (pipeline_score, _cues, _signals), row in zip(
                        page.signals, page_rows(page, variant, extras.get(page.page.name)), strict=True
                    )
                ]
    return decided


VARIANTS = (
    [Variant(balanced, shift, False) for balanced in (True, False) for shift in (False, True)]
    + [Variant(False, shift, True) for shift in (False, True)]
    + [Variant(False, shift, False, pooled=True) for shift in (False, True)]
)


# decision9's pre-registered variants (BENCHMARKS.md, "session 9, decision9"), measured alone with --registered.
REGISTERED = {
    "A": Variant(balanced=False, shift_to_best_f1=False, with_words=False),
    "B": Variant(balanced=False, shift_to_best_f1=False, with_words=False, keeps_speakers=True),
}
# The variant shipped in model/decision.json for each language, chosen by decision9's rule on the tune half's
# cross-validation (BENCHMARKS.md); trained on the tune pages of decision_training.SHIPPED_ROWS. English reads only the
# sentence and its speaker, never lifts what a held-back rule holds back nor a sentence naming no one and nothing
# (session 21, enlayer21: level with B on the tune half, no more furniture than the layer off), and decides only the
# sentences the rules score from 0.1 to 0.7 (enlayer21c: the band of bench/layer_constraints.py's grid with the largest
# cross-validated F1 on the tune half and no more furniture than the layer off); nor does it lift a line with no final
# punctuation (enlayer22: the description of furniture; on the tune half, cross-validated, the layer lifts no
# such line but claims, and the hold moves no total). French (session 22, frlayer22) is bound as frlayer21 declared,
# reading only the sentence and its speaker and never lifting what a held-back rule holds back, and decides only the
# sentences the rules score from 0.05 to 0.7 (chosen the same way, over this variant and the one also keeping bare
# statements).
SHIPPED_VARIANTS = {
    "en": REGISTERED["B"]._replace(
        sentence_only=True,
        keeps_held_back=True,
        keeps_bare_statements=True,
        keeps_unpunctuated_lines=True,
        unsure_band=(0.1, 0.7),
    ),
    "fr": REGISTERED["B"]._replace(sentence_only=True, keeps_held_back=True, unsure_band=(0.05, 0.7)),
}


def shipped_layers(tune: list[PageSignals]) -> dict:
    """Each language's shipped variant trained on `tune` (decision_training.training_pages), with the digest of what it
    learned from (decision_training.training_digest): what --export writes."""
    first, last = SHIPPED_ROWS
    return {
        "variants": {language: variant_name(SHIPPED_VARIANTS[language]) for language in LANGUAGES},
        "rows": f"{first}-{last}",
        "tune_pages": {language: sum(page.page.lang == language for page in tune) for language in LANGUAGES},
        "threshold": TRAINED_THRESHOLD,
        "training_digest": training_digest(tune),
        "languages": {
            language: train_layer([page for page in tune if page.page.lang == language], SHIPPED_VARIANTS[language])
            for language in LANGUAGES
        },
    }


def export_layers(pages: list[Page], path: Path) -> None:
    """Train each language's shipped variant on the tune pages of SHIPPED_ROWS and write it to `path`."""
    shipped = shipped_layers(training_pages(pages))
    path.write_text(json.dumps(shipped, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {path}: {shipped['variants']}, tune pages of rows {shipped['rows']} ({shipped['tune_pages']})")


def variant_name(variant: Variant) -> str:
    return (
        f"learned layer, {'balanced' if variant.balanced else 'unweighted'}"
        + (", bias at training F1 peak" if variant.shift_to_best_f1 else "")
        + (", with words" if variant.with_words else "")
        + (", both languages in one layer" if variant.pooled else "")
        + (", never below the rules for a sentence with a speaker" if variant.keeps_speakers else "")
        + (", with the TF-IDF baseline's probability" if variant.with_tfidf else "")
        + (", reading only the sentence and its speaker" if variant.sentence_only else "")
        + (", never above the rules for a sentence they hold back" if variant.keeps_held_back else "")
        + (", never above the rules for a sentence naming no one and nothing" if variant.keeps_bare_statements else "")
        + (", never above the rules for a line with no final punctuation" if variant.keeps_unpunctuated_lines else "")
        + (
            f", deciding only where the rules score {variant.unsure_band[0]:g}-{variant.unsure_band[1]:g}"
            if variant.unsure_band
            else ""
        )
    )


def baseline_runs(pages: list[Page], data: Path, folds: int) -> dict:
    """The TF-IDF + logistic regression baseline of bench/train_on_real_pages.py, on the same folds."""
    tune = [page for page in pages if page.split == "tune"]
    checkthat = checkthat_sentences(data / "train.tsv")
    real = tune_sentences(pages)
    classifiers = {
        fold: baseline_classifier(
            checkthat, real.where(lambda _l, page, fold=fold: fold_of(page, folds) != fold), RECIPES[BASELINE_RECIPE]
        )
        for fold in sorted({fold_of(page.name, folds) for page in tune})
    }
    return baseline_scored(tune, lambda page: classifiers[fold_of(page.name, folds)])


def compare_registered(tune: list[PageSignals], folds: int, also_rows: tuple[int, int] | None = None) -> None:
    """decision9's pre-registered variants, cross-validated, against the layer off, and against each other; with
    `also_rows`, their totals on the tune pages of those rows alone too (for the record: no rule reads them)."""
    current = layer_off(tune)
    runs = {label: cross_validated(tune, variant, folds) for label, variant in REGISTERED.items()}
    print(f"tune half, cross-validated by page ({folds} folds), {BOOTSTRAP} page resamples:")
    print_registered(tune, current, runs, lambda _row: True)
    if also_rows:
        first, last = also_rows
        print(f"tune half, cross-validated by page, rows {first}-{last} alone (for the record, no rule):")
        print_registered(tune, current, runs, lambda row: first <= row <= last)


def print_registered(tune: list[PageSignals], current: dict, runs: dict, keep) -> None:
    for language in LANGUAGES:
        names = [page.page.name for page in tune if page.page.lang == language and keep(page.row)]
        print(f"  {language} ({len(names)} pages) layer off: {total(current, names).line()}")
        for label, tallies in runs.items():
            share = share_of_resamples_better(tallies, current, names)
            print(
                f"  {language} {label}, {variant_name(REGISTERED[label])}: {total(tallies, names).line()}; "
                f"beats the layer off in {share:.0%} of page resamples"
            )
        print(
            f"  {language}: B beats A in {share_of_resamples_better(runs['B'], runs['A'], names):.0%} of page "
            f"resamples, A beats B in {share_of_resamples_better(runs['A'], runs['B'], names):.0%}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "data", type=Path, nargs="?", help="folder with the CheckThat! train.tsv (for the TF-IDF baseline)"
    )
    parser.add_argument("--folds", type=int, default=FOLDS, help="folds of tune pages")
    parser.add_argument(
        "--export", action="store_true", help=f"only train the shipped variant and write it to {DECISION_PATH.name}"
    )
    parser.add_argument(
        "--registered",
        action="store_true",
        help="only the layer off and decision9's pre-registered variants (A, B): no baseline, no data needed",
    )
    parser.add_argument(
        "--also-rows",
        type=row_range,
        help="FIRST-LAST, with --registered: also print the totals on the tune pages of these rows alone (no rule)",
    )
    parser.add_argument(
        "--tfidf",
        action="store_true",
        help="stack12: A and B with the TF-IDF baseline's cross-fitted probability as a signal (needs the data)",
    )
    args = parser.parse_args()
    if args.also_rows and not args.registered:
        parser.error("--also-rows goes with --registered (the other runs do not print it)")
    on_one_core()
    pages = read_pages()
    if args.export:
        export_layers(pages, DECISION_PATH)
        return
    tune = training_pages(pages, (1, len(pages)))
    if args.registered:
        compare_registered(tune, args.folds, args.also_rows)
        return
    if args.data is None:
        parser.error("the CheckThat! data folder is needed for the cross-validation")
    print(f"tune half: {len(tune)} pages, {sum(len(page.labels) for page in tune)} sentences, {args.folds} folds")
    current = layer_off(tune)
    perfect = {  # a perfect decision on the sentences the pipeline scores: the most any decision layer could reach
        page.page.name: score_page(page.page, page.found(list(map(float, page.labels))))[0] for page in tune
    }
    if args.tfidf:
        compare_with_tfidf(pages, tune, args.data, args.folds, current, perfect)
        return
    runs = {
        "current pipeline": current,
        "perfect decision (labels as scores)": perfect,
        **{variant_name(variant): cross_validated(tune, variant, args.folds) for variant in VARIANTS},
        f"baseline TF-IDF + LR, {BASELINE_RECIPE}": baseline_runs(pages, args.data, args.folds),
    }
    print_runs_and_gains(pages, tune, runs, current, [name for name in runs if name.startswith("learned")])


def compare_with_tfidf(pages, tune: list[PageSignals], data: Path, folds: int, current: dict, perfect: dict) -> None:
    """stack12's declared variants (A+T, B+T: decision9's A and B with the TF-IDF baseline's cross-fitted probability)
    beside A and B without it, the current pipeline and the baseline alone, on the same folds."""
    tfidf = CrossFittedTfidf(checkthat_sentences(data / "train.tsv"), tune_sentences(pages), folds)
    with_tfidf = {f"{label}+T": variant._replace(with_tfidf=True) for label, variant in REGISTERED.items()}
    runs = {
        "current pipeline": current,
        "perfect decision (labels as scores)": perfect,
        **{
            f"{label}, {variant_name(variant)}": cross_validated(tune, variant, folds)
            for label, variant in REGISTERED.items()
        },
        **{
            f"{label}, {variant_name(variant)}": cross_validated(tune, variant, folds, tfidf)
            for label, variant in with_tfidf.items()
        },
        f"baseline TF-IDF + LR, {BASELINE_RECIPE}": baseline_scored(
            [page for page in pages if page.split == "tune"],
            lambda page: (
                lambda sentences: [
                    bool(p >= 0.5)
                    for p in tfidf.model_without(frozenset({fold_of(page.name, folds)})).predict_proba(sentences)[:, 1]
                ]
            ),
        ),
    }
    candidates = [name for name in runs if name.split(",")[0] in with_tfidf]
    print_runs_and_gains(pages, tune, runs, current, candidates)
    named = {name.split(",")[0]: tallies for name, tallies in runs.items()}
    for language in LANGUAGES:
        names = [page.page.name for page in tune if page.page.lang == language]
        shares = ", ".join(
            f"{first} beats {second} in {share_of_resamples_better(named[first], named[second], names):.0%}"
            for first, second in (("B+T", "B"), ("A+T", "A"), ("A+T", "B+T"), ("B+T", "A+T"))
        )
        print(f"{language}, for information: {shares} of page resamples")


def print_runs_and_gains(pages, tune: list[PageSignals], runs: dict, current: dict, candidates: list[str]) -> None:
    """Each run's totals on the tune half and its row ranges, and which candidates count as a gain by the rule."""
    gains = {(language, name) for language in LANGUAGES for name in candidates}
    for part, keep in (
        ("all tune pages", lambda row: True),
        (f"rows 1-{NEWER_ROUNDS_FROM - 1}", lambda row: row < NEWER_ROUNDS_FROM),
        (f"rows {NEWER_ROUNDS_FROM}-{len(pages)}", lambda row: row >= NEWER_ROUNDS_FROM),
        (f"rows {UNSEEN_ROUNDS_FROM}-{len(pages)}, for information", lambda row: row >= UNSEEN_ROUNDS_FROM),
    ):
        print(f"tune half, cross-validated by page, {part}:")
        for language in LANGUAGES:
            names = [page.page.name for page in tune if page.page.lang == language and keep(page.row)]
            for name, tallies in runs.items():
                verdict = ""
                if name.startswith(("learned", "A", "B")):
                    share = share_of_resamples_better(tallies, current, names)
                    furniture = total(tallies, names).furniture_leaked - total(current, names).furniture_leaked
                    verdict = f"; beats the current pipeline in {share:.0%} of page resamples, furniture {furniture:+d}"
                    if (share < GAIN_CONFIDENCE or furniture > 0) and "information" not in part:
                        gains.discard((language, name))
                print(f"  {language} ({len(names)} pages) {name}: {total(tallies, names).line()}{verdict}")
    print(
        f"a gain (>= {GAIN_CONFIDENCE:.0%} of resamples, no more furniture, on all pages and on both row ranges): "
        + (", ".join(f"{language}: {name}" for language, name in sorted(gains)) or "none")
    )


if __name__ == "__main__":
    main()
