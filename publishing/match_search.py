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
from collections import Counter
from dataclasses import dataclass
from functools import reduce

import numpy as np
from django.conf import settings
from django.db import connection
from django.db.models import BooleanField, Max, Q
from django.db.models.expressions import RawSQL

from publishing import embedding, vector_index
from publishing.match_index import DOCUMENTS_KEY, INDEXED, LENGTH_KEY
from publishing.models import ClaimText, ExternalFactCheck, MatchTerm
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


def rows_with_any_term(model, terms: list[str], exclude_claim_id=None, *, every=False) -> list[tuple[int, str, str]]:
    """(pk, terms, normalized_text) of the rows using one of `terms` (all of them if `every`), newest
    first, at most LEXICAL_CANDIDATES: on PostgreSQL through the GIN index on the words, elsewhere by
    scanning."""
    if not terms:
        return []
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
    rows = queryset.order_by("-pk").values_list("pk", "terms", "normalized_text", "language")
    return list(rows[:LEXICAL_CANDIDATES])


def bm25(query: list[str], row_terms: str, rows_per_term: dict[str, int], documents: int, mean_length: float):
    """Okapi BM25 of one row for the query's words."""
    words = row_terms.split()
    frequency = Counter(words)
    length_norm = BM25_K1 * (1 - BM25_B + BM25_B * len(words) / mean_length)
    score = 0.0
    for term in query:
        if term in frequency:
            rows = rows_per_term.get(term, 0)
            idf = math.log(1 + (documents - rows + 0.5) / (rows + 0.5))
            score += idf * frequency[term] * (BM25_K1 + 1) / (frequency[term] + length_norm)
    return score


def best_possible(query: list[str], rows_per_term: dict[str, int], documents: int) -> float:
    """The BM25 of a row made of the query's words once each, about the most a row scores."""
    return sum(
        math.log(1 + (documents - rows_per_term[term] + 0.5) / (rows_per_term[term] + 0.5))
        for term in query
        if rows_per_term.get(term)
    )


def lexical_stage(text: str, language: str = "", exclude_claim_id=None) -> list[Hit]:
    """Every row sharing a selective word with the text, scored by BM25 against the best score
    the text could have (its own words once each), best first."""
    query = query_terms(text, language)
    rows_per_term, documents, mean_length = term_statistics(query)
    best = best_possible(query, rows_per_term, documents)
    chosen = selective_terms(query, rows_per_term)
    pair = common_pair(query, rows_per_term)
    hits = []
    for kind, model in (("claim", ClaimText), ("external", ExternalFactCheck)):
        rows = rows_with_any_term(model, pair, exclude_claim_id, every=True) if pair else []
        for pk, row_terms, normalized, row_language in rows or rows_with_any_term(model, chosen, exclude_claim_id):
            score = bm25(query, row_terms, rows_per_term, documents, mean_length)
            hits.append(Hit(kind, pk, min(score / best, 1.0) if best else 0.0, None, 0.0, normalized, row_language))
    hits.sort(key=lambda hit: (-hit.lexical, hit.kind, hit.pk))
    return hits


def stored_embeddings(hits: list[Hit]) -> dict[tuple[str, int], np.ndarray]:
    found = {}
    for kind, model in (("claim", ClaimText), ("external", ExternalFactCheck)):
        pks = [hit.pk for hit in hits if hit.kind == kind]
        rows = model.objects.filter(pk__in=pks, embedding__isnull=False).values_list("pk", "embedding")
        found.update({(kind, pk): embedding.from_bytes(raw) for pk, raw in rows})
    return found


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

    def refresh(self, after) -> None:
        newest = self.model.objects.aggregate(newest=Max("embedded_at"))["newest"]
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

    def nearest(self, query: np.ndarray, limit: int) -> list[int]:
        self.shared.refresh()
        self.recent.refresh(self.shared.recent_after)
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


def rows_by_pk(model, pks: list[int], exclude_claim_id=None) -> list[tuple[int, str, str]]:
    queryset = model.objects.filter(pk__in=pks)
    if exclude_claim_id is not None and model is ClaimText:
        queryset = queryset.exclude(claim_id=exclude_claim_id)
    return list(queryset.values_list("pk", "terms", "normalized_text", "language"))


def semantic_stage(text: str, language: str, hits: list[Hit], exclude_claim_id=None, query_vector=None) -> list[Hit]:
    """Add the nearest rows by meaning to the lexical candidates, and score them all by the cosine
    of the two embeddings, rescaled so that unrelated texts (about COSINE_FLOOR for this model)
    score 0. Without any stored embedding nothing changes, and the model is not even loaded.
    `query_vector`: the text's embedding when the caller has it already (monitoring embeds in batches)."""
    if not any(model.objects.filter(embedding__isnull=False).exists() for model, _text_of in INDEXED.values()):
        return hits
    query = embedding.embed_query(text) if query_vector is None else query_vector
    known = {(hit.kind, hit.pk) for hit in hits}
    query_words = query_terms(text, language)
    rows_per_term, documents, mean_length = term_statistics(query_words)
    best = best_possible(query_words, rows_per_term, documents)
    for kind, (model, _text_of) in INDEXED.items():
        nearest = [pk for pk in dense_candidates(kind).nearest(query, DENSE_CANDIDATES) if (kind, pk) not in known]
        for pk, row_terms, normalized, row_language in rows_by_pk(model, nearest, exclude_claim_id):
            score = bm25(query_words, row_terms, rows_per_term, documents, mean_length)
            hits.append(Hit(kind, pk, min(score / best, 1.0) if best else 0.0, None, 0.0, normalized, row_language))
    vectors = stored_embeddings(hits)
    for hit in hits:
        vector = vectors.get((hit.kind, hit.pk))
        if vector is not None:
            cosine = float(vector @ query)
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
    hits = lexical_stage(cleaned, language, exclude_claim_id)[:RERANKED_CANDIDATES]
    hits = semantic_stage(cleaned, language, hits, exclude_claim_id, query_vector)
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
