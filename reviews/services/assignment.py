"""Who works on which claim: assigning, taking, releasing, automatic assignment, overdue claims."""

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.db.models import Count, F, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims import services as claim_services
from claims.models import Claim, ClaimEvent
from notifications.models import Notification
from notifications.services import notify
from reviews.models import Assignment, ReviewerProfile
from reviews.services.teamwork import claim_add_tag

logger = logging.getLogger(__name__)


def default_due(priority: str):
    hours = settings.FACTCHECK_DUE_HOURS_URGENT if priority == Claim.Priority.URGENT else settings.FACTCHECK_DUE_HOURS
    return timezone.now() + timedelta(hours=hours)


def close_open_assignment(claim: Claim, **when) -> None:
    """End the claim's current assignment: released, or completed when the claim closes."""
    Assignment.objects.filter(claim=claim, released_at__isnull=True, completed_at__isnull=True).update(**when)


def claim_assign(claim: Claim, *, reviewer, actor, due=None, version: int | None = None) -> Claim:
    if not roles.can_assign_claims(actor):
        raise workflow.NotAllowed([_("only an editor can assign claims")])
    if not roles.is_member(reviewer):
        raise workflow.Refused([_("%(user)s is not a member of the desk") % {"user": reviewer.get_username()}])
    due = due or default_due(claim.priority)
    with transaction.atomic():
        current = workflow.lock_open(claim)
        previous = current.assignee
        workflow.bump_version(current, current.version if version is None else version, assignee=reviewer, due_at=due)
        close_open_assignment(current, released_at=timezone.now())
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
    return date_format(timezone.localtime(moment), "DATETIME_FORMAT") if moment else _("no date")


def claim_release(claim: Claim, *, actor, version: int | None = None) -> Claim:
    if not roles.can_release_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can release it")])
    if claim.assignee_id is None:
        raise workflow.Refused([_("the claim is not assigned")])
    with transaction.atomic():
        current = workflow.lock_open(claim)
        previous = current.assignee
        workflow.bump_version(current, current.version if version is None else version, assignee=None, due_at=None)
        close_open_assignment(current, released_at=timezone.now())
        workflow.record_event(
            current,
            ClaimEvent.Kind.RELEASED,
            actor=actor,
            details={"reviewer": previous.get_username() if previous else None},
        )
    current.refresh_from_db()
    return current


@dataclass
class BulkOutcome:
    """What a bulk action did: the claims changed, and why each of the others was refused."""

    changed: list[Claim] = field(default_factory=list)
    refused: dict[int, list[str]] = field(default_factory=dict)


def _each_claim(claims, change) -> BulkOutcome:
    """Apply `change` claim by claim, each in its own transaction with its own audit event,
    so one refused claim (closed meanwhile, taken by someone) does not undo the others."""
    outcome = BulkOutcome()
    for claim in claims:
        try:
            outcome.changed.append(change(claim))
        except workflow.WorkflowError as error:
            outcome.refused[claim.pk] = error.messages
    return outcome


def claims_bulk_assign(claims, *, reviewer, actor) -> BulkOutcome:
    if not roles.can_assign_claims(actor):
        raise workflow.NotAllowed([_("only an editor can assign claims")])
    return _each_claim(claims, lambda claim: claim_assign(claim, reviewer=reviewer, actor=actor))


def claims_bulk_release(claims, *, actor) -> BulkOutcome:
    if not roles.can_assign_claims(actor):
        raise workflow.NotAllowed([_("only an editor can release several claims at once")])
    return _each_claim(claims, lambda claim: claim_release(claim, actor=actor))


def claims_bulk_set_priority(claims, *, priority: str, actor) -> BulkOutcome:
    if not roles.can_set_priority(actor):
        raise workflow.NotAllowed([_("only an editor can change a claim's priority")])
    return _each_claim(claims, lambda claim: claim_services.claim_set_priority(claim, priority, actor=actor))


def claims_bulk_add_tag(claims, *, name: str, actor) -> BulkOutcome:
    """Add the tag to each claim; those that had it already are neither changed nor refused."""
    if not roles.can_tag_claims_in_bulk(actor):
        raise workflow.NotAllowed([_("only an editor can tag several claims at once")])
    outcome = _each_claim(claims, lambda claim: claim if claim_add_tag(claim, actor=actor, name=name) else None)
    outcome.changed = [claim for claim in outcome.changed if claim is not None]
    return outcome


def reviewer_languages(user) -> list[str]:
    profile = ReviewerProfile.objects.filter(user=user).first()
    return list(profile.languages) if profile else []


# Within each priority, urgent first (claim_unassigned_take_next_idx serves it).
TAKE_NEXT_ORDER = ("-score", "created_at", "id")


def claim_take_next(*, actor) -> Claim | None:
    """Give the caller the next unassigned claim in a language they read: urgent first, then the
    most check-worthy, then the oldest (TAKE_NEXT_ORDER). Two callers never get the same claim."""
    if not roles.can_take_claims(actor):
        raise workflow.NotAllowed([_("only members of the desk can take claims")])
    queue = Claim.objects.filter(assignee__isnull=True, closed_at__isnull=True)
    languages = reviewer_languages(actor)
    if languages:
        queue = queue.filter(language__in=languages)
    skip_locked = connection.features.has_select_for_update_skip_locked
    for priority in (Claim.Priority.URGENT, Claim.Priority.NORMAL):
        ordered = queue.filter(priority=priority).order_by(*TAKE_NEXT_ORDER)
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
