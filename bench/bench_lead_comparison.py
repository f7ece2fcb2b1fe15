"""What comparing one lead costs (repeat alerts and grouping, monitoring.services.comparison) against
N stored rows to match (the matching bench's rows and embeddings, as in bench_matching.py --embeddings:
real fact-checks embedded by the model and synthetic ones derived from them, in its vector index) and
GROUP_CANDIDATES recent leads, on PostgreSQL.

    .venv/bin/python bench/bench_lead_comparison.py --rows 100000 --documents 20 --leads 8

Prints, per lead, the time of each step: embedding (one model call per 32 leads), the search of the
fact-checks, and grouping with the write; then what that means for articles per hour per core.
Its database is factcheck_bench_matching_<rows>, shared with bench_matching.py (same rows).
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import bench_matching
from bench.database import use_database


def timed(store: list, function):
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            store.append(time.perf_counter() - started)

    return run


RECENT_URL = "https://bench.example/recent"


def recent_leads(count: int, rng: random.Random) -> None:
    """`count` open leads of the last hours with random embeddings: what grouping reads each time."""
    import numpy as np
    from django.utils import timezone

    from monitoring.models import Lead
    from monitoring.services.grouping import GROUP_CANDIDATES
    from monitoring.services.leads import group_key
    from publishing import embedding
    from tests.factories import DocumentFactory

    # Every run starts alike: the leads of earlier runs' articles go, the recent ones stay recent.
    Lead.objects.exclude(document__url=RECENT_URL).delete()
    Lead.objects.update(created_at=timezone.now())
    if Lead.objects.count() >= min(count, GROUP_CANDIDATES):
        return
    document = DocumentFactory(text="Bench.", url=RECENT_URL, language="fr", content_hash=uuid.uuid4().hex)
    generator = np.random.default_rng(rng.randint(0, 2**31))
    vectors = generator.standard_normal((count, embedding.DIMENSIONS))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    texts = [bench_matching.synthetic_claim(rng) for _ in range(count)]
    Lead.objects.bulk_create(
        [
            Lead(
                document=document,
                text=text,
                start=n,
                end=n,
                language="fr",
                score=0.9,
                group_key=group_key(text),
                embedding=embedding.to_bytes(vector),
            )
            for n, (text, vector) in enumerate(zip(texts, vectors, strict=True))
        ],
        batch_size=1000,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--documents", type=int, default=20)
    parser.add_argument("--leads", type=int, default=8, help="leads per article above the floor")
    parser.add_argument("--real", type=int, default=200, help="real fact-checks among the rows, embedded by the model")
    parser.add_argument("--database-url")
    options = parser.parse_args()
    url = options.database_url or f"postgres://postgres@127.0.0.1:5432/factcheck_bench_matching_{options.rows}"
    # The vector index of these rows, built once (bench_matching.py's own for its default database).
    database = urlsplit(url).path.lstrip("/")
    vector_dir = (
        Path(__file__).resolve().parent.parent
        / "var"
        / database.replace("factcheck_bench_matching_", "bench-matching-")
    )
    os.environ.setdefault("FACTCHECK_VECTOR_INDEX_DIR", str(vector_dir))
    use_database(url)
    bench_matching.load(options.rows, random.Random(7), with_embeddings=True, real_count=options.real)
    bench_matching.build_indexes()
    bench_matching.build_vector_index(threads=1)

    from django.conf import settings
    from django.utils import timezone

    from monitoring.models import Lead
    from monitoring.services import alerts, comparison, grouping
    from monitoring.services.grouping import GROUP_CANDIDATES
    from monitoring.services.leads import group_key
    from publishing import embedding
    from publishing.match_search import refresh_dense_candidates
    from tests.factories import DocumentFactory

    rng = random.Random(11)
    recent_leads(GROUP_CANDIDATES, rng)
    embedding.embed_queries(["load the model"])
    refresh_dense_candidates()  # loads the index and the recent rows before timing
    grouping.recent_leads().refresh(timezone.now() - timedelta(hours=settings.FACTCHECK_LEAD_GROUP_HOURS), [])
    embed, search, total, cpu = [], [], [], []
    grouping.leads_embed = timed(embed, grouping.leads_embed)
    alerts.best_factcheck = timed(search, alerts.best_factcheck)
    run = timed(total, comparison.leads_compare)
    for number in range(options.documents):
        document = DocumentFactory(
            text="Bench.", url=f"https://bench.example/{time.time_ns()}", language="fr", content_hash=uuid.uuid4().hex
        )
        texts = [bench_matching.synthetic_claim(rng) for _ in range(options.leads)]
        Lead.objects.bulk_create(
            [
                Lead(document=document, text=text, start=n, end=n, language="fr", score=0.9, group_key=group_key(text))
                for n, text in enumerate(texts)
            ]
        )
        cpu_started = time.process_time()
        run(document.pk)
        cpu.append(time.process_time() - cpu_started)
        print(f"\rdocument {number + 1}/{options.documents}", end="", file=sys.stderr)
    print(file=sys.stderr)
    leads = options.documents * options.leads
    per_lead_total = sum(total) / leads * 1000
    per_lead_embed = sum(embed) / leads * 1000
    per_lead_search = statistics.median(search) * 1000
    rest = per_lead_total - per_lead_embed - sum(search) / leads * 1000
    print(f"{options.rows:,} rows to match, {GROUP_CANDIDATES:,} recent leads; {options.documents} articles of "
          f"{options.leads} leads")  # fmt: skip
    print(f"per lead: {per_lead_total:.0f} ms in all = embedding {per_lead_embed:.0f} ms (batched) + search of the "
          f"fact-checks median {per_lead_search:.0f} ms (p95 {sorted(search)[int(0.95 * len(search))] * 1000:.0f})"
          f" + grouping and writing {rest:.0f} ms")  # fmt: skip
    # On a shared machine the wall clock counts the others' work too; this process's CPU does not.
    print(f"this process's CPU per lead: {sum(cpu) / leads * 1000:.0f} ms (PostgreSQL's own work not counted)")
    per_article = per_lead_total * options.leads / 1000
    print(f"per article of {options.leads} leads: {per_article:.2f} s of one core = {3600 / per_article:,.0f} "
          "articles an hour per core for this step alone")  # fmt: skip


if __name__ == "__main__":
    main()
