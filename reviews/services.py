"""Writes about assignment, evidence and verdicts. Each runs in one transaction
and records its ClaimEvent through the workflow module."""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from publishing.services import publication_publish
from reviews.models import Assignment, Evidence, ReviewerProfile, Source, SourceDomain, Verdict
from reviews.selectors import source_for_url


def default_due(priority: str):
    hours = settings.FACTCHECK_DUE_HOURS_URGENT if priority == Claim.Priority.URGENT else settings.FACTCHECK_DUE_HOURS
    return timezone.now() + timedelta(hours=hours)


def _close_open_assignment(claim: Claim, **when) -> None:
    Assignment.objects.filter(claim=claim, released_at__isnull=True, completed_at__isnull=True).update(**when)


def claim_assign(claim: Claim, *, reviewer, actor, due=None, version: int | None = None) -> Claim:
    if not roles.can_assign_claims(actor):
        raise workflow.NotAllowed([_("only an editor can assign claims")])
    if not roles.is_member(reviewer):
        raise workflow.Refused([_("%(user)s is not a member of the desk") % {"user": reviewer.get_username()}])
    due = due or default_due(claim.priority)
    with transaction.atomic():
        current = Claim.objects.get(pk=claim.pk)
        previous = current.assignee
        workflow.bump_version(current, current.version if version is None else version, assignee=reviewer, due_at=due)
        _close_open_assignment(current, released_at=timezone.now())
        Assignment.objects.create(claim=current, reviewer=reviewer, assigned_by=actor, due_at=due)
        workflow.record_event(
            current,
            ClaimEvent.Kind.ASSIGNED,
            actor=actor,
            details={
                "reviewer": reviewer.get_username(),
                "previous": previous.get_username() if previous else None,
                "due": due.isoformat(),
            },
        )
    current.refresh_from_db()
    return current


def claim_release(claim: Claim, *, actor, version: int | None = None) -> Claim:
    if not roles.can_release_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can release it")])
    if claim.assignee_id is None:
        raise workflow.Refused([_("the claim is not assigned")])
    with transaction.atomic():
        current = Claim.objects.select_related("assignee").get(pk=claim.pk)
        previous = current.assignee
        workflow.bump_version(current, current.version if version is None else version, assignee=None, due_at=None)
        _close_open_assignment(current, released_at=timezone.now())
        workflow.record_event(
            current,
            ClaimEvent.Kind.RELEASED,
            actor=actor,
            details={"reviewer": previous.get_username() if previous else None},
        )
    current.refresh_from_db()
    return current


def reviewer_languages(user) -> list[str]:
    profile = ReviewerProfile.objects.filter(user=user).first()
    return list(profile.languages) if profile else []


def claim_take_next(*, actor) -> Claim | None:
    """Give the caller the next unassigned claim: urgent first, then oldest, in a
    language they read. Two callers never get the same claim."""
    if not roles.can_take_claims(actor):
        raise workflow.NotAllowed([_("only members of the desk can take claims")])
    queue = Claim.objects.filter(assignee__isnull=True, closed_at__isnull=True)
    languages = reviewer_languages(actor)
    if languages:
        queue = queue.filter(language__in=languages)
    skip_locked = connection.features.has_select_for_update_skip_locked
    for priority in (Claim.Priority.URGENT, Claim.Priority.NORMAL):
        ordered = queue.filter(priority=priority).order_by("created_at", "id")
        # On PostgreSQL, SKIP LOCKED lets concurrent callers pass over each other's
        # pick; elsewhere the compare-and-set below is the guard, and a loser retries.
        for _attempt in range(10):
            with transaction.atomic():
                picks = ordered.select_for_update(skip_locked=True) if skip_locked else ordered
                claim = picks.first()
                if claim is None:
                    break
                due = default_due(claim.priority)
                taken = Claim.objects.filter(pk=claim.pk, assignee__isnull=True, version=claim.version).update(
                    assignee=actor, due_at=due, version=F("version") + 1, updated_at=timezone.now()
                )
                if not taken:
                    continue
                Assignment.objects.create(claim=claim, reviewer=actor, assigned_by=actor, due_at=due)
                workflow.record_event(
                    claim,
                    ClaimEvent.Kind.ASSIGNED,
                    actor=actor,
                    details={"reviewer": actor.get_username(), "previous": None, "due": due.isoformat(), "took": True},
                )
            claim.refresh_from_db()
            return claim
    return None


def _sha256(file) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()


def evidence_attach(
    claim: Claim,
    *,
    actor,
    kind: str,
    stance: str,
    url: str = "",
    file=None,
    excerpt: str = "",
    note: str = "",
    source=None,
) -> Evidence:
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can add evidence")])
    if stance not in Evidence.Stance.values:
        raise workflow.Refused([_("unknown stance “%(stance)s”") % {"stance": stance}])
    sha256 = ""
    if kind == Evidence.Kind.URL:
        if not url:
            raise workflow.Refused([_("a web page needs its URL")])
        source = source or source_for_url(url)
    elif kind == Evidence.Kind.FILE:
        if file is None:
            raise workflow.Refused([_("a file is required")])
        sha256 = _sha256(file)
        if Evidence.objects.filter(claim=claim, sha256=sha256).exists():
            raise workflow.Refused([_("this file is already attached to this claim")])
    elif kind == Evidence.Kind.QUOTE:
        if not excerpt.strip():
            raise workflow.Refused([_("a quote needs its text")])
    else:
        raise workflow.Refused([_("unknown evidence kind “%(kind)s”") % {"kind": kind}])
    with transaction.atomic():
        evidence = Evidence.objects.create(
            claim=claim,
            kind=kind,
            stance=stance,
            url=url,
            file=file or "",
            sha256=sha256,
            excerpt=excerpt,
            note=note,
            source=source,
            added_by=actor,
        )
        workflow.record_event(
            claim,
            ClaimEvent.Kind.EVIDENCE_ADDED,
            actor=actor,
            details={
                "evidence": evidence.pk,
                "kind": kind,
                "stance": stance,
                "source": source.name if source else None,
            },
        )
    return evidence


def evidence_remove(evidence: Evidence, *, actor, version: int | None = None) -> None:
    """Remove evidence unless the claim's current status stands on it."""
    claim = evidence.claim
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can remove evidence")])
    with transaction.atomic():
        current = Claim.objects.select_related("document").get(pk=claim.pk)
        remaining = list(current.evidence.exclude(pk=evidence.pk).select_related("source"))
        unmet = workflow.unmet_for_status(current, current.status, remaining)
        if unmet:
            status = current.get_status_display()
            raise workflow.Refused(
                [
                    _("the claim is %(status)s: without this evidence it %(missing)s")
                    % {"status": status, "missing": missing}
                    for missing in unmet
                ]
            )
        # The version bump makes a concurrent move that counted this evidence fail as stale.
        workflow.bump_version(current, current.version if version is None else version)
        workflow.record_event(
            current,
            ClaimEvent.Kind.EVIDENCE_REMOVED,
            actor=actor,
            details={
                "evidence": evidence.pk,
                "kind": evidence.kind,
                "stance": evidence.stance,
                "url": evidence.url,
                "source": evidence.source.name if evidence.source_id else None,
            },
        )
        evidence.delete()


def verdict_save_draft(claim: Claim, *, actor, rating: str, summary: str) -> Verdict:
    """Create or update the claim's draft verdict; its last writer is its author."""
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can write its verdict")])
    if rating not in Verdict.Rating.values:
        raise workflow.Refused([_("unknown rating “%(rating)s”") % {"rating": rating}])
    if not summary.strip():
        raise workflow.Refused([_("a verdict needs a summary")])
    with transaction.atomic():
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


def _move_verdict(verdict: Verdict, from_states, **changes) -> None:
    updated = Verdict.objects.filter(pk=verdict.pk, state__in=from_states).update(updated_at=timezone.now(), **changes)
    if not updated:
        current = Verdict.objects.get(pk=verdict.pk)
        raise workflow.Refused(
            [_("the verdict is %(state)s and cannot take this step") % {"state": current.get_state_display()}]
        )


def verdict_submit(verdict: Verdict, *, actor) -> Verdict:
    claim = verdict.claim
    if not roles.can_submit_verdict(actor, verdict):
        raise workflow.NotAllowed([_("only the claim's assignee can submit its verdict")])
    if claim.status not in (Claim.Status.CORROBORATED, Claim.Status.DISPUTED):
        raise workflow.Refused([_("a verdict can be submitted only once the claim is corroborated or disputed")])
    with transaction.atomic():
        _move_verdict(verdict, [Verdict.State.DRAFT, Verdict.State.REJECTED], state=Verdict.State.SUBMITTED)
        workflow.record_event(claim, ClaimEvent.Kind.VERDICT_SUBMITTED, actor=actor, details={"verdict": verdict.pk})
    verdict.refresh_from_db()
    return verdict


def verdict_approve(verdict: Verdict, *, actor, comment: str = "") -> Verdict:
    if not roles.can_decide_verdict(actor, verdict):
        raise workflow.NotAllowed([_("only an editor who did not write the verdict can approve it")])
    now = timezone.now()
    with transaction.atomic():
        _move_verdict(
            verdict,
            [Verdict.State.SUBMITTED],
            state=Verdict.State.APPROVED,
            decided_by=actor,
            decision_comment=comment,
            decided_at=now,
        )
        Claim.objects.filter(pk=verdict.claim_id).update(closed_at=now, version=F("version") + 1, updated_at=now)
        _close_open_assignment(verdict.claim, completed_at=now)
        workflow.record_event(
            verdict.claim,
            ClaimEvent.Kind.VERDICT_APPROVED,
            actor=actor,
            note=comment,
            details={"verdict": verdict.pk, "rating": verdict.rating},
        )
        verdict.refresh_from_db()
        publication_publish(verdict, actor=actor)
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
        workflow.record_event(
            verdict.claim, ClaimEvent.Kind.VERDICT_REJECTED, actor=actor, note=comment, details={"verdict": verdict.pk}
        )
    verdict.refresh_from_db()
    return verdict


def source_save(source: Source | None, *, actor, domains: list[str] | None = None, **fields) -> Source:
    """Create a source (when `source` is None) or change it; `domains`, when given,
    replaces its list of domains. Domains arrive lower-cased and without "www."."""
    if not roles.can_edit_sources(actor):
        raise workflow.NotAllowed([_("only editors and admins can change sources")])
    domains = list(dict.fromkeys(domains)) if domains is not None else None
    if domains:
        taken = SourceDomain.objects.filter(domain__in=domains).select_related("source")
        if source is not None:
            taken = taken.exclude(source=source)
        refusals = [
            _("%(domain)s already belongs to %(source)s") % {"domain": row.domain, "source": row.source.name}
            for row in taken
        ]
        if refusals:
            raise workflow.Refused(refusals)
    source = source or Source()
    for name, value in fields.items():
        setattr(source, name, value)
    try:
        with transaction.atomic():
            source.save()
            if domains is not None:
                source.domains.exclude(domain__in=domains).delete()
                known = set(source.domains.values_list("domain", flat=True))
                SourceDomain.objects.bulk_create(
                    SourceDomain(source=source, domain=domain) for domain in domains if domain not in known
                )
    except IntegrityError:
        # Someone saved the same name or domain at the same moment.
        raise workflow.Refused([_("another source has this name or one of these domains")]) from None
    return source
