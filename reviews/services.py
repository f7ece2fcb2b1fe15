"""Writes about assignment, evidence, archived pages, verdicts and the source registry.

Each runs in one transaction, records what it changed on a claim through the workflow
module (ClaimEvent) or on a Source (SourceEvent), and notifies people through
notifications.services, whose emails leave only after the transaction commits.
"""

import logging
import mimetypes
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from celery.exceptions import Retry
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import readers, roles, workflow
from claims.models import Claim, ClaimEvent, Document
from factcheck import fetch
from factcheck.celery import runs_in_process
from notifications.models import Notification
from notifications.services import notify
from publishing.services import publication_publish
from reviews import source_csv, uploads
from reviews.models import (
    ArchivedPage,
    Assignment,
    Evidence,
    ReviewerProfile,
    Source,
    SourceDomain,
    SourceEvent,
    Verdict,
)
from reviews.selectors import normalise_domain, source_for_url, unicode_domain

logger = logging.getLogger(__name__)


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
        assignment = Assignment.objects.create(claim=current, reviewer=reviewer, assigned_by=actor, due_at=due)
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
        if reviewer != actor:
            _notify_assigned(assignment, current)
    current.refresh_from_db()
    return current


def _notify_assigned(assignment: Assignment, claim: Claim) -> None:
    by = assignment.assigned_by.get_username() if assignment.assigned_by else _("the desk")
    notify(
        assignment.reviewer,
        Notification.Kind.ASSIGNED,
        claim=claim,
        text=_("%(by)s gave you claim %(id)d, due %(due)s:\n%(claim)s")
        % {"by": by, "id": claim.pk, "due": _when(assignment.due_at), "claim": claim.text},
        dedupe_key=f"assigned:assignment-{assignment.pk}",
    )


def _when(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else _("no date")


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


def claims_auto_assign(claims) -> None:
    """When FACTCHECK_AUTO_ASSIGN is on, give each new claim to a fact-checker (see claim_auto_assign)."""
    if not settings.FACTCHECK_AUTO_ASSIGN:
        return
    for claim in claims:
        claim_auto_assign(claim)


def claim_auto_assign(claim: Claim):
    """Give an unassigned claim, as the system, to the fact-checker who reads its language and
    has the fewest open claims (ties: alphabetical username). The reviewer, or None."""
    reviewer = _least_loaded_reader(claim.language)
    if reviewer is None:
        return None
    due = default_due(claim.priority)
    with transaction.atomic():
        taken = Claim.objects.filter(pk=claim.pk, assignee__isnull=True).update(
            assignee=reviewer, due_at=due, version=F("version") + 1, updated_at=timezone.now()
        )
        if not taken:
            return None
        assignment = Assignment.objects.create(claim=claim, reviewer=reviewer, assigned_by=None, due_at=due)
        workflow.record_event(
            claim,
            ClaimEvent.Kind.ASSIGNED,
            details={"reviewer": reviewer.get_username(), "previous": None, "due": due.isoformat(), "automatic": True},
        )
        _notify_assigned(assignment, claim)
    return reviewer


def _least_loaded_reader(language: str):
    fact_checkers = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=roles.FACT_CHECKERS)
        .annotate(
            open_claims=Count("assigned_claims", filter=Q(assigned_claims__closed_at__isnull=True), distinct=True)
        )
        .select_related("reviewer_profile")
        .order_by("open_claims", "username")
    )
    for user in fact_checkers:
        profile = getattr(user, "reviewer_profile", None)
        reads = list(profile.languages) if profile else []
        # No languages on file means they read everything; a claim of unknown language suits anyone.
        if not reads or not language or language in reads:
            return user
    return None


def assignments_flag_overdue() -> int:
    """Tell the assignee and the editors about each claim past its due time, once per assignment.

    Safe to run twice at once: the conditional update below lets exactly one run claim each
    assignment, and the notifications' dedupe keys would catch a second sending anyway.
    """
    now = timezone.now()
    open_and_late = Q(released_at__isnull=True, completed_at__isnull=True, overdue_notified_at__isnull=True)
    overdue = (
        Assignment.objects.filter(open_and_late, due_at__lt=now, claim__closed_at__isnull=True)
        .select_related("claim", "reviewer")
        .order_by("due_at", "id")
    )
    editors = list(get_user_model().objects.filter(is_active=True, groups__name=roles.EDITORS))
    flagged = 0
    for assignment in overdue:
        with transaction.atomic():
            if not Assignment.objects.filter(open_and_late, pk=assignment.pk).update(overdue_notified_at=now):
                continue
            claim = assignment.claim
            reviewer = assignment.reviewer
            workflow.record_event(
                claim,
                ClaimEvent.Kind.OVERDUE,
                details={"reviewer": reviewer.get_username(), "due": assignment.due_at.isoformat()},
            )
            recipients = {user.pk: user for user in [reviewer, *editors]}
            for recipient in recipients.values():
                notify(
                    recipient,
                    Notification.Kind.OVERDUE,
                    claim=claim,
                    text=_("Claim %(id)d, given to %(reviewer)s, was due %(due)s:\n%(claim)s")
                    % {
                        "id": claim.pk,
                        "reviewer": reviewer.get_username(),
                        "due": _when(assignment.due_at),
                        "claim": claim.text,
                    },
                    dedupe_key=f"overdue:assignment-{assignment.pk}:user-{recipient.pk}",
                )
        flagged += 1
    return flagged


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
    sha256 = content_type = ""
    if kind == Evidence.Kind.URL:
        if not url:
            raise workflow.Refused([_("a web page needs its URL")])
        if urlsplit(url).scheme not in ("http", "https"):
            raise workflow.Refused([_("only http and https addresses can be evidence")])
        source = source or source_for_url(url)
    elif kind == Evidence.Kind.FILE:
        if file is None:
            raise workflow.Refused([_("a file is required")])
        try:
            checked = uploads.check_upload(file)
        except uploads.UploadRefused as refusal:
            raise workflow.Refused([str(refusal)]) from refusal
        sha256, content_type = checked.sha256, checked.content_type
        if Evidence.objects.filter(claim=claim, sha256=sha256).exists():
            raise workflow.Refused([_("this file is already attached to this claim")])
    elif kind == Evidence.Kind.QUOTE:
        if not excerpt.strip():
            raise workflow.Refused([_("a quote needs its text")])
    else:
        raise workflow.Refused([_("unknown evidence kind “%(kind)s”") % {"kind": kind}])
    try:
        with transaction.atomic():
            evidence = Evidence.objects.create(
                claim=claim,
                kind=kind,
                stance=stance,
                url=url,
                file=file or "",
                sha256=sha256,
                content_type=content_type,
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
            if kind == Evidence.Kind.URL:
                ArchivedPage.objects.create(evidence=evidence)
                transaction.on_commit(lambda: enqueue_archive(evidence.pk))
    except IntegrityError as error:
        # The same file uploaded twice at the same moment: the constraint caught the second.
        raise workflow.Refused([_("this file is already attached to this claim")]) from error
    return evidence


def enqueue_archive(evidence_id: int) -> None:
    """Queue archiving, or without a broker archive now.

    If the broker is unreachable the archive stays pending until someone tries again; if
    archiving in-process fails, the archive is marked failed with the reason."""
    from reviews.tasks import archive_evidence

    try:
        archive_evidence.delay(evidence_id)
    except Exception as error:
        if not runs_in_process():
            logger.warning(
                "Could not queue archiving of evidence %s (broker unreachable); it stays pending until someone "
                "tries again",
                evidence_id,
                exc_info=True,
            )
            return
        logger.exception("Archiving evidence %s failed", evidence_id)
        cause = error.exc if isinstance(error, Retry) and error.exc else error
        ArchivedPage.objects.filter(evidence_id=evidence_id).exclude(state=ArchivedPage.State.DONE).update(
            state=ArchivedPage.State.FAILED, error=str(cause)[:2000], updated_at=timezone.now()
        )


def evidence_archive(evidence_id: int, *, final_attempt: bool = True) -> ArchivedPage | None:
    """Fetch and keep the page of a URL evidence, safely (see factcheck.fetch).

    Idempotent: an archived page is not fetched again. A transient failure is raised for
    the task to retry, unless this is the final attempt; every other failure is recorded
    on the archive with its reason, and the evidence itself stays.
    """
    archive = ArchivedPage.objects.select_related("evidence").filter(evidence_id=evidence_id).first()
    if archive is None or archive.state == ArchivedPage.State.DONE:
        return archive
    ArchivedPage.objects.filter(pk=archive.pk).update(attempts=F("attempts") + 1, updated_at=timezone.now())
    try:
        page = fetch.fetch(archive.evidence.url, max_bytes=settings.FACTCHECK_ARCHIVE_MAX_BYTES)
    except fetch.FetchRefused as refusal:
        return _archive_failed(archive, str(refusal))
    except fetch.FetchFailed as failure:
        if failure.transient and not final_attempt:
            ArchivedPage.objects.filter(pk=archive.pk).update(error=_("will try again: %s") % failure)
            raise
        return _archive_failed(archive, str(failure))
    try:
        read = readers.read_fetched(page)
    except readers.UnreadableInput as unreadable:
        # The copy is kept even when no text can be drawn from it (an image, a PDF scan).
        read, note = None, str(unreadable)
    else:
        note = ""
    with transaction.atomic():
        archive = ArchivedPage.objects.select_for_update().get(pk=archive.pk)
        if archive.state == ArchivedPage.State.DONE:
            return archive  # a concurrent run finished first
        media_type = page.content_type.split(";", 1)[0].strip().lower()
        extension = mimetypes.guess_extension(media_type) or ".bin"
        archive.body.save(f"{page.sha256}{extension}", ContentFile(page.body), save=False)
        archive.state = ArchivedPage.State.DONE
        archive.error = note
        archive.final_url = page.final_url[:2000]
        archive.status = page.status
        archive.content_type = page.content_type[:200]
        archive.sha256 = page.sha256
        archive.fetched_at = page.fetched_at
        archive.title = read.title[:500] if read else ""
        archive.text = read.text if read else ""
        archive.published = read.published if read else None
        archive.save()
    return archive


def _archive_failed(archive: ArchivedPage, reason: str) -> ArchivedPage:
    ArchivedPage.objects.filter(pk=archive.pk).exclude(state=ArchivedPage.State.DONE).update(
        state=ArchivedPage.State.FAILED, error=reason[:2000], updated_at=timezone.now()
    )
    archive.refresh_from_db()
    return archive


def evidence_archive_retry(evidence: Evidence, *, actor) -> ArchivedPage:
    """Try again to archive a URL evidence's page whose archiving failed (or never ran)."""
    if not roles.can_work_on_claim(actor, evidence.claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can archive its evidence")])
    if evidence.kind != Evidence.Kind.URL:
        raise workflow.Refused([_("only web pages are archived")])
    with transaction.atomic():
        archive, _created = ArchivedPage.objects.select_for_update().get_or_create(evidence=evidence)
        if archive.state == ArchivedPage.State.DONE:
            raise workflow.Refused([_("this page is already archived")])
        ArchivedPage.objects.filter(pk=archive.pk).update(
            state=ArchivedPage.State.PENDING, error="", updated_at=timezone.now()
        )
        transaction.on_commit(lambda: enqueue_archive(evidence.pk))
    archive.refresh_from_db()
    return archive


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
        stored = [evidence.file.name] if evidence.file else []
        archive = ArchivedPage.objects.filter(evidence=evidence).first()
        if archive is not None and archive.body:
            stored.append(archive.body.name)
        evidence.delete()
        # Only once the removal is committed: a rollback must find its files still there.
        transaction.on_commit(lambda: _delete_stored_files(stored))


def evidence_set_public(evidence: Evidence, *, actor, public: bool) -> Evidence:
    """Show an uploaded file on the claim's public fact-check, or keep it private.

    Files are private by default: an upload may hold a source's name or a document
    given in confidence, so an editor decides. Web pages and quotes are always shown."""
    if not roles.can_publish_evidence(actor):
        raise workflow.NotAllowed([_("only an editor can show an evidence file on the public fact-check")])
    if evidence.kind != Evidence.Kind.FILE:
        raise workflow.Refused([_("web pages and quotes are always public: only uploaded files need this")])
    with transaction.atomic():
        changed = Evidence.objects.filter(pk=evidence.pk).exclude(public=public).update(public=public)
        if changed:
            workflow.record_event(
                evidence.claim,
                ClaimEvent.Kind.EVIDENCE_PUBLIC,
                actor=actor,
                details={"evidence": evidence.pk, "file": evidence.file.name, "public": public},
            )
    evidence.refresh_from_db()
    return evidence


def _delete_stored_files(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:
            # The removal stands; a leftover file is only wasted space.
            logger.warning("Could not delete stored file %s", name, exc_info=True)


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


# The source registry. Every change to a Source's standing is kept as a SourceEvent.


def _source_event(source: Source, kind: str, *, actor, old_value="", new_value="", details=None) -> SourceEvent:
    return SourceEvent.objects.create(
        source=source,
        source_name=source.name,
        kind=kind,
        old_value=old_value,
        new_value=new_value,
        details=details or {},
        actor=actor,
    )


def _require_source_editor(actor) -> None:
    if not roles.can_edit_sources(actor):
        raise workflow.NotAllowed([_("only an editor can change the source registry")])


def source_save(source: Source | None, *, actor, domains: list[str] | None = None, **fields) -> Source:
    """Create a Source (when `source` is None) or change it, recording its creation or a change
    of its reliability. `domains`, when given, replaces its list of domains (normalised as
    normalise_domain does), and web evidence those domains now cover is linked to it."""
    _require_source_editor(actor)
    if domains is not None:
        not_domains = [domain for domain in domains if not normalise_domain(domain)]
        if not_domains:
            raise workflow.Refused([_("%(value)s is not a domain name") % {"value": value} for value in not_domains])
        domains = list(dict.fromkeys(normalise_domain(domain) for domain in domains))
    if domains:
        taken = SourceDomain.objects.filter(domain__in=domains).select_related("source")
        if source is not None and source.pk is not None:
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
            created = source.pk is None
            previous = (
                None
                if created
                else Source.objects.select_for_update()
                .filter(pk=source.pk)
                .values_list("reliability", flat=True)
                .first()
            )
            source.save()
            if created:
                _source_event(source, SourceEvent.Kind.CREATED, actor=actor, new_value=source.reliability)
            elif previous != source.reliability:
                _source_event(
                    source,
                    SourceEvent.Kind.RELIABILITY_CHANGED,
                    actor=actor,
                    old_value=previous,
                    new_value=source.reliability,
                )
            if domains is not None:
                source.domains.exclude(domain__in=domains).delete()
                known = set(source.domains.values_list("domain", flat=True))
                for domain in domains:
                    if domain not in known:
                        SourceDomain.objects.create(source=source, domain=domain)
                        _source_event(source, SourceEvent.Kind.DOMAIN_ADDED, actor=actor, new_value=domain)
                source_link_unmatched_evidence(source, actor=actor)
    except IntegrityError:
        # Someone saved the same name or domain at the same moment.
        raise workflow.Refused([_("another source has this name or one of these domains")]) from None
    return source


def source_link_unmatched_evidence(source: Source, *, actor) -> int:
    """Link to `source` the web evidence with no source whose address its domains now cover.

    Call inside a transaction. Recorded on each affected claim; returns how many were linked.
    """
    domains = list(source.domains.values_list("domain", flat=True))
    if not domains:
        return 0
    maybe = Q()
    for domain in domains:
        # An address may spell an international domain either way: xn--caf-dma.fr or café.fr.
        maybe |= Q(url__icontains=domain) | Q(url__icontains=unicode_domain(domain))
    candidates = Evidence.objects.filter(maybe, kind=Evidence.Kind.URL, source__isnull=True)
    # The same rule as for new evidence: the most specific registered domain decides.
    by_claim: dict[int, list[int]] = {}
    for evidence in candidates.only("pk", "url", "claim_id"):
        matched = source_for_url(evidence.url)
        if matched is not None and matched.pk == source.pk:
            by_claim.setdefault(evidence.claim_id, []).append(evidence.pk)
    linked = 0
    for claim_id, evidence_ids in by_claim.items():
        count = Evidence.objects.filter(pk__in=evidence_ids, source__isnull=True).update(source=source)
        if count:
            linked += count
            workflow.record_event(
                Claim(pk=claim_id),
                ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED,
                actor=actor,
                details={"evidence": evidence_ids, "from": None, "to": source.name},
            )
    return linked


def source_register_domain(domain: str, *, actor, name: str = "", kind: str = Source.Kind.OTHER) -> tuple[Source, int]:
    """Create a Source for an unmatched domain in one step and link the evidence already
    found on it (subdomains included). Returns (source, evidence linked)."""
    _require_source_editor(actor)
    domain = normalise_domain(domain)
    if not domain:
        raise workflow.Refused([_("that is not a domain name")])
    if kind not in Source.Kind.values:
        raise workflow.Refused([_("unknown kind of source “%(kind)s”") % {"kind": kind}])
    name = (name or domain).strip()[:200]
    owner = SourceDomain.objects.filter(domain=domain).select_related("source").first()
    if owner:
        raise workflow.Refused(
            [_("%(domain)s already belongs to %(source)s") % {"domain": domain, "source": owner.source.name}]
        )
    if Source.objects.filter(name__iexact=name).exists():
        raise workflow.Refused([_("a source named “%(name)s” already exists") % {"name": name}])
    try:
        with transaction.atomic():
            source = Source.objects.create(name=name, kind=kind)
            SourceDomain.objects.create(source=source, domain=domain)
            _source_event(
                source, SourceEvent.Kind.CREATED, actor=actor, new_value=source.reliability, details={"domain": domain}
            )
            linked = source_link_unmatched_evidence(source, actor=actor)
    except IntegrityError as error:
        # Someone registered the same domain or name a moment ago.
        raise workflow.Refused([_("%(domain)s was registered meanwhile") % {"domain": domain}]) from error
    return source, linked


def source_merge(survivor: Source, others, *, actor) -> Source:
    """Fold `others` into `survivor`: their evidence, domains and documents move to it, and they go.

    The survivor keeps its own name, kind and reliability. Claims whose evidence moved
    are bumped (a pending move counted the sources apart) and told whether their status
    still holds now that these sources count as one.
    """
    _require_source_editor(actor)
    other_ids = sorted({other.pk for other in others} - {survivor.pk})
    if not other_ids:
        raise workflow.Refused([_("choose at least one other source to merge into %(name)s") % {"name": survivor.name}])
    with transaction.atomic():
        locked = {
            source.pk: source for source in Source.objects.select_for_update().filter(pk__in=[survivor.pk, *other_ids])
        }
        if len(locked) != len(other_ids) + 1:
            raise workflow.Refused([_("one of these sources no longer exists")])
        survivor = locked[survivor.pk]
        merged = [locked[pk] for pk in other_ids]
        affected_claims = set(Evidence.objects.filter(source_id__in=other_ids).values_list("claim_id", flat=True))
        affected_claims |= set(
            Claim.objects.filter(document__publisher_id__in=other_ids, evidence__isnull=False).values_list(
                "pk", flat=True
            )
        )
        moved_domains = list(SourceDomain.objects.filter(source_id__in=other_ids).values_list("domain", flat=True))
        moved_evidence = Evidence.objects.filter(source_id__in=other_ids).update(source=survivor)
        SourceDomain.objects.filter(source_id__in=other_ids).update(source=survivor)
        Document.objects.filter(publisher_id__in=other_ids).update(publisher=survivor)
        names = [source.name for source in merged]
        for source in merged:
            _source_event(
                source,
                SourceEvent.Kind.MERGED,
                actor=actor,
                old_value=source.reliability,
                new_value=survivor.name,
                details={"into": survivor.pk},
            )
        _source_event(
            survivor,
            SourceEvent.Kind.MERGED,
            actor=actor,
            details={
                "merged": [{"id": s.pk, "name": s.name, "reliability": s.reliability} for s in merged],
                "domains": moved_domains,
                "evidence": moved_evidence,
            },
        )
        for claim in Claim.objects.select_related("document").filter(pk__in=affected_claims).order_by("pk"):
            workflow.bump_version(claim, claim.version)
            unmet = workflow.unmet_for_status(claim, claim.status, claim.evidence.select_related("source"))
            workflow.record_event(
                claim,
                ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED,
                actor=actor,
                note=_("%(status)s no longer holds: %(unmet)s")
                % {"status": claim.get_status_display(), "unmet": "; ".join(unmet)}
                if unmet
                else "",
                details={"merged": names, "to": survivor.name, "status_holds": not unmet},
            )
        Source.objects.filter(pk__in=other_ids).delete()
    survivor.refresh_from_db()
    return survivor


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    linked: int


def sources_import_csv(data: bytes, *, actor) -> ImportResult:
    """Create or update Sources from CSV (see reviews.source_csv): every row, or none with every problem listed.

    Rows match existing Sources by name (case-insensitive); listed domains are added,
    never removed; a reliability change is recorded like any other.
    """
    _require_source_editor(actor)
    try:
        rows = source_csv.parse(data)
    except source_csv.InvalidCsv as invalid:
        raise workflow.Refused(invalid.messages) from invalid
    wanted = {row.name.lower() for row in rows}
    existing = {
        source.name.lower(): source for source in Source.objects.only("pk", "name") if source.name.lower() in wanted
    }
    owners = dict(
        SourceDomain.objects.filter(domain__in=[d for row in rows for d in row.domains]).values_list(
            "domain", "source__name"
        )
    )
    conflicts = [
        _("Line %(line)d: the domain %(domain)s belongs to %(owner)s.")
        % {"line": row.line, "domain": domain, "owner": owners[domain]}
        for row in rows
        for domain in row.domains
        if domain in owners and owners[domain].lower() != row.name.lower()
    ]
    if conflicts:
        raise workflow.Refused(conflicts)
    created = updated = linked = 0
    try:
        with transaction.atomic():
            for row in rows:
                source = existing.get(row.name.lower())
                if source is None:
                    source = Source.objects.create(
                        name=row.name, kind=row.kind, reliability=row.reliability, active=row.active, notes=row.notes
                    )
                    _source_event(source, SourceEvent.Kind.IMPORTED, actor=actor, new_value=source.reliability)
                    created += 1
                else:
                    source = Source.objects.select_for_update().get(pk=source.pk)
                    previous = source.reliability
                    source.kind, source.reliability, source.active = row.kind, row.reliability, row.active
                    source.notes = row.notes or source.notes
                    source.save()
                    if previous != source.reliability:
                        _source_event(
                            source,
                            SourceEvent.Kind.RELIABILITY_CHANGED,
                            actor=actor,
                            old_value=previous,
                            new_value=source.reliability,
                            details={"via": "import"},
                        )
                    updated += 1
                new_domains = [domain for domain in row.domains if domain not in owners]
                SourceDomain.objects.bulk_create(SourceDomain(source=source, domain=domain) for domain in new_domains)
                if new_domains:
                    linked += source_link_unmatched_evidence(source, actor=actor)
    except IntegrityError as error:
        raise workflow.Refused(
            [_("the registry changed during the import; nothing was imported, try again")]
        ) from error
    return ImportResult(created=created, updated=updated, linked=linked)
