"""Claim matching, indexing: what each row (a claim's ClaimText, an imported fact-check) is
searched by. Its stemmed words are stored on the row and the word counts BM25 needs are kept in
MatchTerm as rows are indexed, so PostgreSQL and SQLite rank the same; its sentence embedding is
computed by the matching worker after commit (publishing.embedding).
"""

import logging
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F, Q
from django.utils import timezone

from claims.models import Claim, Document
from factcheck.celery import runs_in_process
from publishing import embedding
from publishing.models import ClaimText, DocumentText, ExternalFactCheck, MatchTerm
from publishing.text import guess_language, match_form, search_terms

logger = logging.getLogger(__name__)

# Rows embedded per task.
EMBEDDING_BATCH = 64
# Rows the beat sweep queues at most per run, so a sweep after a long outage does not flood the queue.
EMBEDDING_SWEEP_LIMIT = 10 * EMBEDDING_BATCH
# Rows re-indexed per batch by reindex_words.
REINDEX_BATCH = 1000
# Word counts written per statement.
TERM_BATCH = 500
# Reserved MatchTerm keys (words are [a-z0-9]+ only, so they cannot clash).
DOCUMENTS_KEY, LENGTH_KEY = "#rows", "#words"
# The same for the desk's search over documents (publishing.search), counted apart.
ARTICLES_KEY, ARTICLE_LENGTH_KEY = "#document-rows", "#document-words"
# A document is searched by its title, outlet, byline and this much of its text: every news article
# we take in whole (about 3,000 words), the start of a long report. Its claims are indexed one by one.
DOCUMENT_INDEXED_CHARACTERS = 20_000


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
    now = timezone.now()
    for row in rows:
        text = search_text_of(row)
        language = language_of(row)
        terms = search_terms(text, language)
        change.update(_term_totals([] if counted_afresh else row.terms.split(), terms))
        if padded(terms) != row.terms or row.embedding is None:
            row.embedding, row.embedded_at, row.embedding_queued_at = None, None, now
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


def document_index(document: Document) -> None:
    """Store (or refresh) the words the desk's search finds a document by, and the documents'
    mean length BM25 needs."""
    text = " ".join(
        part
        for part in (document.title, document.outlet, document.byline, document.text[:DOCUMENT_INDEXED_CHARACTERS])
        if part
    )
    language = document.language if document.language in ("en", "fr") else guess_language(text)
    terms = search_terms(text, language)
    with transaction.atomic():
        row = DocumentText.objects.select_for_update().filter(document_id=document.pk).first()
        if row is not None and row.terms == padded(terms) and row.language == language:
            return
        before = row.term_count if row is not None else 0
        change = Counter({ARTICLES_KEY: int(row is None), ARTICLE_LENGTH_KEY: len(terms) - before})
        DocumentText.objects.update_or_create(
            document_id=document.pk, defaults={"terms": padded(terms), "term_count": len(terms), "language": language}
        )
        _apply_term_changes(change)


INDEX_FIELDS = ["normalized_text", "terms", "term_count", "language", "embedding", "embedded_at", "embedding_queued_at"]


def factchecks_index(factchecks: list[ExternalFactCheck]) -> None:
    """Refresh the words of fact-checks being imported or changed (saved or not: the caller saves
    INDEX_FIELDS in the same transaction), and queue the missing embeddings after commit."""
    for factcheck in factchecks:
        factcheck.normalized_text = match_form(factcheck.claim_reviewed)
    stale = index_rows(factchecks, factcheck_search_text, factcheck_language)
    if stale:
        transaction.on_commit(lambda: enqueue_embedding(factcheck_ids=[factcheck.pk for factcheck in stale]))


def factcheck_language(factcheck: ExternalFactCheck) -> str:
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


def embeddings_requeue_missing(limit: int = EMBEDDING_SWEEP_LIMIT) -> dict[str, list[int]]:
    """Queue again the embeddings asked of the worker more than FACTCHECK_PENDING_REQUEUE_MINUTES
    ago and still missing (the broker was down, or the message was lost), at most `limit` rows of
    each table, oldest request first; returns their ids by kind. Queuing twice costs nothing:
    embed_rows skips the rows already embedded."""
    now = timezone.now()
    asked_before = now - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES)
    waiting = {}
    for kind, (model, _text_of) in INDEXED.items():
        pks = list(
            model.objects.filter(Q(embedding_queued_at__lt=asked_before) | Q(embedding_queued_at__isnull=True))
            .filter(embedding__isnull=True)
            .order_by(F("embedding_queued_at").asc(nulls_first=True), "pk")
            .values_list("pk", flat=True)[:limit]
        )
        model.objects.filter(pk__in=pks).update(embedding_queued_at=now)
        waiting[kind] = pks
    enqueue_embedding(claim_ids=waiting["claim"], factcheck_ids=waiting["external"])
    return waiting


def embed_rows(kind: str, ids: list[int]) -> int:
    """Compute and store the embeddings still missing among these rows, and queue the vector index's
    update after commit; returns how many. Running again adds nothing."""
    embedded = _embed(kind, ids)
    if embedded:
        transaction.on_commit(lambda: enqueue_vector_index_update(kind))
    return embedded


def _embed(kind: str, ids: list[int]) -> int:
    model, search_text_of = INDEXED[kind]
    rows = list(model.objects.filter(pk__in=ids, embedding__isnull=True).select_related(*RELATED[kind]))
    if not rows:
        return 0
    vectors = embedding.embed_passages([search_text_of(row) for row in rows])
    now = timezone.now()
    for row, vector in zip(rows, vectors, strict=True):
        # Only if its words are still those embedded: a change meanwhile queued a new task.
        model.objects.filter(pk=row.pk, terms=row.terms).update(embedding=embedding.to_bytes(vector), embedded_at=now)
    return len(rows)


def enqueue_vector_index_update(kind: str) -> None:
    """Ask the worker to fold the newly embedded rows into the shared index (it waits for enough
    of them); until then every process compares them exactly."""
    from publishing.tasks import update_vector_index

    try:
        update_vector_index.delay(kind)
    except Exception:
        if runs_in_process():
            logger.exception("Updating the vector index of %s rows failed", kind)
            return
        logger.warning("Could not queue the vector index update (broker unreachable)", exc_info=True)


INDEXED = {
    "claim": (ClaimText, lambda row: claim_search_text(row.claim)),
    "external": (ExternalFactCheck, factcheck_search_text),
}
RELATED = {"claim": ("claim",), "external": ()}


def reindex_words(progress=lambda done, total: None) -> int:
    """Recompute every row's words and the word counts from nothing (after a change to stemming or
    stop words); embeddings of rows whose words change are cleared. Returns the rows indexed."""
    total = ClaimText.objects.count() + ExternalFactCheck.objects.count()
    done = 0
    with transaction.atomic():
        MatchTerm.objects.exclude(term__in=[ARTICLES_KEY, ARTICLE_LENGTH_KEY]).delete()
        for kind, (model, search_text_of) in INDEXED.items():
            language_of = (lambda row: row.claim.language or "") if kind == "claim" else factcheck_language
            rows = model.objects.select_related(*RELATED[kind]).order_by("pk")
            for start in range(0, model.objects.count(), REINDEX_BATCH):
                batch = list(rows[start : start + REINDEX_BATCH])
                index_rows(batch, search_text_of, language_of, counted_afresh=True)
                model.objects.bulk_update(batch, INDEX_FIELDS[1:])
                done += len(batch)
                progress(done, total)
    return done


def reindex_documents(progress=lambda done, total: None) -> int:
    """Recompute every document's words for the desk's search, and their count, from nothing."""
    total = Document.objects.count()
    with transaction.atomic():
        DocumentText.objects.all().delete()
        MatchTerm.objects.filter(term__in=[ARTICLES_KEY, ARTICLE_LENGTH_KEY]).delete()
        for done, document in enumerate(Document.objects.order_by("pk").iterator(chunk_size=REINDEX_BATCH), 1):
            document_index(document)
            if done % REINDEX_BATCH == 0 or done == total:
                progress(done, total)
    return total


def embed_missing(progress=lambda done, total: None) -> int:
    """Embed, here and now, every row still waiting for its embedding. Returns how many. No update
    of the vector index is queued per batch: the caller (reindex_matching) builds it once, after."""
    waiting = {kind: list(model.objects.filter(embedding__isnull=True).order_by("pk").values_list("pk", flat=True))
               for kind, (model, _text_of) in INDEXED.items()}  # fmt: skip
    total = sum(len(pks) for pks in waiting.values())
    done = 0
    for kind, pks in waiting.items():
        for start in range(0, len(pks), EMBEDDING_BATCH):
            _embed(kind, pks[start : start + EMBEDDING_BATCH])
            done += len(pks[start : start + EMBEDDING_BATCH])
            progress(done, total)
    return done
