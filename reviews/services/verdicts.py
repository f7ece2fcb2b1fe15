"""Verdicts: drafted and submitted by the claim's fact-checker, approved or sent back by another editor."""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from notifications.models import Notification
from notifications.services import notify
from reviews.models import Verdict
from reviews.services.assignment import close_open_assignment

logger = logging.getLogger(__name__)


def verdict_save_draft(claim: Claim, *, actor, rating: str, summary: str) -> Verdict:
    """Create or update the claim's draft verdict; its last writer is its author."""
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can write its verdict")])
    if rating not in Verdict.Rating.values:
        raise workflow.Refused([_("unknown rating “%(rating)s”") % {"rating": rating}])
    if not summary.strip():
        raise workflow.Refused([_("a verdict needs a summary")])
    with transaction.atomic():
        workflow.lock_open(claim)
        verdict = (
            Verdict.objects.select_for_update()
            .filter(claim=claim, state__in=[Verdict.State.DRAFT, Verdict.State.SUBMITTED, Verdict.State.REJECTED])
            .first()
        )
        if verdict and verdict.state == Verdict.State.SUBMITTED:
            raise workflow.Refused([_("the verdict is awaiting an editor's decision")])
        if verdict is None:
            verdict = Verdict(claim=claim)
        verdict.rating, verdict.summary, verdict.author = rating, summary.strip(), actor
        verdict.state = Verdict.State.DRAFT
        verdict.save()
        workflow.record_event(
            claim, ClaimEvent.Kind.VERDICT_DRAFTED, actor=actor, details={"verdict": verdict.pk, "rating": rating}
        )
    return verdict


# A verdict is submitted and approved only while its claim stands in one of these statuses.
DECIDABLE = (Claim.Status.CORROBORATED, Claim.Status.DISPUTED)


def _lock_claim(verdict: Verdict) -> Claim:
    """The verdict's claim, locked as workflow.transition locks it, so that no move (a reopen) can
    slip between the check of its status and the verdict's step. Call inside a transaction."""
    return Claim.objects.select_for_update().get(pk=verdict.claim_id)


def _move_verdict(verdict: Verdict, from_states, **changes) -> None:
    updated = Verdict.objects.filter(pk=verdict.pk, state__in=from_states).update(updated_at=timezone.now(), **changes)
    if not updated:
        current = Verdict.objects.get(pk=verdict.pk)
        raise workflow.Refused(
            [_("the verdict is %(state)s and cannot take this step") % {"state": current.get_state_display()}]
        )


SUBMITTABLE_STATUSES = (Claim.Status.CORROBORATED, Claim.Status.DISPUTED)
# Ratings that contradict what the evidence established: worth a second look, not a refusal.
DISAGREEING_RATINGS = {
    Claim.Status.CORROBORATED: {Verdict.Rating.FALSE, Verdict.Rating.MISLEADING},
    Claim.Status.DISPUTED: {Verdict.Rating.TRUE, Verdict.Rating.MOSTLY_TRUE},
}


def ratings_disagreeing_with(status: str) -> set[str]:
    """Ratings that say the opposite of a claim in this status (a corroborated claim rated False)."""
    return {str(rating) for rating in DISAGREEING_RATINGS.get(status, set())}


def submit_blockers(actor, claim: Claim, verdict: Verdict | None = None) -> tuple[bool, list[str]]:
    """Whether `actor`'s role lets them submit the claim's verdict, and what else stands in the way
    now (empty when they may submit). The desk shows these in place of the submit button."""
    allowed = roles.can_submit_verdict(actor, verdict or Verdict(claim=claim))
    reasons = [] if allowed else [_("only the claim's assignee can submit its verdict")]
    if claim.status not in SUBMITTABLE_STATUSES:
        reasons.append(_("a verdict can be submitted only once the claim is corroborated or disputed"))
    return allowed, reasons


def verdict_submit(verdict: Verdict, *, actor) -> Verdict:
    claim = verdict.claim
    allowed, reasons = submit_blockers(actor, claim, verdict)
    if not allowed:
        raise workflow.NotAllowed(reasons[:1])
    if reasons:
        raise workflow.Refused(reasons)
    with transaction.atomic():
        claim = _lock_claim(verdict)
        if claim.status not in DECIDABLE:
            raise workflow.Refused([_("a verdict can be submitted only once the claim is corroborated or disputed")])
        _move_verdict(verdict, [Verdict.State.DRAFT, Verdict.State.REJECTED], state=Verdict.State.SUBMITTED)
        workflow.record_event(claim, ClaimEvent.Kind.VERDICT_SUBMITTED, actor=actor, details={"verdict": verdict.pk})
    verdict.refresh_from_db()
    return verdict


def verdict_approve(verdict: Verdict, *, actor, comment: str = "") -> Verdict:
    """Approve a submitted verdict and close its claim. The desk calls publishing.services.verdict_approve,
    which calls this and publishes the fact-check in the same transaction."""
    if not roles.can_decide_verdict(actor, verdict):
        raise workflow.NotAllowed([_("only an editor who did not write the verdict can approve it")])
    now = timezone.now()
    with transaction.atomic():
        claim = _lock_claim(verdict)
        _move_verdict(
            verdict,
            [Verdict.State.SUBMITTED],
            state=Verdict.State.APPROVED,
            decided_by=actor,
            decision_comment=comment,
            decided_at=now,
        )
        # After the verdict's own check, so that a verdict approved twice says so; the refusal rolls it back.
        if claim.status not in DECIDABLE or claim.closed_at is not None:
            message = _(
                "the claim is %(status)s now: only a verdict on an open, corroborated or disputed claim is approved"
            )
            raise workflow.Refused([message % {"status": claim.get_status_display()}])
        workflow.close(verdict.claim, at=now)
        close_open_assignment(verdict.claim, completed_at=now)
        workflow.record_event(
            verdict.claim,
            ClaimEvent.Kind.VERDICT_APPROVED,
            actor=actor,
            note=comment,
            details={"verdict": verdict.pk, "rating": verdict.rating},
        )
        notify(
            verdict.author,
            Notification.Kind.VERDICT_APPROVED,
            claim=verdict.claim,
            text=_("%(editor)s approved your verdict (%(rating)s) on claim %(id)d:\n%(claim)s%(comment)s")
            % {
                "editor": actor.get_username(),
                "rating": verdict.get_rating_display(),
                "id": verdict.claim_id,
                "claim": verdict.claim.text,
                "comment": f"\n\n{comment}" if comment else "",
            },
            dedupe_key=f"verdict_approved:verdict-{verdict.pk}",
        )
    verdict.refresh_from_db()
    return verdict


def verdict_reject(verdict: Verdict, *, actor, comment: str) -> Verdict:
    """Send the verdict back to its author, who can rework it as a draft."""
    if not roles.can_decide_verdict(actor, verdict):
        raise workflow.NotAllowed([_("only an editor who did not write the verdict can reject it")])
    if not comment.strip():
        raise workflow.Refused([_("a rejection needs a comment for the author")])
    with transaction.atomic():
        _move_verdict(
            verdict,
            [Verdict.State.SUBMITTED],
            state=Verdict.State.REJECTED,
            decided_by=actor,
            decision_comment=comment.strip(),
            decided_at=timezone.now(),
        )
        event = workflow.record_event(
            verdict.claim, ClaimEvent.Kind.VERDICT_REJECTED, actor=actor, note=comment, details={"verdict": verdict.pk}
        )
        notify(
            verdict.author,
            Notification.Kind.VERDICT_REJECTED,
            claim=verdict.claim,
            text=_("%(editor)s sent back your verdict on claim %(id)d:\n%(comment)s")
            % {"editor": actor.get_username(), "id": verdict.claim_id, "comment": comment.strip()},
            # A verdict can be rejected more than once; each rejection is its own notice.
            dedupe_key=f"verdict_rejected:event-{event.pk}",
        )
    verdict.refresh_from_db()
    return verdict


def verdicts_return_on_reopen(claim: Claim, *, actor, note: str) -> list[Verdict]:
    """A reopened claim's submitted verdict goes back to its author as a draft: it judged a claim that no
    longer stands. Called by publishing.services.claim_reopen in the reopen's transaction."""
    returned = list(Verdict.objects.select_for_update().filter(claim=claim, state=Verdict.State.SUBMITTED))
    for verdict in returned:
        _move_verdict(verdict, [Verdict.State.SUBMITTED], state=Verdict.State.DRAFT)
        event = workflow.record_event(
            claim, ClaimEvent.Kind.VERDICT_RETURNED, actor=actor, note=note, details={"verdict": verdict.pk}
        )
        notify(
            verdict.author,
            Notification.Kind.VERDICT_RETURNED,
            claim=claim,
            text=_("%(editor)s reopened claim %(id)d; your submitted verdict is a draft again:\n%(note)s")
            % {"editor": actor.get_username(), "id": claim.pk, "note": note.strip()},
            dedupe_key=f"verdict_returned:event-{event.pk}",
        )
    return returned
