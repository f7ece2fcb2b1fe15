"""Claim matching: has this claim been checked before, here or by another newsroom?

Claims are compared in their matching form (publishing.text.match_form: normalised, without
stop words or "…, the minister said") by pg_trgm's trigram similarity.

On PostgreSQL the candidates are the rows that share one of the claim's uncommon words (a
figure, a name: a word fewer than UNCOMMON_WORD_MAX_ROWS rows use, by the planner's statistics),
found through a full-text GIN index; similarity() then decides and ranks. Trigrams alone cannot
narrow a large table quickly: the trigrams of everyday words are in most rows. A claim made only
of common words falls back to the `%` operator on the trigram GIN index, which is slower.
Elsewhere (SQLite) the same similarity is computed in Python over the rows that share one of
the claim's rarer words, which gives the same answers on small data.
"""

import logging
import time
from datetime import timedelta

from django.conf import settings
from django.db import OperationalError, connection, transaction
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from factcheck.celery import runs_in_process
from factcheck.db import is_statement_timeout, statement_timeout
from publishing.models import ClaimMatch, ClaimText, ExternalFactCheck, PendingMatching
from publishing.text import match_form, similarity, words
from reviews.services.assignment import close_open_assignment

logger = logging.getLogger(__name__)

SUGGESTIONS_PER_CLAIM = 5
# Claims per task when the sweep queues matching again.
REQUEUE_BATCH = 100
# Nearest rows fetched before published fact-checks are put first.
CANDIDATES_PER_QUERY = 20
PREFILTER_WORDS = 6
# A word used by more rows than this does not narrow the search enough to start from it.
UNCOMMON_WORD_MAX_ROWS = 1000
# The planner's word statistics change only when the table is analysed; read them this often.
WORD_STATISTICS_SECONDS = 300
NO_STATISTICS_SECONDS = 10
# Full-text indexes of the matching form (created by migration 0003), by table.
WORD_INDEXES = {
    "publishing_claimtext": "publishing_claimtext_words",
    "publishing_externalfactcheck": "publishing_externalfactcheck_words",
}
# Frequent words, which say nothing about which claim this is.
_COMMON_WORDS_TEXT = (
    "that this with from have were been their there they which would could about after also more than into over"
    " said says only other some such very what when where will your year years"
    " dans pour avec plus sont cette mais elle elles nous vous leur leurs etait etaient sera selon comme tout tous"
    " toute toutes deux aussi entre depuis apres avant sans sous chez fait faire encore alors donc notre votre"
)
_COMMON_WORDS = frozenset(_COMMON_WORDS_TEXT.split())


def claim_index(claim: Claim) -> str:
    """Store (or refresh) the claim's matching form; returns it."""
    normalized = match_form(claim.text)
    ClaimText.objects.update_or_create(claim_id=claim.pk, defaults={"normalized_text": normalized})
    return normalized


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


def _rare_words(normalized: str) -> list[str]:
    """The words most likely to single out this claim: numbers and long words first."""
    candidates = {word for word in words(normalized) if len(word) >= 4 or any(c.isdigit() for c in word)}
    candidates -= _COMMON_WORDS
    return sorted(candidates, key=_looks_rare)[:PREFILTER_WORDS]


def similar(queryset, normalized: str, *, threshold: float, limit: int = CANDIDATES_PER_QUERY):
    """(pk, score, normalized_text) of the rows of `queryset` at or above `threshold`, most similar first."""
    if not normalized:
        return []
    if connection.vendor == "postgresql":
        return similar_postgres(queryset, normalized, threshold=threshold, limit=limit)
    return similar_python(queryset, normalized, threshold=threshold, limit=limit)


_word_statistics: dict[str, tuple[float, dict[str, float]]] = {}


def _rows_per_word(table: str) -> dict[str, float]:
    """Estimated rows using each of the table's most common words, from the statistics ANALYZE
    keeps on the full-text index; a word missing from them is rare. Empty before any ANALYZE."""
    read_at, estimates = _word_statistics.get(table, (0.0, {}))
    if time.monotonic() - read_at < WORD_STATISTICS_SECONDS:
        return estimates
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT s.most_common_elems::text::text[], s.most_common_elem_freqs, c.reltuples"
            " FROM pg_stats s JOIN pg_class c ON c.relname = %s WHERE s.tablename = %s",
            [table, WORD_INDEXES[table]],
        )
        row = cursor.fetchone()
    if row and row[0] and row[2] > 0:
        common_words, frequencies, table_rows = row
        estimates = {word: frequency * table_rows for word, frequency in zip(common_words, frequencies, strict=False)}
        _word_statistics[table] = (time.monotonic(), estimates)
    else:
        # Not analysed yet: look again soon rather than keep "no word is common" for minutes.
        estimates = {}
        _word_statistics[table] = (time.monotonic() - WORD_STATISTICS_SECONDS + NO_STATISTICS_SECONDS, estimates)
    return estimates


def _looks_rare(word: str) -> tuple[bool, int, str]:
    """Sort key: figures first, then longer words."""
    return (not any(c.isdigit() for c in word), -len(word), word)


def uncommon_words(table: str, normalized: str) -> list[str]:
    """The claim's words that single it out best: up to PREFILTER_WORDS of those fewer than
    UNCOMMON_WORD_MAX_ROWS rows use, rarest first. Without statistics (a table never analysed)
    every word counts as uncommon and figures and long words come first, so the search stays bounded."""
    rows_per_word = _rows_per_word(table)
    uncommon = {word for word in words(normalized) if rows_per_word.get(word, 0) <= UNCOMMON_WORD_MAX_ROWS}
    ranked = sorted(uncommon, key=lambda word: (rows_per_word.get(word, 0), *_looks_rare(word)))
    return ranked[:PREFILTER_WORDS]


def similar_postgres(queryset, normalized: str, *, threshold: float, limit: int):
    from django.contrib.postgres.search import TrigramSimilarity

    table = queryset.model._meta.db_table
    score = TrigramSimilarity("normalized_text", normalized)
    uncommon = uncommon_words(table, normalized)
    if uncommon:
        # The same expression as the index's, so the planner uses it. Words are [a-z0-9]+ only.
        shares_an_uncommon_word = RawSQL(
            f"to_tsvector('simple', \"{table}\".\"normalized_text\") @@ to_tsquery('simple', %s)",
            [" | ".join(uncommon)],
            output_field=BooleanField(),
        )
        rows = (
            queryset.filter(shares_an_uncommon_word)
            .annotate(score=score)
            .filter(score__gte=threshold)
            .order_by("-score", "pk")
            .values_list("pk", "score", "normalized_text")[:limit]
        )
        return [(pk, float(score), text) for pk, score, text in rows]
    with transaction.atomic():
        with connection.cursor() as cursor:
            # Scoped to this transaction: the `%` operator then filters at our threshold, in the index.
            cursor.execute("SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(threshold)])
        rows = (
            queryset.filter(normalized_text__trigram_similar=normalized)
            .annotate(score=score)
            .order_by("-score", "pk")
            .values_list("pk", "score", "normalized_text")[:limit]
        )
        return [(pk, float(score), text) for pk, score, text in rows]


def similar_python(queryset, normalized: str, *, threshold: float, limit: int):
    """The same answer as pg_trgm, computed here over the rows sharing one of the claim's rarer words."""
    prefilter = Q()
    for word in _rare_words(normalized):
        prefilter |= Q(normalized_text__contains=word)
    if not prefilter:
        return []
    scored = [
        (pk, similarity(normalized, text), text)
        for pk, text in queryset.filter(prefilter).values_list("pk", "normalized_text").iterator()
    ]
    scored = [row for row in scored if row[1] >= threshold]
    scored.sort(key=lambda row: (-row[1], row[0]))
    return scored[:limit]


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

    threshold = settings.FACTCHECK_MATCH_THRESHOLD if threshold is None else threshold
    text = ClaimText.objects.filter(claim_id=claim.pk).values_list("normalized_text", flat=True).first()
    normalized = text if text is not None else claim_index(claim)
    own = [
        (pk, score)
        for pk, score, text in similar(ClaimText.objects.exclude(claim_id=claim.pk), normalized, threshold=threshold)
        if numbers_agree(normalized, text)
    ]
    external = [
        (pk, score)
        for pk, score, text in similar(ExternalFactCheck.objects.all(), normalized, threshold=threshold)
        if numbers_agree(normalized, text)
    ]
    published = published_claim_ids([pk for pk, _score in own])
    ranked = sorted(
        [(pk in published, score, ClaimMatch(claim=claim, matched_claim_id=pk, score=score)) for pk, score in own]
        + [(True, score, ClaimMatch(claim=claim, matched_external_id=pk, score=score)) for pk, score in external],
        key=lambda row: (not row[0], -row[1]),
    )
    return [match for _checked, _score, match in ranked[:SUGGESTIONS_PER_CLAIM]]


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
