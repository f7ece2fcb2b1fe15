"""Does a learned clutter gate catch furniture the rules miss, without costing claims? Grouped cross-validation by page
on the tune half of bench/heldout/real (#16, point 3).

    DEBUG=1 .venv/bin/python bench/train_clutter_gate.py

Every sentence of every non-blank line of a tune page, split as the pipeline splits, is a row (features in
bench/clutter_gate_features.py): furniture where it holds or is part of a labelled furniture string and is no labelled
claim, prose otherwise (--rule-labels: also where the rules drop its line; --after-rules: only the sentences the
pipeline scores). The vocabulary is the words (and first
words) seen on at least MIN_PAGES training pages. Tune pages are dealt into folds by bench/train_on_real_pages.fold_of;
each fold's pages go through the whole pipeline, rules on, and the gate, trained without them, drops the claims it
calls furniture. For each threshold: claims found/extracted, furniture among claims, and the labelled claims the gate
lost, for the rows the rules were fitted to (1-223), the seventh and eighth rounds, and the later ones (ROUND_ENDS).
The threshold a gate would ship with is the lowest whose CV loses no more than one labelled claim in 1/MAX_LOSS_RATE.
The test half is never read here.
"""

import argparse
import bisect
import itertools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.clutter_gate_features import furniture_probability, page_features, sentence_features
from bench.eval_real_pages import LANGUAGES, Found, Page, Tally, ours, read_pages, same_sentence, score_page
from bench.train_on_real_pages import FOLDS, fold_of
from claims.extraction.cleaning import clean
from claims.extraction.pipeline import scored_spans
from claims.extraction.segmentation import split_spans

MIN_PAGES = 4  # a word seen on fewer training pages is a page's own, not furniture's
MAX_LOSS_RATE = 1 / 200
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98)
# Rows 1-223: the pages the rules were written on before session 8; 224-307: the seventh and eighth rounds (session 8's
# rules saw the seventh); the rest came after every rule.
ROUND_ENDS = (223, 307)
REGULARISATION = 1.0


def page_rows(
    page: Page, rule_labels: bool = False, after_rules: bool = False
) -> tuple[list[dict[str, float]], list[int], list[bool]]:
    """The page's sentences as rows: features, label (1: holds or is part of a labelled furniture string, and no
    labelled claim), and whether a labelled claim is in it. The sentences are each non-blank line split as the
    pipeline splits or, `after_rules`, only those the pipeline scores (what a gate would see)."""
    starts, line_features = line_rows(page)
    if after_rules:
        spans = scored_spans(page.text)[1]
    else:
        spans = [span for start in starts for span in split_spans(page.text, start, _line_end(page.text, start))]
    dropped = {line for _reason, line in clean(page.text).dropped} if rule_labels else set()
    for features in line_features:
        features[f"lang:{page.lang}"] = 1.0
    rows, labels, claimed = [], [], []
    for span_start, span_end in spans:
        index = bisect.bisect_right(starts, span_start) - 1
        line = page.text[starts[index] : _line_end(page.text, starts[index])]
        sentence = page.text[span_start:span_end]
        has_claim = any(same_sentence((first, last), (span_start, span_end)) for first, last, _ in page.claims)
        furniture = any(piece in sentence or sentence in piece for piece in page.furniture)
        rows.append(sentence_features(sentence, line_features[index]))
        labels.append(int((furniture or line in dropped) and not has_claim))
        claimed.append(has_claim)
    return rows, labels, claimed


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return end - 1 if end > start and text[end - 1] == "\r" else end


def vocabulary(rows_by_page: dict[str, list[dict[str, float]]]) -> set[str]:
    pages_of = Counter()
    for rows in rows_by_page.values():
        pages_of.update({name for row in rows for name in row if name.startswith(("w:", "f:"))})
    return {name for name, count in pages_of.items() if count >= MIN_PAGES}


def train(rows_by_page: dict[str, list[dict[str, float]]], labels_by_page: dict[str, list[int]], names) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    words = vocabulary({name: rows_by_page[name] for name in names})
    rows = [
        {key: value for key, value in row.items() if not key.startswith(("w:", "f:")) or key in words}
        for name in names
        for row in rows_by_page[name]
    ]
    labels = [label for name in names for label in labels_by_page[name]]
    vectorizer = DictVectorizer()
    classifier = LogisticRegression(C=REGULARISATION, max_iter=3000)
    classifier.fit(vectorizer.fit_transform(rows), labels)
    weights = {
        name: round(float(weight), 5)
        for name, weight in zip(vectorizer.get_feature_names_out(), classifier.coef_[0], strict=True)
        if abs(weight) >= 1e-4
    }
    return {"bias": round(float(classifier.intercept_[0]), 5), "weights": weights, "threshold": 1.0}


def totals(tallies: dict[str, Tally], pages: list[Page]) -> Tally:
    summed = Tally()
    for page in pages:
        summed.add(tallies[page.name])
    return summed


def line_rows(page: Page) -> tuple[list[int], list[dict[str, float]]]:
    """The start of each non-blank line of the page and its features."""
    lines, starts, position = [], [], 0
    for line in page.text.splitlines(keepends=True):
        if line.strip():
            lines.append(line)
            starts.append(position)
        position += len(line)
    return starts, list(page_features(lines))


def gated(page: Page, found: list[Found], model: dict | None) -> list[Found]:
    """The claims found, but those the gate calls furniture (by the sentence and the line it starts on)."""
    if model is None:
        return found
    starts, rows = line_rows(page)
    return [
        claim
        for claim in found
        if furniture_probability(
            sentence_features(claim.text, rows[bisect.bisect_right(starts, claim.start) - 1]), model, page.lang
        )
        < model["threshold"]
    ]


def found_claims(page: Page, found: list[Found]) -> set[int]:
    """Indexes of the page's labelled claims among those found."""
    return {
        index
        for index, (start, end, _speaker) in enumerate(page.claims)
        if any(same_sentence((start, end), (claim.start, claim.end)) for claim in found)
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rule-labels", action="store_true", help="also count as furniture the lines the rules drop (weak labels)"
    )
    parser.add_argument(
        "--after-rules", action="store_true", help="train on the sentences the pipeline scores only (the gate's input)"
    )
    args = parser.parse_args()
    pages = read_pages()
    row_of = {page.name: index + 1 for index, page in enumerate(pages)}
    tune = [page for page in pages if page.split == "tune"]
    rows, labels, claimed = {}, {}, {}
    for page in tune:
        rows[page.name], labels[page.name], claimed[page.name] = page_rows(page, args.rule_labels, args.after_rules)
    print(
        f"tune half: {len(tune)} pages, {sum(map(len, rows.values()))} lines, "
        f"{sum(map(sum, labels.values()))} furniture lines, {FOLDS} folds"
    )
    folds = {fold: [page.name for page in tune if fold_of(page.name) != fold] for fold in range(FOLDS)}
    models = {fold: train(rows, labels, names) for fold, names in folds.items()}
    bounds = [0, *ROUND_ENDS, len(pages)]
    groups = {
        f"rows {first + 1}-{last}": [page for page in tune if first < row_of[page.name] <= last]
        for first, last in itertools.pairwise(bounds)
        if last > first
    }
    _classifier_alone(tune, rows, labels, claimed, models, groups)
    found = {page.name: ours(page) for page in tune}
    before = {page.name: score_page(page, found[page.name])[0] for page in tune}
    found_before = {page.name: found_claims(page, found[page.name]) for page in tune}
    claims_total = sum(len(page.claims) for page in tune)
    chosen = None
    print("whole pipeline, rules on, each page's claims gated by a model not trained on it:")
    _print_run("no gate", before, groups, lost=0)
    for threshold in THRESHOLDS:
        tallies, lost = {}, 0
        for page in tune:
            model = dict(models[fold_of(page.name)], threshold=threshold)
            kept = gated(page, found[page.name], model)
            tallies[page.name] = score_page(page, kept)[0]
            lost += len(found_before[page.name] - found_claims(page, kept))
        _print_run(f"gate >= {threshold}", tallies, groups, lost)
        if lost <= MAX_LOSS_RATE * claims_total and chosen is None:
            chosen = threshold
    print(f"lowest threshold losing <= 1 labelled claim in {1 / MAX_LOSS_RATE:.0f} ({claims_total} claims): {chosen}")


def _classifier_alone(tune, rows, labels, claimed, models, groups) -> None:
    """Out of fold, on every sentence: the furniture caught and the labelled claims it would drop, by threshold."""
    print("classifier alone, every sentence of every line, out of fold (furniture caught, -claims dropped):")
    for group, members in groups.items():
        for language in LANGUAGES:
            scored = [
                (furniture_probability(row, models[fold_of(page.name)], page.lang), label, claim)
                for page in members
                if page.lang == language
                for row, label, claim in zip(rows[page.name], labels[page.name], claimed[page.name], strict=True)
            ]
            furniture = sum(label for _, label, _ in scored)
            claims = sum(claim for _, _, claim in scored)
            cells = [
                f">={threshold}: {sum(p >= threshold and label for p, label, _ in scored)}/{furniture}"
                f" -{sum(p >= threshold and claim for p, _, claim in scored)}/{claims}"
                for threshold in THRESHOLDS
            ]
            print(f"  {group} {language}: " + "; ".join(cells))


def _print_run(name: str, tallies: dict[str, Tally], groups: dict[str, list[Page]], lost: int) -> None:
    print(f"  {name} (labelled claims lost: {lost})")
    for group, members in groups.items():
        for language in LANGUAGES:
            print(f"    {group} {language}: {totals(tallies, [p for p in members if p.lang == language]).line()}")


if __name__ == "__main__":
    main()
