"""Matching quality on the shared CheckThat! 2022 task 2A data, beside a plain BM25 in the same run.

Usage: DEBUG=1 .venv/bin/python bench/eval_matching.py [--queries dev|train] [--data PATH]
           [--threshold T] [--database-url URL]
Imports the 14,231 fact-checks through the desk's import (publishing.importing, the code of
`manage.py import_claimreviews`), embeds the rows the semantic stage reads with the worker's own
function and puts them in the shared vector index as the worker does, then matches each query with
publishing.match_search.search, at the default threshold unless --threshold is given. A throwaway
SQLite database by default; --database-url for PostgreSQL.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import claim_matching

UNRELATED = Path(__file__).resolve().parent / "heldout" / "news-en.tsv"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--queries", default="dev", choices=["dev", "train"])
    parser.add_argument("--data", type=Path, default=claim_matching.DATA)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--lexical-only", action="store_true", help="embed nothing: rows waiting for their embedding")
    args = parser.parse_args()
    if not (args.data / "factchecks.tsv").exists():
        sys.exit(f"no data at {args.data}: it lies beside the clone, in ../shared/data/claim-matching-en")

    workdir = tempfile.TemporaryDirectory()
    # The index goes with the database, built once the exact reference is taken (below), not as rows are embedded.
    os.environ["FACTCHECK_VECTOR_INDEX_DIR"] = f"{workdir.name}/vector-index"
    os.environ["FACTCHECK_VECTOR_INDEX_PENDING_ROWS"] = str(10**9)
    if args.database_url:
        from bench.database import use_database

        use_database(args.database_url)
    else:
        os.environ["DATABASE_URL"] = f"sqlite:///{workdir.name}/eval.sqlite3"
        os.environ.setdefault("DEBUG", "1")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
        import django
        from django.core.management import call_command

        django.setup()
        call_command("migrate", verbosity=0)
    from django.conf import settings

    factchecks = claim_matching.factchecks(args.data)
    queries = claim_matching.queries(args.queries, args.data)
    texts = [query["text"] for query in queries]

    started = time.perf_counter()
    data_id_of = claim_matching.import_factchecks(factchecks)
    imported = time.perf_counter()
    embedded = 0 if args.lexical_only else claim_matching.embed_needed(texts)
    # Before the index exists, every embedded row is compared exactly: the reference the index must keep.
    exact_suggestions = claim_matching.desk_suggestions(texts, data_id_of, threshold=0.0)
    in_vector_index = claim_matching.build_vector_index()
    embedding_done = time.perf_counter()
    suggestions = claim_matching.desk_suggestions(texts, data_id_of, threshold=0.0)
    matched = time.perf_counter()
    unrelated = [row["text"] for row in claim_matching.read_tsv(UNRELATED) if row["label"] == "1"]
    unrelated_suggestions = claim_matching.desk_suggestions(unrelated, data_id_of, threshold=0.0)
    baseline = claim_matching.PlainBm25({row["id"]: row["claim"] for row in factchecks})
    baseline_rankings = [baseline.rank(text) for text in texts]

    threshold = settings.FACTCHECK_MATCH_THRESHOLD if args.threshold is None else args.threshold
    ours_map, ours_recall = claim_matching.scores(claim_matching.above(suggestions, threshold), queries)
    bm25_map, bm25_recall = claim_matching.scores(baseline_rankings, queries)
    exact_map, exact_recall = claim_matching.scores(claim_matching.above(exact_suggestions, threshold), queries)
    changed = sum(ours != exact for ours, exact in zip(suggestions, exact_suggestions, strict=True))
    print(f"{len(factchecks)} fact-checks, {len(queries)} {args.queries} queries")
    print(f"import {imported - started:.1f} s, {embedded} rows embedded and {in_vector_index} in the vector index"
          f" in {embedding_done - imported:.1f} s,"
          f" matching {1000 * (matched - embedding_done) / len(queries):.0f} ms per query")  # fmt: skip
    print("| system | MAP@5 | Recall@5 |")
    print("|---|---|---|")
    print(f"| desk matching (threshold {threshold:g}) | {ours_map:.3f} | {ours_recall:.3f} |")
    print(f"| plain BM25 over the claim (stemmed words) | {bm25_map:.3f} | {bm25_recall:.3f} |")
    print(f"\nWith exact nearest rows instead of the vector index: MAP@5 {exact_map:.3f}, Recall@5 {exact_recall:.3f};"
          f" the index changed the suggestions of {changed} of {len(texts)} queries")  # fmt: skip
    print("\nBy threshold; 'unrelated': check-worthy news sentences (heldout/news-en.tsv) given no suggestion")
    print("| threshold | MAP@5 | Recall@5 | unrelated |")
    print("|---|---|---|---|")
    for step in range(0, 13):
        cut = step / 20
        cut_map, cut_recall = claim_matching.scores(claim_matching.above(suggestions, cut), queries)
        silent = sum(not ranked for ranked in claim_matching.above(unrelated_suggestions, cut)) / len(unrelated)
        print(f"| {cut:.2f} | {cut_map:.3f} | {cut_recall:.3f} | {silent:.3f} |")


if __name__ == "__main__":
    main()
