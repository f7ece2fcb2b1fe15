"""Claim matching, searching: which indexed rows check the same claim as a text.

Two stages. The lexical stage finds every row sharing one of the text's rarest words and ranks
them by Okapi BM25 over stemmed words (publishing.text.search_terms: each language's Snowball
stemmer, accents, case and figures folded); PostgreSQL (a GIN index on the words) and SQLite (a
scan) pick the same candidates and rank them the same. The semantic stage re-ranks the best of
them by the cosine of their sentence embeddings and adds the nearest rows by meaning alone; the
two scores are summed with weights calibrated on real data (BENCHMARKS.md). A row still waiting
for its embedding is ranked by its words alone. Figures must agree.
"""

import math
import operator
from concurrent.futures import Future
from dataclasses import dataclass
from functools import cached_property, reduce

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, CharField, Max, Q, Value
from django.db.models.expressions import RawSQL

from publishing import embedding, vector_index
from publishing.match_index import DOCUMENTS_KEY, INDEXED, LENGTH_KEY
from publishing.models import ClaimText, MatchTerm
from publishing.text import clean_incoming, guess_language, match_form, search_terms, words

SUGGESTIONS_PER_CLAIM = 5
# Rows the lexical stage scores at most; the rarest words of the text pick them.
LEXICAL_CANDIDATES = 2000
# Lexical candidates the semantic stage re-ranks.
RERANKED_CANDIDATES = 10
# Rows the semantic stage adds by meaning alone, from each table.
DENSE_CANDIDATES = 10
BM25_K1, BM25_B = 1.2, 0.75
# Fusion, calibrated on the training queries (bench/eval_matching.py, BENCHMARKS.md).
LEXICAL_WEIGHT = 0.5
COSINE_FLOOR = 0.75


@dataclass
class Hit:
    kind: str  # "claim" (a ClaimText, keyed by claim id) or "external"
    pk: int
    lexical: float  # BM25 over the query's own BM25: 1.0 when every word of the query is there
    semantic: float | None = None  # None while the row waits for its embedding
    score: float = 0.0
    normalized_text: str = ""
    language: str = ""


def query_terms(text: str, language: str = "") -> list[str]:
    """The query's words. A text of unknown language is stemmed both ways, so "unis" finds
    what French stemming indexed and "united" what English did."""
    if language in ("en", "fr"):
        return list(dict.fromkeys(search_terms(text, language)))
    return list(dict.fromkeys(search_terms(text, "en") + search_terms(text, "fr")))


def term_statistics(terms: list[str]) -> tuple[dict[str, int], int, float]:
    """(rows per word, rows, mean words per row) over both indexed tables."""
    keys = [*terms, DOCUMENTS_KEY, LENGTH_KEY]
    counts = dict(MatchTerm.objects.filter(term__in=keys).values_list("term", "documents"))
    documents = max(counts.pop(DOCUMENTS_KEY, 0), 1)
    mean_length = max(counts.pop(LENGTH_KEY, 0), 1) / documents
    return counts, documents, mean_length


def selective_terms(terms: list[str], rows_per_term: dict[str, int]) -> list[str]:
    """The rarest words, as many as keep the candidates under LEXICAL_CANDIDATES rows (at least
    one): a row sharing none of them cannot rank in the top few against rows that share one."""
    chosen, total = [], 0
    for term in sorted((t for t in terms if rows_per_term.get(t)), key=lambda t: (rows_per_term[t], t)):
        if chosen and total + rows_per_term[term] > LEXICAL_CANDIDATES:
            break
        chosen.append(term)
        total += rows_per_term[term]
    return chosen


def common_pair(terms: list[str], rows_per_term: dict[str, int]) -> list[str]:
    """The two rarest words when even the rarest is in more rows than are scored (a text of common
    words only): the rows having both are those BM25 ranks first, and the GIN index finds them without
    reading the others (at 1M rows a year alone is in 26,000). Empty otherwise."""
    known = sorted((t for t in terms if rows_per_term.get(t)), key=lambda t: (rows_per_term[t], t))
    if len(known) < 2 or rows_per_term[known[0]] <= LEXICAL_CANDIDATES:
        return []
    return known[:2]


def one_query(parts: list, *, limited: bool = False) -> list[tuple]:
    """The rows of these querysets (of both tables, the same columns) in one round trip. `limited`:
    each part has its own order and limit, which only some databases allow in a UNION (PostgreSQL
    does, SQLite does not): elsewhere, one query each."""
    if len(parts) > 1 and (connection.features.supports_slicing_ordering_in_compound or not limited):
        return list(parts[0].union(*parts[1:], all=True))
    return [row for part in parts for row in part]


def of_kind(kind: str, queryset):
    """The queryset with its table's kind as a first column, so that rows of both tables can be read together."""
    return queryset.annotate(row_kind=Value(kind, CharField()))


def rows_with_any_term(kinds, terms: list[str], exclude_claim_id=None, *, every=False) -> list[tuple]:
    """(kind, pk, terms, normalized_text, language) of the rows of these tables using one of `terms`
    (all of them if `every`), in each table the newest LEXICAL_CANDIDATES at most: on PostgreSQL
    through the GIN index on the words, elsewhere by scanning."""
    if not terms:
        return []
    parts = []
    for kind in kinds:
        model = INDEXED[kind][0]
        queryset = model.objects.all()
        if exclude_claim_id is not None and model is ClaimText:
            queryset = queryset.exclude(claim_id=exclude_claim_id)
        if connection.vendor == "postgresql":
            table = model._meta.db_table
            # The index's own expression (migration 0006), so the planner uses it. Words are [a-z0-9]+.
            uses_a_term = RawSQL(
                f"to_tsvector('simple', \"{table}\".\"terms\") @@ to_tsquery('simple', %s)",
                [(" & " if every else " | ").join(terms)],
                output_field=BooleanField(),
            )
            queryset = queryset.filter(uses_a_term)
        else:
            uses_terms = [Q(terms__contains=f" {term} ") for term in terms]
            queryset = queryset.filter(reduce(operator.and_ if every else operator.or_, uses_terms))
        columns = ("row_kind", "pk", "terms", "normalized_text", "language")
        parts.append(of_kind(kind, queryset).order_by("-pk").values_list(*columns)[:LEXICAL_CANDIDATES])
    return one_query(parts, limited=True)


class BM25:
    """Okapi BM25 of rows for one query's words, each word's weight (its idf) computed once."""

    def __init__(self, query: list[str], rows_per_term: dict[str, int], documents: int):
        rows = [rows_per_term.get(term, 0) for term in query]
        self.weights = [
            (term, math.log(1 + (documents - count + 0.5) / (count + 0.5)))
            for term, count in zip(query, rows, strict=True)
        ]
        self.terms = frozenset(query)
        # The score of a row made of the query's words once each, about the most a row scores.
        self.best = sum(idf for (_term, idf), count in zip(self.weights, rows, strict=True) if count)

    def score(self, row_terms: str, mean_length: float) -> float:
        words = row_terms.split()
        shared = self.terms.intersection(words)
        length_norm = BM25_K1 * (1 - BM25_B + BM25_B * len(words) / mean_length)
        score = 0.0
        # In the query's order, whatever the row's: equal rows score equal to the last bit.
        for term, idf in self.weights:
            if term in shared:
                frequency = words.count(term)
                score += idf * frequency * (BM25_K1 + 1) / (frequency + length_norm)
        return score


@dataclass
class QueryWords:
    """A text's words and the counts BM25 weighs them by: read once per search, for both stages."""

    terms: list[str]
    rows_per_term: dict[str, int]
    documents: int
    mean_length: float

    @classmethod
    def of(cls, text: str, language: str = "") -> "QueryWords":
        terms = query_terms(text, language)
        return cls(terms, *term_statistics(terms))

    @cached_property
    def bm25(self) -> BM25:
        return BM25(self.terms, self.rows_per_term, self.documents)

    def hit(self, kind: str, pk: int, row_terms: str, normalized: str, language: str) -> Hit:
        """A row scored by BM25 against the best score the text could have (its own words once each)."""
        best = self.bm25.best
        lexical = min(self.bm25.score(row_terms, self.mean_length) / best, 1.0) if best else 0.0
        return Hit(kind, pk, lexical, None, 0.0, normalized, language)


def lexical_stage(query: QueryWords, exclude_claim_id=None) -> list[Hit]:
    """Every row sharing a selective word with the text, scored by BM25, best first."""
    chosen = selective_terms(query.terms, query.rows_per_term)
    pair = common_pair(query.terms, query.rows_per_term)
    rows = rows_with_any_term(INDEXED, pair, exclude_claim_id, every=True) if pair else []
    # A table where no row has both words is searched by the rarest words.
    missing = [kind for kind in INDEXED if kind not in {row[0] for row in rows}]
    rows += rows_with_any_term(missing, chosen, exclude_claim_id) if missing else []
    hits = [query.hit(*row) for row in rows]
    hits.sort(key=lambda hit: (-hit.lexical, hit.kind, hit.pk))
    return hits


class RecentVectors:
    """The embeddings of one table's rows not yet in its shared index (publishing.vector_index), in
    this process's memory, compared exactly: every embedded row while there is no index. At most
    FACTCHECK_VECTOR_RECENT_MAX rows, the newest: older ones wait for the index, found by their words
    meanwhile. Loaded once, then only the rows embedded since; read again whole when the index moves
    on or the table's newest embedding goes back in time (rows deleted or re-indexed, a rollback)."""

    def __init__(self, model):
        self.model = model
        self.pks = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, embedding.DIMENSIONS), dtype=np.float32)
        self.newest = None
        self.after = None

    def refresh(self, after, newest) -> None:
        """`after`: the shared index's recent_after; `newest`: the table's newest embedded_at now."""
        if newest == self.newest and after == self.after:
            return
        rows = self.model.objects.filter(embedding__isnull=False)
        if after is not None:
            rows = rows.filter(embedded_at__gt=after)
        if after == self.after and self.newest is not None and newest is not None and newest > self.newest:
            rows = rows.filter(embedded_at__gt=self.newest)
            keep = ~np.isin(self.pks, list(rows.values_list("pk", flat=True)))
            self.pks, self.vectors = self.pks[keep], self.vectors[keep]
        else:
            self.pks, self.vectors = self.pks[:0], self.vectors[:0]
        recent_max = settings.FACTCHECK_VECTOR_RECENT_MAX
        added = list(rows.order_by("-embedded_at", "-pk").values_list("pk", "embedding")[:recent_max])[::-1]
        if added:
            self.pks = np.concatenate([self.pks, np.array([pk for pk, _raw in added], dtype=np.int64)])[-recent_max:]
            vectors = np.stack([embedding.from_bytes(raw) for _pk, raw in added])
            self.vectors = np.vstack([self.vectors, vectors])[-recent_max:]
        self.newest, self.after = newest, after

    def nearest(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """(row id, cosine) of the `limit` nearest rows, nearest first."""
        if not len(self.pks):
            return []
        cosines = self.vectors @ query
        limit = min(limit, len(cosines))
        # The best `limit` without sorting every row, then those in order, the first stored first
        # among equals, as a stable sort would give them.
        kth = np.partition(cosines, len(cosines) - limit)[len(cosines) - limit]
        above = np.flatnonzero(cosines > kth)
        top = np.concatenate([above, np.flatnonzero(cosines == kth)[: limit - len(above)]])
        top = top[np.lexsort((top, -cosines[top]))]
        return [(int(self.pks[i]), float(cosines[i])) for i in top]


class DenseCandidates:
    """The rows nearest by meaning in one table: the shared index's, and the recent rows' exactly."""

    def __init__(self, kind: str):
        self.model = INDEXED[kind][0]
        self.shared = vector_index.SharedIndex(kind)
        self.recent = RecentVectors(self.model)

    def refresh(self, newest) -> None:
        """Catch up with the table: a newer index file, the rows embedded since. `newest`: the table's
        newest embedded_at now (newest_embeddings)."""
        self.shared.refresh()
        self.recent.refresh(self.shared.recent_after, newest)

    def nearest(self, query: np.ndarray, limit: int) -> list[int]:
        """The ids of the `limit` nearest rows at or above COSINE_FLOOR, as of the last refresh()."""
        # A recent row's own cosine wins over its older vector in the index.
        cosines = dict(self.shared.nearest(query, limit))
        cosines.update(self.recent.nearest(query, limit))
        ranked = sorted(cosines.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [pk for pk, cosine in ranked if cosine >= COSINE_FLOOR]


_dense_candidates: dict[str, DenseCandidates] = {}


def dense_candidates(kind: str) -> DenseCandidates:
    if kind not in _dense_candidates:
        _dense_candidates[kind] = DenseCandidates(kind)
    return _dense_candidates[kind]


def newest_embeddings() -> dict[str, object]:
    """Each table's newest embedded_at (None when none of its rows is embedded: embedded_at is set
    and emptied with the embedding), in one query."""
    parts = [
        of_kind(kind, model.objects.order_by()).values("row_kind").annotate(newest=Max("embedded_at"))
        for kind, (model, _text_of) in INDEXED.items()
    ]
    return dict(one_query([part.values_list("row_kind", "newest") for part in parts]))


def anything_embedded_when_last_asked() -> bool:
    """Whether this process's last look found an embedded row, without asking the database again: enough to
    start a search's embedding early, since semantic_stage asks (refresh_dense_candidates) before using it."""
    return any(candidates.recent.newest is not None for candidates in _dense_candidates.values())


def refresh_dense_candidates() -> bool:
    """Bring every table's dense candidates up to date; whether any row is embedded at all."""
    newest = newest_embeddings()
    for kind, table_newest in newest.items():
        dense_candidates(kind).refresh(table_newest)
    return any(table_newest is not None for table_newest in newest.values())


def rows_by_pk(pks_by_kind: dict[str, list[int]], exclude_claim_id=None) -> list[tuple]:
    """(kind, pk, terms, normalized_text, language, embedding) of these rows of both tables, in one
    query; a deleted row is not there."""
    parts = []
    for kind, pks in pks_by_kind.items():
        if not pks:
            continue
        model = INDEXED[kind][0]
        queryset = model.objects.filter(pk__in=pks).order_by()
        if exclude_claim_id is not None and model is ClaimText:
            queryset = queryset.exclude(claim_id=exclude_claim_id)
        columns = ("row_kind", "pk", "terms", "normalized_text", "language", "embedding")
        parts.append(of_kind(kind, queryset).values_list(*columns))
    return one_query(parts)


def semantic_stage(
    text: str, query: QueryWords, hits: list[Hit], exclude_claim_id=None, query_vector=None
) -> list[Hit]:
    """Add the nearest rows by meaning to the lexical candidates, and score them all by the cosine
    of the two embeddings, rescaled so that unrelated texts (about COSINE_FLOOR for this model)
    score 0. Without any stored embedding nothing changes, and the model is not even loaded.
    `query_vector`: the text's embedding, or its Future (embedding.embed_query_ahead), when the caller
    has started it already (monitoring embeds in batches; search starts it before the lexical stage)."""
    if not refresh_dense_candidates():
        if isinstance(query_vector, Future):
            query_vector.cancel()  # started early, and nothing is embedded any more: drop it if it waits its turn
        return hits
    if query_vector is None:
        vector = embedding.embed_query(text)
    else:
        vector = query_vector.result() if isinstance(query_vector, Future) else query_vector
    by_row = {(hit.kind, hit.pk): hit for hit in hits}
    wanted = {kind: [hit.pk for hit in hits if hit.kind == kind] for kind in INDEXED}
    for kind in INDEXED:
        nearest = dense_candidates(kind).nearest(vector, DENSE_CANDIDATES)
        wanted[kind] += [pk for pk in nearest if (kind, pk) not in by_row]
    # The stored embeddings, not the index's: a row re-embedded or emptied since is scored as it is now.
    for kind, pk, row_terms, normalized, row_language, raw in rows_by_pk(wanted, exclude_claim_id):
        hit = by_row.get((kind, pk))
        if hit is None:
            hit = query.hit(kind, pk, row_terms, normalized, row_language)
            hits.append(hit)
        if raw is not None:
            cosine = float(embedding.from_bytes(raw) @ vector)
            hit.semantic = min(max((cosine - COSINE_FLOOR) / (1 - COSINE_FLOOR), 0.0), 1.0)
    return hits


def fuse(hits: list[Hit], language: str) -> None:
    """A weighted sum of both stages; a row without its embedding yet counts its words only, and a
    row in the other language its meaning only (words cannot be shared across languages)."""
    for hit in hits:
        if hit.semantic is None:
            hit.score = hit.lexical
        elif hit.language and hit.language != language:
            hit.score = hit.semantic
        else:
            hit.score = LEXICAL_WEIGHT * hit.lexical + (1 - LEXICAL_WEIGHT) * hit.semantic


def search(text: str, *, language: str = "", exclude_claim_id=None, threshold: float | None = None,
           limit: int = SUGGESTIONS_PER_CLAIM, query_vector=None) -> list[Hit]:  # fmt: skip
    """The rows that check the same claim as `text`, best first: lexical candidates re-ranked by
    meaning, at or above `threshold` (FACTCHECK_MATCH_THRESHOLD by default), figures agreeing.
    `query_vector`: embedding.embed_query's vector of `text`, when already computed."""
    threshold = settings.FACTCHECK_MATCH_THRESHOLD if threshold is None else threshold
    cleaned = clean_incoming(text)
    if query_vector is None and anything_embedded_when_last_asked():
        # The model works on the text while the lexical stage waits on the database.
        query_vector = embedding.embed_query_ahead(cleaned)
    query = QueryWords.of(cleaned, language)
    hits = lexical_stage(query, exclude_claim_id)[:RERANKED_CANDIDATES]
    hits = semantic_stage(cleaned, query, hits, exclude_claim_id, query_vector)
    fuse(hits, language or guess_language(cleaned))
    normalized = match_form(cleaned)
    kept = [hit for hit in hits if hit.score >= threshold and numbers_agree(normalized, hit.normalized_text)]
    kept.sort(key=lambda hit: (-hit.score, hit.kind, hit.pk))
    return kept[:limit]


def _numbers(normalized: str) -> set[str]:
    return {word for word in words(normalized) if word.isdigit()}


def numbers_agree(left: str, right: str) -> bool:
    """Two claims that both cite figures but share none are about different facts,
    however alike their words ("fell by 1900 in 2025" vs "rose by 40000 in 2019")."""
    left_numbers, right_numbers = _numbers(left), _numbers(right)
    return not (left_numbers and right_numbers) or bool(left_numbers & right_numbers)
