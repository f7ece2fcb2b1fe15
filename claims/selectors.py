"""Reads that depend on who is asking. Views and the API start from these."""

from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.db.models import (
    BooleanField,
    Case,
    Count,
    ExpressionWrapper,
    F,
    IntegerField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import Lower, Now, TruncWeek
from django.utils import timezone

from claims import roles
from claims.models import Claim, ClaimEvent, Document

URGENT_FIRST = Case(When(priority=Claim.Priority.URGENT, then=Value(0)), default=Value(1), output_field=IntegerField())


def claims_visible_to(user) -> QuerySet:
    if not roles.is_member(user):
        return Claim.objects.none()
    return Claim.objects.all()


def documents_visible_to(user) -> QuerySet:
    if not roles.is_member(user):
        return Document.objects.none()
    return Document.objects.all()


def open_claims(user) -> QuerySet:
    return claims_visible_to(user).filter(closed_at__isnull=True)


def with_overdue(queryset: QuerySet) -> QuerySet:
    """Annotate `is_overdue`: open and past its due time, by the database's clock."""
    return queryset.annotate(
        is_overdue=ExpressionWrapper(Q(due_at__lt=Now(), closed_at__isnull=True), output_field=BooleanField())
    )


def queue_mine(user) -> QuerySet:
    """My open claims, the ones due soonest (overdue ones) first; each with `is_overdue`."""
    return with_overdue(open_claims(user).filter(assignee=user)).order_by(
        F("due_at").asc(nulls_last=True), "created_at", "id"
    )


def queue_unassigned(user) -> QuerySet:
    """Claims nobody has taken: urgent first, then oldest."""
    return open_claims(user).filter(assignee__isnull=True).order_by(URGENT_FIRST, "created_at", "id")


def claims_filtered(
    queryset: QuerySet, *, status: str = "", language: str = "", document_id=None, speaker: str = "", tag: str = ""
) -> QuerySet:
    """Narrow a queue by the filters a person picked; empty values filter nothing."""
    if tag:
        # Tags (reviews.Tag) have unique names in any case: one row per claim.
        queryset = queryset.filter(tags__name__iexact=tag)
    if status:
        queryset = queryset.filter(status=status)
    if language:
        queryset = queryset.filter(language=language)
    if document_id:
        queryset = queryset.filter(document_id=document_id)
    if speaker:
        queryset = queryset.filter(speaker__icontains=speaker)
    return queryset


# The workflow's order, not the codes' alphabetical one.
STATUS_ORDER = Case(
    *(When(status=status, then=Value(rank)) for rank, status in enumerate(Claim.Status.values)),
    output_field=IntegerField(),
)
QUEUE_SORTS = {
    "score": F("score"),
    "due": F("due_at"),
    "age": F("created_at"),
    "speaker": Lower("speaker"),
    "status": STATUS_ORDER,
}


def claims_sorted(queryset: QuerySet, sort: str) -> QuerySet:
    """Order a queue by one column of QUEUE_SORTS, descending when `sort` starts with "-";
    ties oldest first. Any other value keeps the queue's own order."""
    column = QUEUE_SORTS.get(sort.removeprefix("-"))
    if column is None:
        return queryset
    ordered = column.desc(nulls_last=True) if sort.startswith("-") else column.asc(nulls_last=True)
    return queryset.order_by(ordered, "created_at", "id")


def queue_rows(queryset: QuerySet) -> QuerySet:
    """What a queue table shows for each claim, in a fixed number of queries."""
    return queryset.select_related("document", "assignee").prefetch_related("tags")


def open_status_counts(user) -> dict[str, int]:
    """Open claims per status, every status present (zero when none)."""
    counts = dict.fromkeys(Claim.Status.values, 0)
    for row in open_claims(user).values("status").annotate(total=Count("id")).order_by():
        counts[row["status"]] = row["total"]
    return counts


def claims_created_by_week(user, *, weeks: int = 8, today=None) -> list[tuple[date, dict[str, int]]]:
    """For each of the last `weeks` weeks (Monday first), the claims created that
    week counted by their current status; oldest week first."""
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    mondays = [this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]
    by_week = {monday: dict.fromkeys(Claim.Status.values, 0) for monday in mondays}
    rows = (
        claims_visible_to(user)
        .filter(created_at__date__gte=mondays[0])
        .annotate(week=TruncWeek("created_at"))
        .values("week", "status")
        .annotate(total=Count("id"))
        .order_by()
    )
    for row in rows:
        monday = timezone.localtime(row["week"]).date()
        if monday in by_week:
            by_week[monday][row["status"]] += row["total"]
    return list(by_week.items())


def claim_for_workspace(user, pk: int) -> Claim:
    """The claim with what its workspace shows about it, or Claim.DoesNotExist."""
    return claims_visible_to(user).select_related("document", "document__publisher", "assignee").get(pk=pk)


def claim_timeline(claim: Claim) -> QuerySet:
    return ClaimEvent.objects.filter(claim=claim).select_related("actor").order_by("created_at", "id")


def desk_members() -> QuerySet:
    """People who can be given a claim: fact-checkers, editors and admins."""
    User = get_user_model()
    return (
        User.objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__codename="view_claim", groups__permissions__content_type__app_label="claims")
        )
        .distinct()
        .order_by("username")
    )


def document_choices(user) -> QuerySet:
    """Documents to filter a queue by: the ones that have claims, newest first."""
    return documents_visible_to(user).filter(claims__isnull=False).distinct().only("id", "title", "url")


def recent_documents(user, *, limit: int = 10) -> QuerySet:
    return documents_visible_to(user).annotate(claim_count=Count("claims", distinct=True))[:limit]
