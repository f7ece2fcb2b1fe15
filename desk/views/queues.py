from django.contrib import messages
from django.core.paginator import Paginator
from django.http import QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from claims import roles, selectors, workflow
from claims.models import Claim
from desk.access import member_required
from desk.forms import BulkActionForm, QueueFilterForm, SavedViewForm
from publishing import search as desk_search
from reviews import selectors as review_selectors
from reviews import services as review_services

PAGE_SIZE = 25

# The lists a claim is opened from; the workspace pages through the same one ("3 of 25").
QUEUES = {
    "mine": (selectors.queue_mine, gettext_lazy("My queue"), "desk:queue_mine"),
    "unassigned": (selectors.queue_unassigned, gettext_lazy("Unassigned claims"), "desk:queue_unassigned"),
    "watching": (review_selectors.queue_watching, gettext_lazy("My watched claims"), "desk:queue_watching"),
}
# Query parameters that are not the list's filters.
NOT_FILTERS = ("page", "list")


def queue_claims(user, which: str, params: QueryDict):
    """The claims of queue `which` as `params` filter and sort them, with the bound filter form."""
    claims_of, _title, _url = QUEUES[which]
    filters = params.copy()
    for name in NOT_FILTERS:
        filters.pop(name, None)
    form = QueueFilterForm(filters or None, documents=selectors.document_choices(user))
    claims = claims_of(user)
    if form.is_bound:
        claims = selectors.claims_filtered(claims, **form.filters())
        if form.search_text():
            # The header's search, claims only: the same words, stems and accents everywhere.
            claims = claims.filter(pk__in=desk_search.claim_ids(user, form.search_text()))
        claims = review_selectors.claims_by_verdict_state(claims, form.verdict_state())
        claims = selectors.claims_sorted(claims, form.sort_key())
    return form, claims, filters


def list_position(user, claim_pk: int, params: QueryDict) -> dict | None:
    """Where a claim opened from a queue stands in it: position, total, neighbours and the way back.
    None when the workspace was not opened from a queue."""
    which = params.get("list")
    if which not in QUEUES:
        return None
    _form, claims, filters = queue_claims(user, which, params)
    # One query for the ids in order: a queue is a person's work, thousands of rows at most.
    ids = list(claims.values_list("pk", flat=True))
    _claims_of, title, url_name = QUEUES[which]
    context_query = filters.copy()
    context_query["list"] = which
    position = {
        "title": title,
        "back": reverse(url_name) + (f"?{filters.urlencode()}" if filters else ""),
        "query": context_query.urlencode(),
        "total": len(ids),
        "index": None,
    }
    if claim_pk in ids:
        index = ids.index(claim_pk)
        position["index"] = index + 1
        position["previous"] = ids[index - 1] if index > 0 else None
        position["next"] = ids[index + 1] if index + 1 < len(ids) else None
    return position


def _queue(request, *, which: str):
    form, claims, filters = queue_claims(request.user, which, request.GET)
    rows = review_selectors.with_verdict_state(selectors.queue_rows(claims))
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    list_query = filters.copy()
    list_query["list"] = which
    can_bulk = roles.can_assign_claims(request.user)
    context = {
        "form": form,
        "page": page,
        "title": QUEUES[which][1],
        "which": which,
        "query": filters.urlencode(),
        "list_query": list_query.urlencode(),
        "sort": form.sort_key() if form.is_bound else "",
        "can_bulk": can_bulk,
        "saved_views": review_selectors.saved_views_for(request.user, which),
        "saved_view_form": SavedViewForm(initial={"queue": which, "query": filters.urlencode()}),
        "bulk_form": BulkActionForm(claims=Claim.objects.none(), members=review_selectors.members_with_workload())
        if can_bulk
        else None,
    }
    fragment = request.htmx and request.htmx.target == "queue-results"
    template = "desk/_queue_results.html" if fragment else "desk/queue.html"
    return render(request, template, context)


@member_required
def queue_mine(request):
    return _queue(request, which="mine")


@member_required
def queue_unassigned(request):
    return _queue(request, which="unassigned")


@member_required
def queue_watching(request):
    return _queue(request, which="watching")


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
    messages.info(
        request,
        _(
            "You took the next claim: %(priority)s, check-worthiness %(score).2f, waiting since %(since)s "
            "(urgent claims come first, then the most check-worthy, then the oldest)."
        )
        % {
            "priority": claim.get_priority_display().lower(),
            "score": claim.score,
            "since": date_format(claim.created_at, "DATETIME_FORMAT"),
        },
    )
    # The taken claim is now in "My queue": its workspace pages through it.
    return redirect(reverse("desk:claim", args=[claim.pk]) + "?list=mine")


def _back_to(request) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return reverse("desk:queue_unassigned")


@require_POST
@member_required
def queue_bulk(request):
    """Editors assign, release, set the priority of or tag the claims ticked in a queue."""
    members = review_selectors.members_with_workload()
    form = BulkActionForm(request.POST, claims=selectors.open_claims(request.user), members=members)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(_back_to(request))
    data = form.cleaned_data
    claims = data["claims"].order_by("id")
    try:
        if data["action"] == BulkActionForm.ASSIGN:
            outcome = review_services.claims_bulk_assign(claims, reviewer=data["reviewer"], actor=request.user)
        elif data["action"] == BulkActionForm.ADD_TAG:
            outcome = review_services.claims_bulk_add_tag(claims, name=data["tag"], actor=request.user)
        elif data["action"] == BulkActionForm.RELEASE:
            outcome = review_services.claims_bulk_release(claims, actor=request.user)
        else:
            outcome = review_services.claims_bulk_set_priority(claims, priority=data["action"], actor=request.user)
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(_back_to(request))
    if outcome.changed:
        count = len(outcome.changed)
        messages.success(
            request, ngettext("%(count)d claim changed.", "%(count)d claims changed.", count) % {"count": count}
        )
    for claim_pk, reasons in outcome.refused.items():
        messages.error(
            request, _("Claim %(id)d unchanged: %(reasons)s") % {"id": claim_pk, "reasons": "; ".join(reasons)}
        )
    return redirect(_back_to(request))


@require_POST
@member_required
def saved_view_create(request):
    form = SavedViewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give the view a name."))
        return redirect(_back_to(request))
    data = form.cleaned_data
    try:
        view = review_services.saved_view_create(
            owner=request.user, name=data["name"], queue=data["queue"], query=data["query"], shared=data["shared"]
        )
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
        return redirect(_back_to(request))
    messages.success(request, _("View “%(name)s” saved.") % {"name": view.name})
    return redirect(saved_view_url(view))


@require_POST
@member_required
def saved_view_delete(request, pk):
    view = get_object_or_404(review_selectors.saved_views_for(request.user, request.POST.get("queue", "")), pk=pk)
    try:
        review_services.saved_view_delete(view, actor=request.user)
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
    return redirect(_back_to(request))


def saved_view_url(view) -> str:
    return reverse(QUEUES[view.queue][2]) + (f"?{view.query}" if view.query else "")
