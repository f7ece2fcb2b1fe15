"""The domains no source covers, on PostgreSQL: the first page of the API's selector before (every
unlinked evidence URL read and grouped in Python) and after (grouped and counted by the database).

    .venv/bin/python bench/bench_unmatched_domains.py --rows 200000 --domains 5000 --repeat 7 \
        --database-url postgres://postgres@127.0.0.1:5432/factcheck_bench_domains

Creates the bench database when missing, migrates it and loads synthetic evidence once (bulk_create,
`domain` filled by sources.selectors.domain_of as Evidence.save() would): 85 % web pages with no source,
10 % linked to a source, 5 % quotes, over --domains domains (some international, some "www.", some
subdomains) used unevenly, on 20,000 claims. Then times both ways of reading the API's first page of
50 (best and median of --repeat), checks they agree, and shows the new query's plan.
"""

import argparse
import random
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.database import use_database

PAGE_SIZE = 50  # the API's default page (api.pagination.QueuePagination)
CLAIMS = 20_000


def domain_names(count: int) -> list[str]:
    words = ["gazette", "café", "nouvelles", "daily", "blog", "météo", "stats", "tribune", "news", "zeitung"]
    names = []
    for n in range(count):
        base = f"{words[n % len(words)]}{n}.example"
        if n % 7 == 0:
            base = f"www.{base}"
        elif n % 11 == 0:
            base = f"news.{base}"
        names.append(base)
    return names


def load(rows: int, domains: int, rng: random.Random) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import roles
    from claims.models import Claim, Document
    from reviews.models import Evidence
    from sources.models import Source
    from sources.selectors import domain_of

    have = Evidence.objects.count()
    if have >= rows:
        print(f"{have:,} evidence rows already loaded")
        return
    editor, _ = get_user_model().objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    started = time.perf_counter()
    source = Source.objects.create(name=f"Bench source {time.time()}")
    document = Document.objects.create(title="bench", text="bench", content_hash=f"bench-{time.time()}")
    claims = Claim.objects.bulk_create(
        (Claim(document=document, text=f"Bench claim {n}.", start=n, end=n + 1) for n in range(CLAIMS)),
        batch_size=5000,
    )
    names = domain_names(domains)
    # Uneven use, as on a real desk: a few domains cited often, a long tail cited once or twice.
    weights = [1 / (rank + 1) ** 0.8 for rank in range(domains)]
    picked = names + rng.choices(names, weights, k=rows - have - domains)
    batch = []
    for n, name in enumerate(picked):
        roll = rng.random()
        claim = claims[rng.randrange(CLAIMS)]
        if roll < 0.05:
            batch.append(Evidence(claim=claim, kind="quote", excerpt="Said so.", stance="context"))
        else:
            url = f"https://{name}/article-{n}"
            linked = source if n >= domains and roll < 0.15 else None
            batch.append(
                Evidence(claim=claim, kind="url", url=url, domain=domain_of(url), stance="supports", source=linked)
            )
        if len(batch) == 10_000:
            Evidence.objects.bulk_create(batch)
            batch = []
    Evidence.objects.bulk_create(batch)
    print(f"loaded {rows - have:,} evidence rows in {time.perf_counter() - started:.1f} s")


def first_page_before(user) -> tuple[list[tuple], int]:
    """The selector as it was (commit dbd1a30), then the first page of the list it returned."""
    from claims import roles
    from reviews.models import Evidence
    from sources.selectors import domain_of

    if not roles.can_edit_sources(user):
        return [], 0
    rows = Evidence.objects.filter(kind=Evidence.Kind.URL, source__isnull=True).values_list("url", "claim_id")
    evidence_counts: Counter = Counter()
    claims: dict[str, set] = defaultdict(set)
    for url, claim_id in rows:
        domain = domain_of(url)
        if domain:
            evidence_counts[domain] += 1
            claims[domain].add(claim_id)
    every = [
        (domain, count, len(claims[domain]))
        for domain, count in sorted(evidence_counts.items(), key=lambda item: (-item[1], item[0]))
    ]
    return every[:PAGE_SIZE], len(every)


def first_page_after(user) -> tuple[list[tuple], int]:
    """What the API does now: the selector's queryset through its paginator."""
    from factcheck.paging import TotalInRowsPaginator
    from reviews.selectors import unmatched_domains

    paginator = TotalInRowsPaginator(unmatched_domains(user), PAGE_SIZE)
    page = paginator.page(1)
    return [(row.domain, row.evidence_count, row.claim_count) for row in page], paginator.count


def timed(label: str, function, user, repeat: int):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = function(user)
        times.append((time.perf_counter() - started) * 1000)
    tracemalloc.start()
    function(user)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"{label}: best {min(times):.1f} ms, median {statistics.median(times):.1f} ms over {repeat} runs; "
        f"peak Python memory {peak / 2**20:.1f} MiB"
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200_000)
    parser.add_argument("--domains", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/factcheck_bench_domains")
    options = parser.parse_args()
    use_database(options.database_url)
    from django.contrib.auth import get_user_model
    from django.db import connection

    from reviews.selectors import unmatched_domains

    load(options.rows, options.domains, random.Random(7))
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE reviews_evidence")
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE kind = 'url' AND source_id IS NULL) FROM reviews_evidence"
        )
        total, unmatched = cursor.fetchone()
        cursor.execute("SELECT pg_relation_size('evidence_unmatched_domain'), pg_relation_size('reviews_evidence')")
        index_size, table_size = cursor.fetchone()
    print(
        f"{total:,} evidence rows, {unmatched:,} web pages with no source; table {table_size / 2**20:.0f} MiB, "
        f"index evidence_unmatched_domain {index_size / 2**20:.1f} MiB"
    )
    editor = get_user_model().objects.get(username="bench-editor")
    before = timed(f"before (Python grouping), first page of {PAGE_SIZE}", first_page_before, editor, options.repeat)
    after = timed(f"after (database GROUP BY), first page of {PAGE_SIZE}", first_page_after, editor, options.repeat)
    assert before == after, "the two ways disagree"
    print(f"same first page and count both ways: {after[1]:,} domains")
    queryset = unmatched_domains(editor)[:PAGE_SIZE]
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        print("plan of the new query:")
        for (line,) in cursor.fetchall():
            print("   ", line)


if __name__ == "__main__":
    main()
