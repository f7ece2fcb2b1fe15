"""How the desk is doing: reads for the API's summary report and the dashboard.

Each starts from the claims the person asking may see (claims.selectors.claims_visible_to),
so someone with no role gets empty figures. Weeks start on Monday, in the desk's time zone.
"""

import statistics
from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Count, Min
from django.db.models.functions import TruncWeek
from django.utils import timezone

from claims.selectors import claims_visible_to, open_claims
from reviews.models import Verdict


@dataclass(frozen=True)
class WeekFlow:
    week_start: date
    entered: int  # claims created that week
    left: int  # claims closed that week (verdict approved, or linked to an earlier fact-check)


def _mondays(weeks: int, today: date) -> list[date]:
    this_monday = today - timedelta(days=today.weekday())
    return [this_monday - timedelta(weeks=back) for back in range(weeks - 1, -1, -1)]


def _counts_by_week(claims, field: str, since: date) -> dict[date, int]:
    rows = (
        claims.filter(**{f"{field}__date__gte": since})
        .annotate(week=TruncWeek(field))
        .values("week")
        .annotate(total=Count("id"))
        .order_by()
    )
    return {timezone.localtime(row["week"]).date(): row["total"] for row in rows}


def weekly_flow(user, weeks: int, *, today: date | None = None) -> list[WeekFlow]:
    """Claims entering and leaving the desk in each of the last `weeks` weeks, oldest first."""
    mondays = _mondays(weeks, today or timezone.localdate())
    claims = claims_visible_to(user)
    entered = _counts_by_week(claims, "created_at", mondays[0])
    left = _counts_by_week(claims, "closed_at", mondays[0])
    return [WeekFlow(monday, entered.get(monday, 0), left.get(monday, 0)) for monday in mondays]


def median_time_to_verdict(user) -> timedelta | None:
    """From a claim's intake to the first publication of its verdict, the median over every
    published claim; None before anything is published."""
    published = (
        claims_visible_to(user)
        .annotate(first_published=Min("publications__published_at"))
        .filter(first_published__isnull=False)
        .values_list("created_at", "first_published")
    )
    durations = [first_published - created_at for created_at, first_published in published.iterator()]
    return statistics.median(durations) if durations else None


def verdicts_by_rating(user) -> dict[str, int]:
    """Approved verdicts per rating, every rating present (zero when none)."""
    counts = dict.fromkeys(Verdict.Rating.values, 0)
    rows = (
        Verdict.objects.filter(claim__in=claims_visible_to(user), state=Verdict.State.APPROVED)
        .values("rating")
        .annotate(total=Count("id"))
        .order_by()
    )
    for row in rows:
        counts[row["rating"]] = row["total"]
    return counts


def open_claims_per_reviewer(user) -> list[tuple[str, int]]:
    """(username, open claims assigned to them), the most loaded first."""
    rows = (
        open_claims(user)
        .filter(assignee__isnull=False)
        .values("assignee__username")
        .annotate(total=Count("id"))
        .order_by("-total", "assignee__username")
    )
    return [(row["assignee__username"], row["total"]) for row in rows]
