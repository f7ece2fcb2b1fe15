from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import selectors, workflow
from desk.access import member_required
from desk.forms import QueueFilterForm
from reviews import services as review_services

PAGE_SIZE = 25


def _queue(request, claims, *, title: str, which: str):
    form = QueueFilterForm(request.GET or None, documents=selectors.document_choices(request.user))
    filtered = selectors.claims_filtered(claims, **form.filters()) if form.is_bound else claims
    page = Paginator(selectors.queue_rows(filtered), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "title": title, "which": which, "query": query.urlencode()}
    fragment = request.htmx and request.htmx.target == "queue-results"
    template = "desk/_queue_results.html" if fragment else "desk/queue.html"
    return render(request, template, context)


@member_required
def queue_mine(request):
    return _queue(request, selectors.queue_mine(request.user), title=_("My queue"), which="mine")


@member_required
def queue_unassigned(request):
    return _queue(request, selectors.queue_unassigned(request.user), title=_("Unassigned claims"), which="unassigned")


@require_POST
@member_required
def take_next(request):
    try:
        claim = review_services.claim_take_next(actor=request.user)
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect("desk:queue_unassigned")
    if claim is None:
        messages.info(request, _("Nothing to take: no unassigned claim in your languages."))
        return redirect("desk:queue_unassigned")
    return redirect("desk:claim", pk=claim.pk)
