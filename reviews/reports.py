"""The editors' reporting reads (issue 7, item 10): flow of claims, time to publication,
verdicts per rating, open work per fact-checker. Each read is one query, whatever the data."""

from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from django.db.models import Count, Min, Q
from django.db.models.functions import Now, TruncWeek
from django.utils import timezone

from claims import roles
from claims.models import Claim
from claims.selectors import claims_visible_to, open_claims
from reviews.models import Verdict


@dataclass(frozen=True)
class WeekFlow:
    week_start: date
    created: int
    closed: int


def _mondays(weeks: int, today: date) -> list[date]:
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def claims_flow_by_week(user, *, weeks: int = 8, today: date | None = None) -> list[WeekFlow]:
    """Claims entering (created) and leaving (closed) the desk each week, oldest week first."""
    if not roles.is_editor(user):
        return []
    mondays = _mondays(weeks, today or timezone.localdate())
    created = dict.fromkeys(mondays, 0)
    closed = dict.fromkeys(mondays, 0)
    claims = claims_visible_to(user)
    for field, counts in (("created_at", created), ("closed_at", closed)):
        rows = (
            claims.filter(**{f"{field}__date__gte": mondays[0]})
            .annotate(week=TruncWeek(field))
            .values("week")
            .annotate(total=Count("id"))
            .order_by()
        )
        for row in rows:
            monday = timezone.localtime(row["week"]).date()
            if monday in counts:
                counts[monday] += row["total"]
    return [WeekFlow(monday, created[monday], closed[monday]) for monday in mondays]


def median_time_to_publication(user, *, days: int = 90) -> timedelta | None:
    """Median time from a claim's intake (its document stored) to its first published verdict,
    over the claims first published in the last `days` days; None when there are none."""
    if not roles.is_editor(user):
        return None
    since = timezone.now() - timedelta(days=days)
    rows = (
        claims_visible_to(user)
        .annotate(first_published=Min("publications__published_at"))
        .filter(first_published__gte=since)
        .values_list("document__created_at", "first_published")
    )
    durations = [published - intake for intake, published in rows]
    return median(durations) if durations else None


def verdicts_by_rating(user) -> list[tuple[str, str, int]]:
    """Approved verdicts per rating, every rating present: (rating, label, count)."""
    if not roles.is_editor(user):
        return []
    counts = dict.fromkeys(Verdict.Rating.values, 0)
    rows = Verdict.objects.filter(state=Verdict.State.APPROVED, claim__in=claims_visible_to(user))
    for row in rows.values("rating").annotate(total=Count("id")).order_by():
        counts[row["rating"]] = row["total"]
    return [(rating, Verdict.Rating(rating).label, count) for rating, count in counts.items()]


@dataclass(frozen=True)
class CheckerLoad:
    username: str
    open: int
    overdue: int


def open_claims_per_checker(user) -> list[CheckerLoad]:
    """Open claims held by each person, with how many are past due; busiest first."""
    if not roles.is_editor(user):
        return []
    rows = (
        open_claims(user)
        .filter(assignee__isnull=False)
        .values("assignee__username")
        .annotate(open=Count("id"), overdue=Count("id", filter=Q(due_at__lt=Now())))
        .order_by("-open", "assignee__username")
    )
    return [CheckerLoad(row["assignee__username"], row["open"], row["overdue"]) for row in rows]


def overdue_claims(user, *, limit: int = 10):
    """Open claims past their due time, the longest overdue first, with their assignee."""
    if not roles.is_editor(user):
        return Claim.objects.none()
    return open_claims(user).filter(due_at__lt=Now()).select_related("assignee").order_by("due_at", "id")[:limit]
