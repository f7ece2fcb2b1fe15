"""Matching across French and English on bench/heldout/matching-bilingual (written for the project).

Usage: DEBUG=1 .venv/bin/python bench/eval_matching_bilingual.py [--split test|tune] [--threshold T]
Imports the set's fact-checks through the desk's import (their embeddings computed in-process, as
the worker would, then their shared vector index), matches each claim with publishing.match_search.search
in the claim's language and prints Recall@5 by direction and how many unrelated claims got no suggestion,
at the default threshold.
"""

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import claim_matching

SET = Path(__file__).resolve().parent / "heldout" / "matching-bilingual"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="test", choices=["test", "tune"])
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    workdir = tempfile.TemporaryDirectory()
    # The worker's own update may build an index as rows are embedded: it goes with the database.
    os.environ["FACTCHECK_VECTOR_INDEX_DIR"] = f"{workdir.name}/vector-index"
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir.name}/bilingual.sqlite3"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    from django.conf import settings

    from publishing import match_search
    from publishing.importing import claimreviews_import
    from publishing.models import ExternalFactCheck

    factchecks = claim_matching.read_tsv(SET / "factchecks.tsv")
    reviews = [
        {
            "@type": "ClaimReview",
            "url": f"https://factchecks.example/{row['id']}",
            "claimReviewed": row["claim"],
            "headline": row["headline"],
            "inLanguage": row["language"],
            "reviewRating": {"@type": "Rating", "alternateName": "False"},
        }
        for row in factchecks
    ]
    claimreviews_import(json.dumps(reviews).encode())
    data_id_of = {pk: url.rsplit("/", 1)[1] for pk, url in ExternalFactCheck.objects.values_list("pk", "url")}
    in_vector_index = claim_matching.build_vector_index()
    threshold = settings.FACTCHECK_MATCH_THRESHOLD if args.threshold is None else args.threshold

    rows = [row for row in claim_matching.read_tsv(SET / "queries.tsv") if row["split"] == args.split]
    found, shown, totals = {}, {}, {}
    for row in rows:
        hits = match_search.search(row["text"], language=row["language"], threshold=threshold)
        suggested = [data_id_of[hit.pk] for hit in hits]
        direction = f"{row['language']} claim → {'none' if not row['relevant'] else row['relevant'][:2]} fact-check"
        totals[direction] = totals.get(direction, 0) + 1
        if row["relevant"]:
            found[direction] = found.get(direction, 0) + (row["relevant"] in suggested)
        else:
            shown[direction] = shown.get(direction, 0) + (not suggested)
    print(f"{args.split} half, threshold {threshold:g}; {in_vector_index} fact-checks in the vector index")
    print("| claims | n | Recall@5 / no suggestion |")
    print("|---|---|---|")
    pairs = [d for d in totals if d in found]
    for direction in pairs:
        print(f"| {direction} | {totals[direction]} | {found[direction] / totals[direction]:.3f} |")
    n = sum(totals[d] for d in pairs)
    print(f"| across languages | {n} | {sum(found.values()) / n:.3f} |")
    for direction in shown:
        print(f"| {direction} (unrelated: share with no suggestion) | {totals[direction]} |"
              f" {shown[direction] / totals[direction]:.3f} |")  # fmt: skip


if __name__ == "__main__":
    main()
