"""Claim matching: has this claim been checked before, here or by another newsroom?

The pipeline and the decisions: a new claim is noted as pending and its search queued after
commit (a sweep queues again what the broker lost); the search (publishing.match_search, over the
rows publishing.match_index keeps) stores suggestions; the assignee or an editor links a
suggestion, which closes the claim, or dismisses it.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import OperationalError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from factcheck.celery import runs_in_process
from factcheck.db import is_statement_timeout, statement_timeout
from publishing.match_index import claim_search_text
from publishing.match_search import search
from publishing.models import ClaimMatch, PendingMatching
from publishing.repeats import repeat_record
from reviews.services.assignment import close_open_assignment

logger = logging.getLogger(__name__)

# Claims per task when the sweep queues matching again.
REQUEUE_BATCH = 100


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
    """The claim is the same as the matched one: it shares that verdict and leaves the queues.
    Linked to a published claim or an imported fact-check, it is recorded as a repeat of it."""
    from publishing.selectors import published_claim_ids

    with transaction.atomic():
        claim = workflow.lock_open(match.claim)
        now = _decide(match, actor=actor, state=ClaimMatch.State.LINKED, kind=ClaimEvent.Kind.LINKED, note=note)
        workflow.close(claim, at=now, version=claim.version)
        close_open_assignment(claim, completed_at=now)
        if match.matched_external_id is not None:
            repeat_record(claim, match.matched_external)
        elif published_claim_ids([match.matched_claim_id]):
            repeat_record(claim, match.matched_claim)
    match.refresh_from_db()
    return match


def match_dismiss(match: ClaimMatch, *, actor, note: str = "") -> ClaimMatch:
    with transaction.atomic():
        workflow.lock_open(match.claim)
        _decide(match, actor=actor, state=ClaimMatch.State.DISMISSED, kind=ClaimEvent.Kind.DISMISSED, note=note)
    match.refresh_from_db()
    return match
