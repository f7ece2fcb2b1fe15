"""Reads about evidence and verdicts, and the domains of evidence the registry does not cover yet."""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet, Subquery, Window
from django.db.models.functions import Collate

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from claims.selectors import claims_visible_to, desk_members, with_overdue
from factcheck.paging import TOTAL
from reviews.models import (
    ChecklistItem,
    ChecklistTick,
    ClaimComment,
    ClaimWatch,
    Evidence,
    ReviewerProfile,
    SavedView,
    Verdict,
)
from sources.models import Source, SourceProposal


def evidence_citing(source: Source) -> QuerySet:
    return source.evidence.select_related("claim", "claim__document", "added_by").order_by("-created_at", "-id")


def evidence_for_claim(claim) -> list[Evidence]:
    """The claim's evidence with its source and, for web pages, its archive state."""
    return list(claim.evidence.select_related("source", "added_by", "archive"))


def open_verdict(claim) -> Verdict | None:
    """The verdict in the making (draft, submitted or rejected), if any."""
    in_the_making = [Verdict.State.DRAFT, Verdict.State.SUBMITTED, Verdict.State.REJECTED]
    return Verdict.objects.filter(claim=claim, state__in=in_the_making).select_related("author", "decided_by").first()


IN_THE_MAKING = [Verdict.State.DRAFT, Verdict.State.SUBMITTED, Verdict.State.REJECTED]
NO_VERDICT = "none"


def with_verdict_state(claims: QuerySet) -> QuerySet:
    """Annotate `verdict_state`: the state of the claim's verdict in the making, or None."""
    in_the_making = Verdict.objects.filter(claim=OuterRef("pk"), state__in=IN_THE_MAKING).values("state")[:1]
    return claims.annotate(verdict_state=Subquery(in_the_making))


def claims_by_verdict_state(claims: QuerySet, state: str) -> QuerySet:
    """Claims whose verdict in the making is in `state`; NO_VERDICT for none; "" filters nothing."""
    if not state:
        return claims
    if state == NO_VERDICT:
        return claims.exclude(Exists(Verdict.objects.filter(claim=OuterRef("pk"), state__in=IN_THE_MAKING)))
    return claims.filter(Exists(Verdict.objects.filter(claim=OuterRef("pk"), state=state)))


def members_with_workload() -> QuerySet:
    """Desk members to give a claim to, each with `open_claims` and their reviewer profile (languages)."""
    open_claims = Count("assigned_claims", filter=Q(assigned_claims__closed_at__isnull=True), distinct=True)
    return desk_members().annotate(open_claims=open_claims).select_related("reviewer_profile")


def saved_views_for(user, queue: str) -> QuerySet:
    """The person's own views of a queue and those others shared with the desk."""
    if not roles.is_member(user):
        return SavedView.objects.none()
    return SavedView.objects.filter(Q(owner=user) | Q(shared=True), queue=queue).select_related("owner")


def approved_verdicts(claim) -> QuerySet:
    return Verdict.objects.filter(claim=claim, state=Verdict.State.APPROVED).select_related("author", "decided_by")


class _CollatedGroupKey(Collate):
    """ORDER BY a grouped column in another collation without grouping by the collated copy too,
    which Django would add and which costs PostgreSQL a second sort of every row."""

    def get_group_by_cols(self):
        return self.get_source_expressions()[0].get_group_by_cols()


def unmatched_domains(user) -> QuerySet:
    """Domains of web evidence no Source covers, most used first: the registry's to-do list (editors only).

    Named rows of `domain` (IDNA-encoded, as stored), `evidence_count`, `claim_count` and
    `total_rows`, the number of domains in all: grouped and counted by the database over the
    `evidence_unmatched_domain` index; page it with factcheck.paging.TotalInRowsPaginator.
    """
    # Ties in codepoint order, as everywhere else, whatever the PostgreSQL database's collation.
    by_domain = _CollatedGroupKey("domain", "C") if connection.vendor == "postgresql" else F("domain")
    rows = (
        Evidence.objects.filter(kind=Evidence.Kind.URL, source__isnull=True)
        .exclude(domain="")
        .values("domain")
        .annotate(
            # COUNT(*), not COUNT(id): the index holds domain and claim, so PostgreSQL reads it alone.
            evidence_count=Count("*"),
            claim_count=Count("claim_id", distinct=True),
            **{TOTAL: Window(Count("*"))},
        )
        .order_by("-evidence_count", by_domain)
        .values_list("domain", "evidence_count", "claim_count", TOTAL, named=True)
    )
    return rows if roles.can_edit_sources(user) else rows.none()


def most_used_unmatched_domains(user, limit: int) -> tuple[list, int]:
    """The `limit` most used unmatched domains and how many there are in all, in one query."""
    rows = list(unmatched_domains(user)[:limit])
    return rows, getattr(rows[0], TOTAL) if rows else 0


def verdicts_awaiting_approval(user) -> QuerySet:
    if not roles.is_editor(user):
        return Verdict.objects.none()
    return Verdict.objects.filter(state=Verdict.State.SUBMITTED).order_by("updated_at", "id")


def approval_queue(user) -> QuerySet:
    """Submitted verdicts with their claim, author and the claim's evidence."""
    return (
        verdicts_awaiting_approval(user)
        .select_related("claim", "claim__document", "author")
        .prefetch_related(Prefetch("claim__evidence", queryset=Evidence.objects.select_related("source")))
    )


def verdicts_visible_to(user) -> QuerySet:
    return Verdict.objects.filter(claim__in=claims_visible_to(user))


@dataclass(frozen=True)
class UnsupportedClaim:
    """An open claim whose status its evidence no longer supports since a registry change."""

    claim: Claim
    unmet: tuple[str, ...]
    changed_at: object
    change: str


def claims_unsupported_by_registry(user) -> list[UnsupportedClaim]:
    """Open claims that a registry change (merge, reliability, import) left in a status their evidence
    no longer supports, each with what it lacks now (editors only), the latest change first.

    What they lack is computed now, not read from the change's record, so a claim fixed since (more
    evidence, a move) drops off. Three queries whatever the number of claims."""
    if not roles.is_editor(user):
        return []
    changes = ClaimEvent.objects.filter(
        claim=OuterRef("pk"), kind=ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED, details__status_holds=False
    ).order_by("-created_at", "-id")
    claims = (
        Claim.objects.filter(closed_at__isnull=True)
        .annotate(
            registry_changed_at=Subquery(changes.values("created_at")[:1]),
            registry_change=Subquery(changes.values("note")[:1]),
        )
        .filter(registry_changed_at__isnull=False)
        .select_related("document", "assignee")
        .prefetch_related(Prefetch("evidence", queryset=Evidence.objects.select_related("source")))
        .order_by("-registry_changed_at", "-pk")
    )
    rows = []
    for claim in claims:
        unmet = workflow.unmet_for_status(claim, claim.status, claim.evidence.all())
        if unmet:
            rows.append(UnsupportedClaim(claim, tuple(unmet), claim.registry_changed_at, claim.registry_change))
    return rows


def byline_consent(person) -> bool:
    """Whether `person` agreed to be named on the fact-checks they wrote or approved."""
    return ReviewerProfile.objects.filter(user=person, named_publicly=True).exists()


def source_proposals_visible_to(user) -> QuerySet:
    """Editors see every proposal; other members their own."""
    proposals = SourceProposal.objects.select_related("proposed_by", "decided_by", "source")
    if roles.can_decide_source_proposal(user):
        return proposals
    if roles.can_propose_source(user):
        return proposals.filter(proposed_by=user)
    return proposals.none()


def source_proposals_pending(user) -> QuerySet:
    """The proposals awaiting an editor's decision, oldest first (editors only)."""
    if not roles.can_decide_source_proposal(user):
        return SourceProposal.objects.none()
    return source_proposals_visible_to(user).filter(state=SourceProposal.State.PENDING)


def comments_on(claim) -> QuerySet:
    return ClaimComment.objects.filter(claim=claim).select_related("author").order_by("created_at", "id")


def is_watching(claim, user) -> bool:
    return ClaimWatch.objects.filter(claim=claim, user_id=user.pk).exists()


def claims_watched_by(claims: QuerySet, user) -> QuerySet:
    """The claims of `claims` the person watches (one watch per person and claim: no duplicates)."""
    return claims.filter(watches__user_id=user.pk)


def queue_watching(user) -> QuerySet:
    """The claims the person watches, open or closed, the most recently watched first."""
    watched = claims_watched_by(claims_visible_to(user), user)
    # Ordering reuses the filter's join, so each claim is ordered by this person's watch.
    return with_overdue(watched).order_by("-watches__created_at", "-id")


def watcher_count(claim) -> int:
    return ClaimWatch.objects.filter(claim=claim).count()


def checklist_steps() -> QuerySet:
    """The desk-wide checklist as every claim gets it now: its active steps, in order."""
    return ChecklistItem.objects.filter(active=True)


def checklist_for(claim) -> list[tuple[ChecklistItem, ChecklistTick | None]]:
    """The checklist's active steps, and any retired one ticked on this claim, each with its tick."""
    ticks = {tick.item_id: tick for tick in ChecklistTick.objects.filter(claim=claim).select_related("ticked_by")}
    items = ChecklistItem.objects.filter(Q(active=True) | Q(pk__in=list(ticks)))
    return [(item, ticks.get(item.pk)) for item in items]
