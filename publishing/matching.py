"""Claim matching: has this claim been checked before, here or by another newsroom?

Two stages. The lexical stage finds every row (claims here, imported fact-checks) sharing one of
the text's rarest words and ranks them by Okapi BM25 over stemmed words (publishing.text.
search_terms: each language's Snowball stemmer, accents, case and figures folded). Words are
stemmed in Python and stored on the row, and the word counts BM25 needs are kept in MatchTerm as
rows are indexed, so PostgreSQL (a GIN index on the words) and SQLite (a scan) pick the same
candidates and rank them the same. The semantic stage re-ranks the best of them by the cosine of
their sentence embeddings (publishing.embedding), computed by the matching worker after commit;
the two scores are summed with weights calibrated on real data (BENCHMARKS.md). A row still
waiting for its embedding is ranked by its words alone. Figures must agree, as before.
"""

import logging
import math
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, Max, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from factcheck.celery import runs_in_process
from factcheck.db import is_statement_timeout, statement_timeout
from publishing import embedding
from publishing.models import ClaimMatch, ClaimText, ExternalFactCheck, MatchTerm, PendingMatching
from publishing.text import clean_incoming, guess_language, match_form, search_terms, words
from reviews.services.assignment import close_open_assignment

logger = logging.getLogger(__name__)

SUGGESTIONS_PER_CLAIM = 5
# Claims per task when the sweep queues matching again.
REQUEUE_BATCH = 100
# Rows embedded per task.
EMBEDDING_BATCH = 64
# Rows re-indexed per batch by reindex_words.
REINDEX_BATCH = 1000
# Word counts written per statement.
TERM_BATCH = 500
# Reserved MatchTerm keys (words are [a-z0-9]+ only, so they cannot clash).
DOCUMENTS_KEY, LENGTH_KEY = "#rows", "#words"
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


def claims_added(claims) -> None:
    """Hook for every place that creates claims: note that their search for matches is pending,
    and queue it once they are committed, so the request or the extraction that made them does
    not wait for it.

    Their matching form is already stored: a post_save signal (publishing.apps) keeps it."""
    ids = [claim.pk for claim in claims]
    if ids:
        PendingMatching.objects.bulk_create([PendingMatching(claim_id=pk) for pk in ids], ignore_conflicts=True)
        transaction.on_commit(lambda: enqueue_matching(ids))


def enqueue_matching(claim_ids: list[int]) -> None:
    """Queue the search and note when; if the broker is unreachable the claims stay pending,
    unqueued, and the periodic sweep (`requeue_unmatched_claims`) queues them again later."""
    from publishing.tasks import suggest_matches

    try:
        suggest_matches.delay(claim_ids)
    except Exception:
        # The claims stand; only the suggestions are missing, which is not worth failing the caller.
        if runs_in_process():
            logger.exception("Looking for matches of claims %s failed", claim_ids)
            return
        PendingMatching.objects.filter(claim_id__in=claim_ids).update(queued_at=None)
        logger.warning(
            "Could not queue matching of claims %s (broker unreachable); they stay pending", claim_ids, exc_info=True
        )
    else:
        PendingMatching.objects.filter(claim_id__in=claim_ids).update(queued_at=timezone.now())


def suggest_for_claims(claim_ids) -> None:
    """Look for matches of each claim, then note that their search has run. Running again adds nothing.

    Each claim's search runs under FACTCHECK_MATCHING_TIMEOUT_MS; one that runs past it is recorded as timed out
    (its PendingMatching row keeps `timed_out_at`) and is not queued again."""
    timed_out = []
    for claim in Claim.objects.filter(pk__in=claim_ids):
        try:
            with statement_timeout(settings.FACTCHECK_MATCHING_TIMEOUT_MS):
                suggest_matches(claim)
        except OperationalError as error:
            if not is_statement_timeout(error):
                raise
            logger.warning("Looking for matches of claim %s ran past its time limit; given up", claim.pk)
            timed_out.append(claim.pk)
    PendingMatching.objects.filter(claim_id__in=timed_out).update(timed_out_at=timezone.now())
    PendingMatching.objects.filter(claim_id__in=claim_ids).exclude(claim_id__in=timed_out).delete()


def claims_requeue_unmatched() -> list[int]:
    """Queue again the search of every claim whose task was never queued (the broker was down),
    or was queued so long ago that it must have been lost; returns their ids.

    A claim queued a moment ago is only waiting its turn, and is left alone."""
    now = timezone.now()
    stale_before = now - timedelta(minutes=settings.FACTCHECK_MATCHING_STALE_MINUTES)
    pending_before = now - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES)
    ids = list(
        PendingMatching.objects.filter(
            Q(queued_at__isnull=True, created_at__lt=pending_before) | Q(queued_at__lt=stale_before),
            timed_out_at__isnull=True,
        )
        .order_by("claim_id")
        .values_list("claim_id", flat=True)
    )
    for start in range(0, len(ids), REQUEUE_BATCH):
        enqueue_matching(ids[start : start + REQUEUE_BATCH])
    return ids


# --- Indexing: what each row is searched by ---------------------------------------------------


def claim_search_text(claim: Claim) -> str:
    return " ".join(part for part in (claim.text, claim.speaker) if part)


def factcheck_search_text(factcheck: ExternalFactCheck) -> str:
    return " ".join(part for part in (factcheck.claim_reviewed, factcheck.headline, factcheck.speaker) if part)


def padded(terms: list[str]) -> str:
    """Stored with a space on each side, so "contains ' word '" finds whole words on SQLite."""
    return f" {' '.join(terms)} " if terms else ""


def _term_totals(terms_before: list[str], terms_after: list[str]) -> Counter:
    change = Counter(set(terms_after))
    change.subtract(Counter(set(terms_before)))
    change[DOCUMENTS_KEY] += bool(terms_after) - bool(terms_before)
    change[LENGTH_KEY] += len(terms_after) - len(terms_before)
    return change


def _apply_term_changes(change: Counter) -> None:
    """Add each word's change in row count, in one statement per batch (the same upsert on
    PostgreSQL and SQLite), so concurrent indexers never lose a count."""
    rows = [(term, count) for term, count in sorted(change.items()) if count]
    table = MatchTerm._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, len(rows), TERM_BATCH):
            batch = rows[start : start + TERM_BATCH]
            cursor.execute(
                f"INSERT INTO {table} (term, documents) VALUES {', '.join(['(%s, %s)'] * len(batch))}"
                f" ON CONFLICT (term) DO UPDATE SET documents = {table}.documents + excluded.documents",
                [value for row in batch for value in row],
            )


def index_rows(rows, search_text_of, language_of, *, counted_afresh: bool = False) -> list:
    """Refresh the words of `rows` (ClaimText or ExternalFactCheck instances, unsaved changes
    welcome) and the word counts; a row whose words change loses its embedding until the
    worker computes the new one. Returns the rows whose embedding is now missing."""
    change = Counter()
    stale = []
    for row in rows:
        text = search_text_of(row)
        language = language_of(row)
        terms = search_terms(text, language)
        change.update(_term_totals([] if counted_afresh else row.terms.split(), terms))
        if padded(terms) != row.terms or row.embedding is None:
            row.embedding, row.embedded_at = None, None
            stale.append(row)
        row.terms, row.term_count, row.language = padded(terms), len(terms), language
    _apply_term_changes(change)
    return stale


def claim_index(claim: Claim) -> str:
    """Store (or refresh) the claim's matching form and its words; returns the form.
    Its embedding follows after commit, in the matching worker."""
    normalized = match_form(claim.text)
    row = ClaimText.objects.filter(claim_id=claim.pk).first() or ClaimText(claim_id=claim.pk)
    row.normalized_text = normalized
    with transaction.atomic():
        stale = index_rows([row], lambda _row: claim_search_text(claim), lambda _row: claim.language or "")
        row.save()
    if stale:
        transaction.on_commit(lambda: enqueue_embedding(claim_ids=[claim.pk]))
    return normalized


INDEX_FIELDS = ["normalized_text", "terms", "term_count", "language", "embedding", "embedded_at"]


def factchecks_index(factchecks: list[ExternalFactCheck]) -> None:
    """Refresh the words of fact-checks being imported or changed (saved or not: the caller saves
    INDEX_FIELDS in the same transaction), and queue the missing embeddings after commit."""
    for factcheck in factchecks:
        factcheck.normalized_text = match_form(factcheck.claim_reviewed)
    stale = index_rows(factchecks, factcheck_search_text, _factcheck_language)
    if stale:
        transaction.on_commit(lambda: enqueue_embedding(factcheck_ids=[factcheck.pk for factcheck in stale]))


def _factcheck_language(factcheck: ExternalFactCheck) -> str:
    return factcheck.language if factcheck.language in ("en", "fr") else guess_language(factcheck.claim_reviewed)


def enqueue_embedding(*, claim_ids=(), factcheck_ids=()) -> None:
    """Queue the embeddings in batches; a row left without one is still found by its words,
    and `reindex_matching` (or the next change) embeds it."""
    from publishing.tasks import embed_rows

    for kind, ids in (("claim", list(claim_ids)), ("external", list(factcheck_ids))):
        for start in range(0, len(ids), EMBEDDING_BATCH):
            try:
                embed_rows.delay(kind, ids[start : start + EMBEDDING_BATCH])
            except Exception:
                if runs_in_process():
                    logger.exception("Embedding %s rows failed", kind)
                    return
                logger.warning("Could not queue embeddings of %s rows (broker unreachable)", kind, exc_info=True)
                return


def embed_rows(kind: str, ids: list[int]) -> int:
    """Compute and store the embeddings still missing among these rows; returns how many.
    Running again adds nothing."""
    model, search_text_of = _INDEXED[kind]
    rows = list(model.objects.filter(pk__in=ids, embedding__isnull=True).select_related(*_RELATED[kind]))
    if not rows:
        return 0
    vectors = embedding.embed_passages([search_text_of(row) for row in rows])
    now = timezone.now()
    for row, vector in zip(rows, vectors, strict=True):
        # Only if its words are still those embedded: a change meanwhile queued a new task.
        model.objects.filter(pk=row.pk, terms=row.terms).update(embedding=embedding.to_bytes(vector), embedded_at=now)
    return len(rows)


_INDEXED = {
    "claim": (ClaimText, lambda row: claim_search_text(row.claim)),
    "external": (ExternalFactCheck, factcheck_search_text),
}
_RELATED = {"claim": ("claim",), "external": ()}


def reindex_words(progress=lambda done, total: None) -> int:
    """Recompute every row's words and the word counts from nothing (after a change to stemming or
    stop words); embeddings of rows whose words change are cleared. Returns the rows indexed."""
    total = ClaimText.objects.count() + ExternalFactCheck.objects.count()
    done = 0
    with transaction.atomic():
        MatchTerm.objects.all().delete()
        for kind, (model, search_text_of) in _INDEXED.items():
            language_of = (lambda row: row.claim.language or "") if kind == "claim" else _factcheck_language
            rows = model.objects.select_related(*_RELATED[kind]).order_by("pk")
            for start in range(0, model.objects.count(), REINDEX_BATCH):
                batch = list(rows[start : start + REINDEX_BATCH])
                index_rows(batch, search_text_of, language_of, counted_afresh=True)
                model.objects.bulk_update(batch, ["terms", "term_count", "language", "embedding", "embedded_at"])
                done += len(batch)
                progress(done, total)
    return done


def embed_missing(progress=lambda done, total: None) -> int:
    """Embed, here and now, every row still waiting for its embedding. Returns how many."""
    waiting = {kind: list(model.objects.filter(embedding__isnull=True).order_by("pk").values_list("pk", flat=True))
               for kind, (model, _text_of) in _INDEXED.items()}  # fmt: skip
    total = sum(len(pks) for pks in waiting.values())
    done = 0
    for kind, pks in waiting.items():
        for start in range(0, len(pks), EMBEDDING_BATCH):
            embed_rows(kind, pks[start : start + EMBEDDING_BATCH])
            done += len(pks[start : start + EMBEDDING_BATCH])
            progress(done, total)
    return done


# --- Searching: lexical stage, semantic stage, fusion ------------------------------------------


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


def rows_with_any_term(model, terms: list[str], exclude_claim_id=None) -> list[tuple[int, str, str]]:
    """(pk, terms, normalized_text) of the rows using one of `terms`, newest first, at most
    LEXICAL_CANDIDATES: on PostgreSQL through the GIN index on the words, elsewhere by scanning."""
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
            [" | ".join(terms)],
            output_field=BooleanField(),
        )
        queryset = queryset.filter(uses_a_term)
    else:
        uses_a_term = Q()
        for term in terms:
            uses_a_term |= Q(terms__contains=f" {term} ")
        queryset = queryset.filter(uses_a_term)
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
    hits = []
    for kind, model in (("claim", ClaimText), ("external", ExternalFactCheck)):
        for pk, row_terms, normalized, row_language in rows_with_any_term(model, chosen, exclude_claim_id):
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


class DenseIndex:
    """Every stored embedding of one table in memory, for the candidates no word reaches (a French
    claim and an English fact-check share few words). Loaded once per process, then only the rows
    embedded since; read again whole when the table's newest embedding goes back in time (rows
    deleted or re-indexed, a test's rollback)."""

    def __init__(self, model):
        self.model = model
        self.pks = np.zeros(0, dtype=np.int64)
        self.vectors = np.zeros((0, embedding.DIMENSIONS), dtype=np.float32)
        self.newest = None

    def refresh(self) -> None:
        newest = self.model.objects.aggregate(newest=Max("embedded_at"))["newest"]
        if newest == self.newest:
            return
        rows = self.model.objects.filter(embedding__isnull=False)
        if self.newest is not None and newest is not None and newest > self.newest:
            rows = rows.filter(embedded_at__gt=self.newest)
            keep = ~np.isin(self.pks, list(rows.values_list("pk", flat=True)))
            self.pks, self.vectors = self.pks[keep], self.vectors[keep]
        else:
            self.pks, self.vectors = self.pks[:0], self.vectors[:0]
        added = list(rows.values_list("pk", "embedding"))
        if added:
            self.pks = np.concatenate([self.pks, np.array([pk for pk, _raw in added], dtype=np.int64)])
            self.vectors = np.vstack([self.vectors, np.stack([embedding.from_bytes(raw) for _pk, raw in added])])
        self.newest = newest

    def nearest(self, query: np.ndarray, limit: int) -> list[int]:
        self.refresh()
        if not len(self.pks):
            return []
        cosines = self.vectors @ query
        top = np.argsort(-cosines, kind="stable")[:limit]
        return [int(self.pks[i]) for i in top if cosines[i] >= COSINE_FLOOR]


_dense_indexes: dict[str, DenseIndex] = {}


def dense_index(kind: str) -> DenseIndex:
    if kind not in _dense_indexes:
        _dense_indexes[kind] = DenseIndex(_INDEXED[kind][0])
    return _dense_indexes[kind]


def rows_by_pk(model, pks: list[int], exclude_claim_id=None) -> list[tuple[int, str, str]]:
    queryset = model.objects.filter(pk__in=pks)
    if exclude_claim_id is not None and model is ClaimText:
        queryset = queryset.exclude(claim_id=exclude_claim_id)
    return list(queryset.values_list("pk", "terms", "normalized_text", "language"))


def semantic_stage(text: str, language: str, hits: list[Hit], exclude_claim_id=None) -> list[Hit]:
    """Add the nearest rows by meaning to the lexical candidates, and score them all by the cosine
    of the two embeddings, rescaled so that unrelated texts (about COSINE_FLOOR for this model)
    score 0. Without any stored embedding nothing changes, and the model is not even loaded."""
    if not any(dense_index(kind).model.objects.filter(embedding__isnull=False).exists() for kind in _INDEXED):
        return hits
    query = embedding.embed_query(text)
    known = {(hit.kind, hit.pk) for hit in hits}
    query_words = query_terms(text, language)
    rows_per_term, documents, mean_length = term_statistics(query_words)
    best = best_possible(query_words, rows_per_term, documents)
    for kind, (model, _text_of) in _INDEXED.items():
        nearest = [pk for pk in dense_index(kind).nearest(query, DENSE_CANDIDATES) if (kind, pk) not in known]
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
           limit: int = SUGGESTIONS_PER_CLAIM) -> list[Hit]:  # fmt: skip
    """The rows that check the same claim as `text`, best first: lexical candidates re-ranked by
    meaning, at or above `threshold` (FACTCHECK_MATCH_THRESHOLD by default), figures agreeing."""
    threshold = settings.FACTCHECK_MATCH_THRESHOLD if threshold is None else threshold
    cleaned = clean_incoming(text)
    hits = lexical_stage(cleaned, language, exclude_claim_id)[:RERANKED_CANDIDATES]
    hits = semantic_stage(cleaned, language, hits, exclude_claim_id)
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


def find_matches(claim: Claim, *, threshold: float | None = None) -> list[ClaimMatch]:
    """Unsaved suggestions for `claim`: published fact-checks first, then the closest other claims."""
    from publishing.selectors import published_claim_ids

    hits = search(claim_search_text(claim), language=claim.language, exclude_claim_id=claim.pk, threshold=threshold)
    published = published_claim_ids([hit.pk for hit in hits if hit.kind == "claim"])
    ranked = sorted(
        hits, key=lambda hit: (not (hit.kind == "external" or hit.pk in published), -hit.score, hit.kind, hit.pk)
    )
    return [
        ClaimMatch(claim=claim, matched_claim_id=hit.pk, score=hit.score)
        if hit.kind == "claim"
        else ClaimMatch(claim=claim, matched_external_id=hit.pk, score=hit.score)
        for hit in ranked
    ]


def suggest_matches(claim: Claim) -> list[ClaimMatch]:
    """Find and store suggestions; suggestions already decided are left as they are."""
    matches = find_matches(claim)
    ClaimMatch.objects.bulk_create(matches, ignore_conflicts=True)
    return list(ClaimMatch.objects.filter(claim=claim))


def _decide(match: ClaimMatch, *, actor, state: str, kind: str, note: str):
    if not roles.can_decide_match(actor, match):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can decide on a match")])
    now = timezone.now()
    updated = ClaimMatch.objects.filter(pk=match.pk, state=ClaimMatch.State.SUGGESTED).update(
        state=state, decided_by=actor, decided_at=now
    )
    if not updated:
        raise workflow.Refused([_("this suggestion was already decided")])
    workflow.record_event(
        match.claim,
        kind,
        actor=actor,
        note=note,
        details={
            "match": match.pk,
            "matched_claim": match.matched_claim_id,
            "matched_external": match.matched_external_id,
            "score": round(match.score, 3),
        },
    )
    return now


def match_link(match: ClaimMatch, *, actor, note: str = "") -> ClaimMatch:
    """The claim is the same as the matched one: it shares that verdict and leaves the queues."""
    with transaction.atomic():
        claim = Claim.objects.select_for_update().get(pk=match.claim_id)
        if claim.closed_at is not None:
            raise workflow.Refused([_("this claim is already closed")])
        now = _decide(match, actor=actor, state=ClaimMatch.State.LINKED, kind=ClaimEvent.Kind.LINKED, note=note)
        workflow.close(claim, at=now, version=claim.version)
        close_open_assignment(claim, completed_at=now)
    match.refresh_from_db()
    return match


def match_dismiss(match: ClaimMatch, *, actor, note: str = "") -> ClaimMatch:
    with transaction.atomic():
        _decide(match, actor=actor, state=ClaimMatch.State.DISMISSED, kind=ClaimEvent.Kind.DISMISSED, note=note)
    match.refresh_from_db()
    return match
