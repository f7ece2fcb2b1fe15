from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from claims import roles, selectors
from claims.models import Claim
from desk.access import member_required
from desk.charts import status_chart


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
        "awaiting_approval": selectors.approval_queue(user)[:10] if roles.is_editor(user) else None,
        "chart": status_chart(selectors.claims_created_by_week(user)),
    }
    return render(request, "desk/dashboard.html", context)
