"""Matching speed on PostgreSQL: one new claim against N stored claims (20,000 by default, quick;
BENCHMARKS.md records the larger runs).

    .venv/bin/python bench/bench_matching.py --rows 20000 --queries 100
    FACTCHECK_EMBEDDING_THREADS=1 .venv/bin/python bench/bench_matching.py --rows 1000000 --queries 200 \
        --embeddings --build-threads 2

Its database is factcheck_bench_matching_<rows> on the local PostgreSQL unless --database-url names one, and its
vector index is under var/bench-matching-<rows>/. Creates the database when missing, migrates it, loads the claims
once (COPY), rebuilds the index of the words (timed), then times publishing.match_search.search end to end, in a
fresh process as a worker would run it, for rewordings of stored claims, new claims, and claims made only of
common words; that process's peak memory is printed last.

With --embeddings every stored row also has an embedding, so both stages run as in production. Embedding a million
rows with the model would take most of a day here, so --real rows (2,000) are real fact-checks from the shared
CheckThat! data, embedded by the model (the embedding throughput printed), and every other row gets a vector
derived from them (bench_matching.synthetic_vectors: mostly one real vector, some of another, a little noise).
Then the shared vector index is built (timed, size on disk) and its recall against exact search is measured for
the shared dev queries. The synthetic rows' texts and vectors do not agree, so the answers mean nothing: quality is
eval_matching.py's job.
"""

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.database import use_database

SUBJECTS_EN = [
    "unemployment",
    "inflation",
    "the deficit",
    "crime",
    "immigration",
    "the minimum wage",
    "rents",
    "hospital waiting times",
    "energy prices",
    "public debt",
    "tax revenue",
    "school funding",
    "police numbers",
    "carbon emissions",
    "house prices",
    "youth unemployment",
    "pensions",
    "exports",
]
SUBJECTS_FR = [
    "le chômage",
    "l’inflation",
    "le déficit",
    "la délinquance",
    "l’immigration",
    "le Smic",
    "les loyers",
    "l’attente aux urgences",
    "le prix de l’énergie",
    "la dette publique",
    "les recettes fiscales",
    "le budget des écoles",
    "les effectifs de police",
    "les émissions de CO2",
    "le prix des logements",
    "le chômage des jeunes",
    "les retraites",
    "les exportations",
]
VERBS_EN = ["fell by", "rose by", "doubled to", "reached", "dropped to", "grew by", "increased by", "was cut by"]
VERBS_FR = ["a baissé de", "a augmenté de", "a doublé pour atteindre", "a atteint", "est tombé à", "a progressé de"]
UNITS_EN = ["people", "percent", "euros", "million euros", "billion euros", "jobs", "cases", "households"]
UNITS_FR = ["personnes", "pour cent", "euros", "millions d’euros", "milliards d’euros", "emplois", "cas", "ménages"]
PLACES = [
    "in France",
    "in Paris",
    "in Marseille",
    "in Lyon",
    "in Brittany",
    "in the EU",
    "in Germany",
    "in Lille",
    "in Toulouse",
    "in Nice",
    "in Bordeaux",
    "in Normandy",
    "in Corsica",
    "in Spain",
    "in Italy",
    "in Belgium",
]
PLACES_FR = [
    "en France",
    "à Paris",
    "à Marseille",
    "à Lyon",
    "en Bretagne",
    "dans l’UE",
    "en Allemagne",
    "à Lille",
    "à Toulouse",
    "à Nice",
    "à Bordeaux",
    "en Normandie",
    "en Corse",
    "en Espagne",
    "en Italie",
]
SPEAKERS = ["the minister", "the mayor", "the opposition leader", "a senator", "the president", "the union"]


def synthetic_claim(rng: random.Random) -> str:
    number = f"{rng.randint(1, 999_999):,}".replace(",", rng.choice([",", " ", "\u202f", ""]))
    year = rng.randint(1990, 2026)
    if rng.random() < 0.5:
        return (
            f"{rng.choice(SUBJECTS_EN).capitalize()} {rng.choice(VERBS_EN)} {number} {rng.choice(UNITS_EN)} "
            f"{rng.choice(PLACES)} in {year}, {rng.choice(SPEAKERS)} said."
        )
    return (
        f"{rng.choice(SUBJECTS_FR).capitalize()} {rng.choice(VERBS_FR)} {number} {rng.choice(UNITS_FR)} "
        f"{rng.choice(PLACES_FR)} en {year}."
    )


def real_sample(count: int, rng: random.Random) -> list[str]:
    """`count` real fact-checks (claim and headline, as a fact-check is embedded), from the shared
    CheckThat! data beside the clone; none where it is missing."""
    from bench import claim_matching

    if not count or not (claim_matching.DATA / "factchecks.tsv").exists():
        return []
    rows = claim_matching.factchecks()
    return [f"{row['claim']} {row['title']}".strip() for row in rng.sample(rows, min(count, len(rows)))]


def synthetic_vectors(real, count: int, generator):
    """Unit vectors among the real ones: a random mix (Dirichlet weights) of three real vectors plus
    noise (0.3 of a unit vector's length), so the rows spread around real meanings as a newsroom's
    archive does, and the nearest-neighbour index faces real embeddings' shape, not uniform noise."""
    import numpy as np

    weights = generator.dirichlet((1, 1, 1), count).astype(np.float32)
    vectors = sum(weights[:, [k]] * real[generator.integers(0, len(real), count)] for k in range(3))
    vectors += 0.3 * generator.standard_normal(vectors.shape).astype(np.float32) / np.sqrt(vectors.shape[1])
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def load(rows: int, rng: random.Random, *, with_embeddings: bool, real_count: int) -> None:
    """COPY `rows` claims with their words (the first `real_count` real fact-checks, the others
    synthetic) and, with_embeddings, their embeddings: the real texts' computed by the model, the
    synthetic ones derived from those (synthetic_vectors)."""
    import numpy as np
    from django.db import connection
    from django.utils import timezone

    from claims.models import Claim, Document
    from publishing import embedding
    from publishing.match_index import DOCUMENTS_KEY, LENGTH_KEY, padded
    from publishing.models import MatchTerm
    from publishing.text import match_form, search_terms

    have = Claim.objects.count()
    if have >= rows:
        print(f"{have:,} claims already loaded")
        return
    document = Document.objects.create(title="bench", text="bench", content_hash="bench-" + str(time.time()))
    real = real_sample(real_count, rng) if have == 0 else []
    texts = real + [synthetic_claim(rng) for _ in range(rows - have - len(real))]
    real_vectors = None
    if with_embeddings:
        embedding.embed_passages(real[:8] or texts[:8])  # loads the model
        started, cpu_started = time.perf_counter(), time.process_time()
        real_vectors = embedding.embed_passages(real or texts[:2000])
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        # Per second of CPU as well: on a shared machine the wall clock counts the others' work too.
        threads = embedding.settings.FACTCHECK_EMBEDDING_THREADS
        print(
            f"embedding throughput: {len(real_vectors):,} real fact-checks in {elapsed:.1f} s,"
            f" {len(real_vectors) / elapsed:.1f} texts/s on {threads} thread(s);"
            f" {len(real_vectors) / cpu:.1f} per CPU second"
        )
    generator = np.random.default_rng(rng.randint(0, 2**31))
    embedded_from = timezone.now() - timedelta(seconds=len(texts))
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for index in INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {index}")
        cursor.execute("SELECT coalesce(max(id), 0) FROM claims_claim")
        next_id = cursor.fetchone()[0] + 1
        raw = connection.connection
        with raw.cursor().copy(
            'COPY claims_claim (id, document_id, text, start, "end", speaker, language, score, reasons, status,'
            " version, priority, created_at, updated_at) FROM STDIN"
        ) as copy:
            for offset, text in enumerate(texts):
                copy.write_row(
                    (next_id + offset, document.pk, text, offset, offset, "", "", 0.5, "[]", "unverified", 1,
                     "normal", "now()", "now()")
                )  # fmt: skip
        counts = Counter()
        columns = "claim_id, normalized_text, terms, term_count, language"
        if with_embeddings:
            columns += ", embedding, embedded_at"
        with raw.cursor().copy(f"COPY publishing_claimtext ({columns}) FROM STDIN") as copy:
            for start in range(0, len(texts), 10_000):
                batch = texts[start : start + 10_000]
                if with_embeddings:
                    vectors = real_vectors[start : start + len(batch)] if start < len(real_vectors) else []
                    if len(vectors) < len(batch):
                        extra = synthetic_vectors(real_vectors, len(batch) - len(vectors), generator)
                        vectors = np.concatenate([np.asarray(vectors).reshape(-1, embedding.DIMENSIONS), extra])
                for offset, text in enumerate(batch):
                    terms = search_terms(text)
                    counts.update(set(terms))
                    counts[DOCUMENTS_KEY] += 1
                    counts[LENGTH_KEY] += len(terms)
                    row = [next_id + start + offset, match_form(text), padded(terms), len(terms), ""]
                    if with_embeddings:
                        # One row a second, as a worker embeds them over time, not a million at once.
                        embedded_at = embedded_from + timedelta(seconds=start + offset)
                        row += [embedding.to_bytes(vectors[offset]), embedded_at]
                    copy.write_row(row)
        # Every figure is a word of its own: hundreds of thousands of them, so in batches.
        MatchTerm.objects.bulk_create(
            [MatchTerm(term=term, documents=count) for term, count in counts.items()],
            batch_size=5000,
            update_conflicts=True,
            unique_fields=["term"],
            update_fields=["documents"],
        )
        cursor.execute(
            "SELECT setval(pg_get_serial_sequence('claims_claim', 'id'), (SELECT max(id) FROM claims_claim))"
        )
    print(f"loaded {len(texts):,} claims ({len(real):,} real) in {time.perf_counter() - started:.1f} s")


def build_vector_index(threads: int) -> None:
    """Build the shared nearest-by-meaning index as `reindex_matching` does (timed), and its size."""
    from django.conf import settings

    from publishing import vector_index

    settings.FACTCHECK_EMBEDDING_THREADS = threads
    built = vector_index.manifest("claim")
    if built and vector_index.pending_rows("claim") == 0:
        print(f"vector index: {built['rows']:,} rows, built by an earlier run")
        return
    started = time.perf_counter()
    rows = vector_index.build("claim")
    elapsed = time.perf_counter() - started
    size = (Path(settings.FACTCHECK_VECTOR_INDEX_DIR) / vector_index.manifest("claim")["file"]).stat().st_size
    print(f"vector index: {rows:,} rows built in {elapsed:.0f} s, {threads} thread(s), {size / 2**20:.0f} MiB on disk")


def vector_index_recall(rng: random.Random, count: int = 200) -> None:
    """How many of the exact ten nearest rows the index finds, for real queries (the shared dev
    queries, else synthetic claims), exact cosines computed by chunks over every stored row."""
    import numpy as np
    from django.db import connection

    from bench import claim_matching
    from publishing import embedding, vector_index

    try:
        texts = [row["text"] for row in claim_matching.queries("dev")][:count]
    except FileNotFoundError:
        texts = [synthetic_claim(rng) for _ in range(count)]
    queries = np.stack([embedding.embed_query(text) for text in texts])
    best = [[] for _ in texts]
    with connection.cursor() as cursor:
        cursor.execute("SELECT max(claim_id) FROM publishing_claimtext")
        last = cursor.fetchone()[0]
        for start in range(0, last + 1, 100_000):
            cursor.execute(
                "SELECT claim_id, embedding FROM publishing_claimtext"
                " WHERE claim_id >= %s AND claim_id < %s AND embedding IS NOT NULL",
                [start, start + 100_000],
            )
            rows = cursor.fetchall()
            if not rows:
                continue
            ids = np.array([pk for pk, _raw in rows])
            vectors = np.frombuffer(b"".join(bytes(raw) for _pk, raw in rows), dtype=embedding.STORED_DTYPE)
            cosines = queries @ vectors.reshape(len(rows), -1).astype(np.float32).T
            for i, row in enumerate(cosines):
                top = np.argpartition(-row, min(10, len(row)) - 1)[:10]
                chunk_best = list(zip(row[top].tolist(), ids[top].tolist(), strict=True))
                best[i] = sorted(best[i] + chunk_best, reverse=True)[:10]
    shared = vector_index.SharedIndex("claim")
    shared.refresh()
    for expansion in (64, 128, 256):
        vector_index.EXPANSION_SEARCH = expansion
        found, close, timings = 0, 0, []
        for query, exact in zip(queries, best, strict=True):
            started = time.perf_counter()
            keys = [pk for pk, _cosine in shared.nearest(query, 10)]
            timings.append(time.perf_counter() - started)
            cosines = [float(embedding.from_bytes(raw) @ query) for raw in stored_vectors(keys)]
            tenth = exact[-1][0]
            # Synthetic rows lie close together: ties within a rounding of the tenth count as found.
            found += sum(cosine >= tenth - 1e-4 for cosine in cosines)
            close += sum(cosine >= tenth - 0.005 for cosine in cosines)
        print(
            f"vector index, expansion {expansion}: recall@10 against exact {found / (10 * len(queries)):.3f},"
            f" within 0.005 of the tenth cosine {close / (10 * len(queries)):.3f};"
            f" p50 {statistics.median(timings) * 1000:.2f} ms per query"
        )
    vector_index.EXPANSION_SEARCH = 128


def stored_vectors(keys: list[int]) -> list:
    from publishing.models import ClaimText

    return list(ClaimText.objects.filter(pk__in=keys).values_list("embedding", flat=True))


def peak_memory() -> None:
    print(f"worker peak resident memory: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**10:.0f} MiB")


INDEXES = {
    "publishing_claimtext_terms": "gin (to_tsvector('simple', terms))",
}


def build_indexes() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_relation_size('publishing_claimtext')")
        print(f"table publishing_claimtext: {cursor.fetchone()[0] / 2**20:.0f} MiB")
        for name, definition in INDEXES.items():
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
            started = time.perf_counter()
            cursor.execute(f"CREATE INDEX {name} ON publishing_claimtext USING {definition}")
            elapsed = time.perf_counter() - started
            cursor.execute("SELECT pg_relation_size(%s)", [name])
            print(f"{name}: built in {elapsed:.1f} s, {cursor.fetchone()[0] / 2**20:.0f} MiB")
        cursor.execute("VACUUM ANALYZE publishing_claimtext")
        cursor.execute("SELECT pg_total_relation_size('publishing_claimtext'), pg_total_relation_size('claims_claim')")
        claimtext, claims = cursor.fetchone()
        print(f"publishing_claimtext with its indexes and TOAST: {claimtext / 2**20:.0f} MiB;"
              f" claims_claim with its indexes: {claims / 2**20:.0f} MiB")  # fmt: skip


def time_queries(label: str, queries: list[str]) -> None:
    from publishing import embedding
    from publishing.match_search import search

    timings, found = [], 0
    for query in queries:
        embedding.embed_query.cache_clear()  # each a text never seen, as a new claim is
        started = time.perf_counter()
        rows = search(query)
        timings.append((time.perf_counter() - started) * 1000)
        found += bool(rows)
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    print(
        f"{label}: {len(queries)} queries, p50 {statistics.median(timings):.1f} ms, p95 {p95:.1f} ms,"
        f" max {timings[-1]:.1f} ms; {found} found at least one match"
    )


def time_stages(queries: list[str]) -> None:
    """Where the time of one match goes: the lexical stage (the database and BM25 in Python), the
    query's embedding (the model) and the nearest rows by meaning (shared index + recent rows)."""
    from publishing import embedding
    from publishing.match_search import (
        DENSE_CANDIDATES,
        QueryWords,
        dense_candidates,
        lexical_stage,
        refresh_dense_candidates,
    )

    def p95(label, run):
        timings = []
        for query in queries:
            embedding.embed_query.cache_clear()
            started = time.perf_counter()
            run(query)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        print(f"  {label}: p50 {statistics.median(timings):.1f} ms, p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms")

    print("stages:")
    p95("lexical stage", lambda query: lexical_stage(QueryWords.of(query)))
    p95("query embedding", embedding.embed_query)
    vectors = {query: embedding.embed_query(query) for query in queries}

    def nearest(query):
        refresh_dense_candidates()
        dense_candidates("claim").nearest(vectors[query], DENSE_CANDIDATES)

    p95("nearest by meaning", nearest)


def common_words_only(rng: random.Random) -> str:
    """A claim with no figure, no year and no place: every word is in thousands of rows."""
    return f"{rng.choice(SUBJECTS_EN).capitalize()} {rng.choice(VERBS_EN)} {rng.choice(UNITS_EN)}"


def time_all(count: int, rng: random.Random) -> None:
    from claims.models import Claim

    stored = list(Claim.objects.order_by("?").values_list("text", flat=True)[: count // 2])
    # Rewordings of stored claims (they should match), then new claims (most should not).
    mix = [" ".join(text.split()[1:]) + " selon le ministre" for text in stored]
    mix += [synthetic_claim(rng) for _ in range(count - len(mix))]
    time_queries("rewordings and new claims", mix)
    time_queries("common words only", [common_words_only(rng) for _ in range(10)])
    time_stages(mix[:50])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--database-url", help="default: a database of its own for each --rows")
    parser.add_argument("--embeddings", action="store_true", help="give every row an embedding: both stages run")
    parser.add_argument("--real", type=int, default=2000, help="real fact-checks among the rows, embedded by the model")
    parser.add_argument("--build-threads", type=int, default=1, help="threads building the vector index")
    parser.add_argument(
        "--worker", action="store_true", help="only time the searches, on the database and index an earlier run left"
    )
    options = parser.parse_args()
    options.database_url = options.database_url or (
        f"postgres://postgres@127.0.0.1:5432/factcheck_bench_matching_{options.rows}"
    )
    vector_dir = Path(__file__).resolve().parent.parent / "var" / f"bench-matching-{options.rows}"
    os.environ["FACTCHECK_VECTOR_INDEX_DIR"] = str(vector_dir)
    use_database(options.database_url)
    if options.worker:
        # A fresh process, as a matching worker: what it holds is what matching needs.
        time_all(options.queries, random.Random(8))
        peak_memory()
        return
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}")
    load(options.rows, random.Random(7), with_embeddings=options.embeddings, real_count=options.real)
    build_indexes()
    if options.embeddings:
        build_vector_index(options.build_threads)
        vector_index_recall(random.Random(11))
    # Another seed than the load's: the "new" claims must not be the stored ones, loaded this run or not.
    worker = [sys.executable, __file__, "--worker", "--rows", str(options.rows), "--queries", str(options.queries)]
    subprocess.run([*worker, "--database-url", options.database_url], check=True)
    print(f"load average {os.getloadavg()[0]:.1f} {os.getloadavg()[1]:.1f} {os.getloadavg()[2]:.1f}")


if __name__ == "__main__":
    main()
