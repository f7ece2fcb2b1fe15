"""Matching speed on PostgreSQL: one new claim against N stored claims (20,000 by default, quick;
BENCHMARKS.md records the larger runs).

    .venv/bin/python bench/bench_matching.py --rows 20000 --queries 100
    .venv/bin/python bench/bench_matching.py --rows 100000 --queries 200 --embeddings

Its database is factcheck_bench_matching_<rows> on the local PostgreSQL unless --database-url names one.
Creates the bench database when missing, migrates it, loads synthetic claims once (COPY), then
rebuilds the index of the words (timed) and times publishing.match_search.search end to end for
rewordings of stored claims, new claims, and claims made only of common words.

With --embeddings every stored row also gets an embedding, so both stages run as in production
(the query is embedded by the real model, the dense matrix is loaded, candidates are re-ranked).
Embedding a million synthetic rows with the model would take hours on this machine, so the stored
vectors are random unit vectors: they cost the same to store, load and multiply, but the ranking
they give means nothing (quality is measured by eval_matching.py). The model's own throughput is
timed apart, on real synthetic claims, one thread.
"""

import argparse
import random
import resource
import statistics
import sys
import time
from collections import Counter
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


def load(rows: int, rng: random.Random) -> None:
    from django.db import connection

    from claims.models import Claim, Document
    from publishing.match_index import DOCUMENTS_KEY, LENGTH_KEY, padded
    from publishing.models import MatchTerm
    from publishing.text import match_form, search_terms

    have = Claim.objects.count()
    if have >= rows:
        print(f"{have:,} claims already loaded")
        return
    document = Document.objects.create(title="bench", text="bench", content_hash="bench-" + str(time.time()))
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for index in INDEXES:
            cursor.execute(f"DROP INDEX IF EXISTS {index}")
        cursor.execute("SELECT coalesce(max(id), 0) FROM claims_claim")
        next_id = cursor.fetchone()[0] + 1
        texts = [synthetic_claim(rng) for _ in range(rows - have)]
        raw = connection.connection
        with raw.cursor().copy(
            'COPY claims_claim (id, document_id, text, start, "end", speaker, language, score, reasons, status,'
            " version, priority, created_at, updated_at) FROM STDIN"
        ) as copy:
            for offset, text in enumerate(texts):
                copy.write_row(
                    (
                        next_id + offset,
                        document.pk,
                        text,
                        offset,
                        offset,
                        "",
                        "",
                        0.5,
                        "[]",
                        "unverified",
                        1,
                        "normal",
                        "now()",
                        "now()",
                    )
                )
        counts = Counter()
        with raw.cursor().copy(
            "COPY publishing_claimtext (claim_id, normalized_text, terms, term_count, language) FROM STDIN"
        ) as copy:
            for offset, text in enumerate(texts):
                terms = search_terms(text)
                counts.update(set(terms))
                counts[DOCUMENTS_KEY] += 1
                counts[LENGTH_KEY] += len(terms)
                copy.write_row((next_id + offset, match_form(text), padded(terms), len(terms), ""))
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
    print(f"loaded {rows - have:,} claims in {time.perf_counter() - started:.1f} s")


def load_embeddings(rng: random.Random) -> None:
    """A random unit vector (stored as the model's would be) for every row still without one."""
    import numpy as np
    from django.db import connection

    from publishing import embedding

    started = time.perf_counter()
    generator = np.random.default_rng(rng.randint(0, 2**31))
    with connection.cursor() as cursor:
        cursor.execute("SELECT claim_id FROM publishing_claimtext WHERE embedding IS NULL ORDER BY claim_id")
        ids = [row[0] for row in cursor.fetchall()]
        if not ids:
            return
        cursor.execute("CREATE TEMPORARY TABLE bench_vectors (claim_id integer PRIMARY KEY, embedding bytea)")
        with connection.connection.cursor().copy("COPY bench_vectors (claim_id, embedding) FROM STDIN") as copy:
            for start in range(0, len(ids), 10_000):
                vectors = generator.standard_normal((len(ids[start : start + 10_000]), embedding.DIMENSIONS))
                vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
                for claim_id, vector in zip(ids[start : start + 10_000], vectors, strict=True):
                    copy.write_row((claim_id, embedding.to_bytes(vector)))
        cursor.execute(
            "UPDATE publishing_claimtext SET embedding = v.embedding, embedded_at = now()"
            " FROM bench_vectors v WHERE v.claim_id = publishing_claimtext.claim_id"
        )
        cursor.execute("DROP TABLE bench_vectors")
    print(f"stored {len(ids):,} random embeddings in {time.perf_counter() - started:.1f} s")


def embedding_throughput(rng: random.Random, count: int = 256) -> None:
    from publishing import embedding

    texts = [synthetic_claim(rng) for _ in range(count)]
    embedding.embed_passages(texts[:8])  # loads the model
    started = time.perf_counter()
    embedding.embed_passages(texts)
    elapsed = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts[:50]:
        embedding.embed_query(text)
    per_query = (time.perf_counter() - started) / 50 * 1000
    print(f"embedding: {count / elapsed:.0f} passages/s (batches of {embedding.BATCH}), one query {per_query:.1f} ms")


def dense_matrix_load() -> None:
    from publishing.match_search import dense_index

    started = time.perf_counter()
    index = dense_index("claim")
    index.refresh()
    print(
        f"dense matrix: {len(index.pks):,} rows loaded in {time.perf_counter() - started:.1f} s,"
        f" {index.vectors.nbytes / 2**20:.0f} MiB"
    )


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
        cursor.execute("SELECT pg_total_relation_size('publishing_claimtext')")
        print(f"publishing_claimtext with its indexes and TOAST (embeddings): {cursor.fetchone()[0] / 2**20:.0f} MiB")


def time_queries(label: str, queries: list[str]) -> None:
    from publishing.match_search import search

    timings, found = [], 0
    for query in queries:
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
    query's embedding (the model) and the dense matrix's product."""
    from publishing import embedding
    from publishing.match_search import DENSE_CANDIDATES, dense_index, lexical_stage

    def p95(label, run):
        timings = []
        for query in queries:
            started = time.perf_counter()
            run(query)
            timings.append((time.perf_counter() - started) * 1000)
        timings.sort()
        print(f"  {label}: p50 {statistics.median(timings):.1f} ms, p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms")

    print("stages:")
    p95("lexical stage", lexical_stage)
    p95("query embedding", embedding.embed_query)
    vector = embedding.embed_query(queries[0])
    p95("dense matrix product", lambda _query: dense_index("claim").nearest(vector, DENSE_CANDIDATES))


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
    options = parser.parse_args()
    options.database_url = options.database_url or (
        f"postgres://postgres@127.0.0.1:5432/factcheck_bench_matching_{options.rows}"
    )
    use_database(options.database_url)
    load(options.rows, random.Random(7))
    if options.embeddings:
        load_embeddings(random.Random(9))
    build_indexes()
    if options.embeddings:
        embedding_throughput(random.Random(10))
        dense_matrix_load()
    # Another seed than the load's: the "new" claims must not be the stored ones, loaded this run or not.
    time_all(options.queries, random.Random(8))
    peak_memory()


if __name__ == "__main__":
    main()
