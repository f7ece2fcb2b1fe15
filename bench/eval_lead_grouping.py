"""Grouping leads by meaning, on shared data nobody here wrote, beside exact-text grouping in the same run.

Usage: DEBUG=1 .venv/bin/python bench/eval_lead_grouping.py [--split train|dev] [--negatives 100]
           [--cache /tmp/vectors.npz]

Same meaning: a tweet and the claim of the fact-check it repeats (CheckThat! 2022 2A, English);
different meaning: the tweet and the claim of another query's fact-check (--negatives per tweet,
seeded). Each pair is scored by monitoring.similarity.closeness, the function grouping uses, and by
the exact-text key grouping used before (monitoring.services.leads.group_key). A lead is compared
with every recent lead, so a false merge costs far more than a missed one: the threshold is the
lowest whose false-merge rate on train stays at or under --max-false (tune on train, report dev).
"""

import argparse
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("DEBUG", "1")

import django

django.setup()

from bench import claim_matching  # noqa: E402
from monitoring import similarity  # noqa: E402
from monitoring.services.leads import group_key  # noqa: E402
from publishing import embedding  # noqa: E402

THRESHOLDS = [round(0.30 + 0.05 * step, 2) for step in range(12)]


def pairs(split: str, negatives: int, seed: int = 18):
    by_id = {row["id"]: row for row in claim_matching.factchecks()}
    queries = [query for query in claim_matching.queries(split) if any(r in by_id for r in query["relevant"])]
    claims = [by_id[sorted(r for r in query["relevant"] if r in by_id)[0]]["claim"] for query in queries]
    rng = random.Random(seed)
    result = []
    for index, query in enumerate(queries):
        result.append((query["text"], claims[index], True))
        others = [other for other in rng.sample(range(len(queries)), negatives + 1) if other != index][:negatives]
        result += [(query["text"], claims[other], False) for other in others]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--negatives", type=int, default=100)
    parser.add_argument("--cache", type=Path, help="keep the embeddings in this .npz (outside the project)")
    # A new lead is compared with every recent lead: with a few hundred unrelated ones close enough in
    # meaning to be scored, a per-pair rate of 1/10,000 already wrongly joins a group now and then.
    parser.add_argument("--max-false", type=float, default=0.0001)
    args = parser.parse_args()
    if not (claim_matching.DATA / "factchecks.tsv").exists():
        sys.exit(f"no data at {claim_matching.DATA}")
    scored = pairs(args.split, args.negatives)
    texts = sorted({text for left, right, _same in scored for text in (left, right)})
    started = time.perf_counter()
    vectors = {}
    if args.cache and args.cache.exists():
        cached = np.load(args.cache, allow_pickle=False)
        vectors = dict(zip(cached["texts"].tolist(), cached["vectors"], strict=True))
    missing = [text for text in texts if text not in vectors]
    vectors.update(zip(missing, embedding.embed_queries(missing), strict=True))
    if args.cache and missing:
        np.savez(args.cache, texts=np.array(list(vectors)), vectors=np.stack(list(vectors.values())))
    seconds = time.perf_counter() - started
    forms = {text: similarity.compared_form(text, "en") for text in texts}
    rows = []
    for left, right, same in scored:
        score = similarity.closeness(forms[left], forms[right], vectors[left], vectors[right])
        rows.append((score, group_key(left) == group_key(right), same))
    positives = sum(same for _s, _e, same in rows)
    negatives = len(rows) - positives
    per_text = 1000 * seconds / max(len(missing), 1)
    print(f"{args.split}: {positives} same-meaning pairs, {negatives} different; embedded {len(missing)} texts "
          f"in {seconds:.1f} s ({per_text:.0f} ms a text, batch {embedding.BATCH})")  # fmt: skip
    exact_found = sum(exact and same for _s, exact, same in rows)
    exact_false = sum(exact and not same for _s, exact, same in rows)
    print(f"baseline exact text: grouped {exact_found}/{positives} = {exact_found / positives:.3f}, "
          f"false merges {exact_false}/{negatives}")  # fmt: skip
    print("threshold  grouped (recall)  false merges (rate)  precision")
    for threshold in THRESHOLDS:
        found = sum(score >= threshold and same for score, _e, same in rows)
        false = sum(score >= threshold and not same for score, _e, same in rows)
        precision = found / (found + false) if found + false else 1.0
        print(f"{threshold:9.2f}  {found:5d} ({found / positives:.3f})    {false:5d} ({false / negatives:.4f})"
              f"        {precision:.3f}")  # fmt: skip
    chosen = next(
        (t for t in THRESHOLDS if sum(s >= t and not same for s, _e, same in rows) <= args.max_false * negatives), None
    )
    print(f"lowest threshold with false merges <= {args.max_false:.2%} here: {chosen}")


if __name__ == "__main__":
    main()
