from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from claims import roles, selectors
from claims.models import Claim
from desk.access import editor_required, member_required
from desk.charts import status_chart
from publishing import repeats
from reviews import reports
from reviews import selectors as review_selectors

# The dashboard shows the most used unmatched domains; the rest are on their own page.
UNMATCHED_DOMAINS_SHOWN = 10
# Likewise the latest claims a registry change left unsupported.
UNSUPPORTED_CLAIMS_SHOWN = 10


@login_required
def home(request):
    """Where sign-in lands: editors on the dashboard, fact-checkers on their queue."""
    if roles.is_editor(request.user):
        return redirect("desk:dashboard")
    if roles.is_member(request.user):
        return redirect("desk:queue_mine")
    return render(request, "desk/no_role.html", status=403)


@member_required
def dashboard(request):
    user = request.user
    context = {
        "my_claims": selectors.queue_rows(selectors.queue_mine(user))[:10],
        "status_counts": [
            (status, Claim.Status(status).label, count) for status, count in selectors.open_status_counts(user).items()
        ],
        "unassigned_count": selectors.queue_unassigned(user).count(),
        "awaiting_approval": review_selectors.approval_queue(user)[:10] if roles.is_editor(user) else None,
        "chart": status_chart(selectors.claims_created_by_week(user)),
    }
    if roles.is_editor(user):
        flow = reports.claims_flow_by_week(user)
        ratings = reports.verdicts_by_rating(user)
        unmatched, unmatched_count = review_selectors.most_used_unmatched_domains(user, UNMATCHED_DOMAINS_SHOWN)
        unsupported = review_selectors.claims_unsupported_by_registry(user)
        context["report"] = {
            "flow": flow,
            "flow_max": max([week.created for week in flow] + [week.closed for week in flow] + [1]),
            "median_to_publication": reports.median_time_to_publication(user),
            "ratings": ratings,
            "ratings_max": max([count for _rating, _label, count in ratings] + [1]),
            "loads": reports.open_claims_per_checker(user),
            "overdue": reports.overdue_claims(user),
            "unmatched_domains": unmatched,
            "unmatched_domain_count": unmatched_count,
            "unsupported_claims": unsupported[:UNSUPPORTED_CLAIMS_SHOWN],
            "unsupported_claim_count": len(unsupported),
            "most_repeated": repeats.most_repeated(),
        }
    return render(request, "desk/dashboard.html", context)


@editor_required
def claims_unsupported(request):
    """Every open claim a registry change left in a status its evidence no longer supports."""
    return render(
        request, "desk/unsupported_claims.html", {"rows": review_selectors.claims_unsupported_by_registry(request.user)}
    )
