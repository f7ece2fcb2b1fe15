"""The claim workflow: the transition table, its guards and the audit record.

This is the only code that changes a claim's status. Every move is a
compare-and-set on (status, version) and writes its ClaimEvent in the same
transaction, so a move happens whole or not at all.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from claims import roles
from claims.models import Claim, ClaimEvent
from factcheck.errors import NotAllowed, Refused, WorkflowError
from sources.models import Source

Status = Claim.Status
__all__ = ["Conflict", "NotAllowed", "Refused", "WorkflowError"]

TRANSITIONS: dict[str, tuple[str, ...]] = {
    Status.UNVERIFIED: (Status.SOURCED,),
    Status.SOURCED: (Status.CORROBORATED, Status.DISPUTED, Status.UNVERIFIED),
    Status.CORROBORATED: (Status.DISPUTED, Status.UNVERIFIED),
    Status.DISPUTED: (Status.CORROBORATED, Status.UNVERIFIED),
}


class Conflict(WorkflowError):
    """Someone changed the claim since the actor last saw it."""

    def __init__(self, claim: Claim):
        self.claim = claim
        super().__init__(
            [
                _("Someone else changed this claim: it is now %(status)s (version %(version)d).")
                % {"status": claim.get_status_display(), "version": claim.version}
            ]
        )


@dataclass(frozen=True)
class CountedEvidence:
    evidence: object
    counts: bool
    reason: str = ""


def reliability_counts(reliability: str) -> bool:
    """Whether evidence from a source of this reliability can count towards corroboration."""
    if reliability == Source.Reliability.UNRATED:
        return False
    return reliability != Source.Reliability.LOW or settings.FACTCHECK_LOW_RELIABILITY_COUNTS


def corroboration_breakdown(claim: Claim, evidence) -> list[CountedEvidence]:
    """Which supporting evidence counts towards corroboration, and why the rest does not.

    Independent sources only: one Source counts once, the claim's own publisher
    never counts, a source no editor has rated yet does not count, and low-reliability
    sources count only when the setting allows.
    """
    publisher_id = claim.document.publisher_id
    seen_sources = set()
    breakdown = []
    for item in evidence:
        if item.stance != "supports":
            continue
        if item.source_id is None:
            breakdown.append(CountedEvidence(item, False, _("not linked to a source")))
        elif item.source_id == publisher_id:
            breakdown.append(CountedEvidence(item, False, _("the claim's own publisher")))
        elif item.source.reliability == Source.Reliability.UNRATED:
            breakdown.append(CountedEvidence(item, False, _("source not yet rated by an editor")))
        elif item.source.reliability == Source.Reliability.LOW and not settings.FACTCHECK_LOW_RELIABILITY_COUNTS:
            breakdown.append(CountedEvidence(item, False, _("low-reliability source")))
        elif item.source_id in seen_sources:
            breakdown.append(CountedEvidence(item, False, _("same source as earlier evidence")))
        else:
            seen_sources.add(item.source_id)
            breakdown.append(CountedEvidence(item, True))
    return breakdown


def unmet_for_status(claim: Claim, status: str, evidence) -> list[str]:
    """What the evidence lacks for `claim` to stand in `status`; empty when it holds."""
    evidence = list(evidence)
    if status == Status.SOURCED:
        if not any(item.source_id for item in evidence):
            return [_("needs at least one evidence item linked to a source")]
    elif status == Status.CORROBORATED:
        counted = sum(1 for row in corroboration_breakdown(claim, evidence) if row.counts)
        missing = settings.FACTCHECK_CORROBORATION_MIN_SOURCES - counted
        if missing > 0:
            return [
                ngettext(
                    "needs supporting evidence from %(count)d more independent source",
                    "needs supporting evidence from %(count)d more independent sources",
                    missing,
                )
                % {"count": missing}
            ]
    elif status == Status.DISPUTED:
        if not any(item.stance == "contradicts" and item.source_id for item in evidence):
            return [_("needs contradicting evidence linked to a source")]
    return []


def _evidence_of(claim: Claim):
    return list(claim.evidence.select_related("source"))


def closed_refusal() -> Refused:
    return Refused([_("this claim is closed: only an editor's reopen, a correction or a withdrawal can change it")])


def lock_open(claim: Claim) -> Claim:
    """The claim's row, locked as `transition` locks it, or Refused when the claim is closed
    (published, or linked to an earlier fact-check): its evidence, verdict, assignment and priority
    stay as they were published. Call inside a transaction."""
    current = Claim.objects.select_for_update(of=("self",)).select_related("document").get(pk=claim.pk)
    if current.closed_at is not None:
        raise closed_refusal()
    return current


def check_move(claim: Claim, to: str, *, actor, note: str = "", evidence=None) -> None:
    """Raise NotAllowed or Refused when `actor` may not move `claim` to `to` now."""
    if to not in Status.values:
        raise Refused([_("unknown status “%(status)s”") % {"status": to}])
    if claim.closed_at is not None and to != Status.UNVERIFIED:
        raise closed_refusal()
    if to == Status.UNVERIFIED:
        if not roles.can_reopen_claim(actor, claim):
            raise NotAllowed([_("only an editor can reopen a claim")])
    elif not roles.can_work_on_claim(actor, claim):
        raise NotAllowed([_("only the claim's assignee or an editor can move it")])
    if to not in TRANSITIONS[claim.status]:
        raise Refused(
            [
                _("a claim cannot move from %(from)s to %(to)s")
                % {"from": claim.get_status_display(), "to": Status(to).label}
            ]
        )
    if to == Status.UNVERIFIED:
        if not note.strip():
            raise Refused([_("a note is required to reopen a claim")])
        return
    unmet = unmet_for_status(claim, to, _evidence_of(claim) if evidence is None else evidence)
    if unmet:
        raise Refused(unmet)


@dataclass(frozen=True)
class Move:
    to: str
    label: str
    allowed: bool
    missing: tuple[str, ...] = ()


def available_moves(claim: Claim, actor, evidence=None) -> list[Move]:
    """Every move out of the claim's status, allowed or not, and what each lacks. `evidence`, when
    the caller has already read the claim's evidence with its sources, saves reading it again."""
    evidence = _evidence_of(claim) if evidence is None else evidence
    moves = []
    # A closed claim offers only its reopen: the other moves wait for it.
    targets = [Status.UNVERIFIED] if claim.closed_at is not None else TRANSITIONS[claim.status]
    for to in targets:
        try:
            # A reopen's note is asked for by the form, so it does not count as missing here.
            check_move(claim, to, actor=actor, note="-", evidence=evidence)
        except WorkflowError as refusal:
            moves.append(Move(to, Status(to).label, False, tuple(refusal.messages)))
        else:
            moves.append(Move(to, Status(to).label, True))
    return moves


def record_event(claim: Claim, kind: str, *, actor=None, note: str = "", details=None, **statuses) -> ClaimEvent:
    """Append to the claim's audit trail; `statuses` may give from_status and to_status."""
    return ClaimEvent.objects.create(claim=claim, kind=kind, actor=actor, note=note, details=details or {}, **statuses)


def bump_version(claim: Claim, version: int, **changes) -> None:
    """Compare-and-set on the claim's version, or Conflict; call inside a transaction."""
    updated = Claim.objects.filter(pk=claim.pk, version=version).update(
        version=F("version") + 1, updated_at=timezone.now(), **changes
    )
    if not updated:
        raise Conflict(Claim.objects.get(pk=claim.pk))


def close(claim: Claim, *, at, version: int | None = None) -> None:
    """Take the claim out of the queues at `at`: its verdict was approved, or it was linked to an
    earlier fact-check. With `version`, a compare-and-set like any move. Call inside a transaction."""
    if version is None:
        Claim.objects.filter(pk=claim.pk).update(closed_at=at, version=F("version") + 1, updated_at=at)
    else:
        bump_version(claim, version, closed_at=at)


def transition(claim: Claim, to: str, *, actor, version: int | None = None, note: str = "") -> Claim:
    """Move `claim` to status `to` as `actor`, who last saw it at `version`.

    A reopen (to unverified) also touches the claim's verdict and public page, which live in higher
    layers: callers go through publishing.services.claim_move, which calls this and then does that."""
    with transaction.atomic():
        # Locked, so that a verdict's submission or approval (which lock the claim too) sees the move or precedes it.
        current = Claim.objects.select_for_update(of=("self",)).select_related("document").get(pk=claim.pk)
        expected = current.version if version is None else version
        if current.version != expected:
            raise Conflict(current)
        check_move(current, to, actor=actor, note=note)
        # A reopened claim goes back to the queues even if a verdict had closed it.
        reopened = {"closed_at": None} if to == Status.UNVERIFIED else {}
        updated = Claim.objects.filter(pk=current.pk, status=current.status, version=expected).update(
            status=to, version=F("version") + 1, updated_at=timezone.now(), **reopened
        )
        if not updated:
            raise Conflict(Claim.objects.get(pk=current.pk))
        record_event(current, ClaimEvent.Kind.STATUS, actor=actor, note=note, from_status=current.status, to_status=to)
    current.refresh_from_db()
    return current
