"""The Monitoring view: leads from the watched feeds, ranked and grouped, promoted or dismissed."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import roles, workflow
from desk.access import member_required
from desk.forms import LeadFilterForm
from ingest import flow
from monitoring import selectors
from monitoring.services import leads as lead_services
from monitoring.services import websub as websub_services

LEADS_SHOWN = 100


def grouped(leads) -> list[dict]:
    """Each group's row (its best lead) with where it was said and the fact-check it repeats."""
    appearances = selectors.appearances_by_group(leads)
    return [
        {
            "lead": lead,
            "appearances": appearances.get(lead.group_key, [lead]),
            "match": selectors.matched_factcheck(lead),
        }
        for lead in leads
    ]


@member_required
def monitoring(request):
    form = LeadFilterForm(request.GET or None, user=request.user)
    rows = []
    if not form.is_bound or form.is_valid():
        filters = {name: value for name, value in (form.cleaned_data if form.is_bound else {}).items() if value}
        leads = list(selectors.leads_visible(request.user, **filters)[:LEADS_SHOWN])
        rows = grouped(leads)
    feeds = list(selectors.feeds_visible(request.user))
    context = {
        "form": form,
        "rows": rows,
        "feeds": feeds,
        # Editors are told why feeds that name a WebSub hub are polled all the same.
        "push_unconfigured": roles.can_manage_feeds(request.user)
        and not websub_services.push_configured()
        and any(getattr(feed, "push", None) for feed in feeds),
    }
    return render(request, "desk/monitoring.html", context, status=200 if not form.errors else 400)


def _decide(request, pk, decide):
    lead = get_object_or_404(selectors.leads_decidable(request.user), pk=pk)
    try:
        outcome = decide(lead)
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
        return None
    return outcome


@require_POST
@member_required
def lead_promote(request, pk):
    claim = _decide(request, pk, lambda lead: flow.lead_promote(lead, actor=request.user))
    if claim is None:
        return redirect("desk:monitoring")
    messages.success(request, _("The lead is now a claim to check."))
    return redirect("desk:claim", pk=claim.pk)


@require_POST
@member_required
def lead_dismiss(request, pk):
    if _decide(request, pk, lambda lead: lead_services.lead_dismiss(lead, actor=request.user)) is not None:
        messages.success(request, _("Lead dismissed."))
    return redirect("desk:monitoring")
