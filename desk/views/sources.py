from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import roles, workflow
from desk.access import editor_required, member_required
from desk.forms import SourceEditForm, SourceFilterForm
from factcheck.paging import TotalInRowsPaginator
from reviews import selectors as review_selectors
from reviews import services as review_services
from sources.models import Source
from sources.selectors import sources_filtered, unicode_domain

PAGE_SIZE = 30
PICKER_LIMIT = 8


def _filters(form: SourceFilterForm) -> dict:
    if not form.is_valid():
        return {}
    return {"text": form.cleaned_data["q"].strip(), **{k: form.cleaned_data[k] for k in ("kind", "reliability")}}


@member_required
def source_list(request):
    form = SourceFilterForm(request.GET or None)
    sources = sources_filtered(**_filters(form))
    page = Paginator(sources, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    fragment = request.htmx and request.htmx.target == "source-results"
    template = "desk/_source_results.html" if fragment else "desk/sources.html"
    return render(request, template, context)


HISTORY_SHOWN = 50


@member_required
def source_detail(request, pk):
    source = get_object_or_404(Source.objects.prefetch_related("domains"), pk=pk)
    page = Paginator(review_selectors.evidence_citing(source), PAGE_SIZE).get_page(request.GET.get("page"))
    history = source.events.select_related("actor").order_by("-created_at", "-id")[:HISTORY_SHOWN]
    context = {"source": source, "page": page, "history": history, "can_edit": roles.can_edit_sources(request.user)}
    return render(request, "desk/source_detail.html", context)


@editor_required
def source_edit(request, pk):
    """An editor changes a source's name, kind, reliability, domains, notes or activity; its history records each."""
    source = get_object_or_404(Source.objects.prefetch_related("domains"), pk=pk)
    if request.method == "POST":
        form = SourceEditForm(request.POST)
        if form.is_valid():
            fields = dict(form.cleaned_data)
            domains = fields.pop("domains")
            try:
                review_services.source_save(source, actor=request.user, domains=domains, **fields)
            except workflow.WorkflowError as error:
                for message in error.messages:
                    form.add_error(None, message)
                # The refused values were set on the instance; show the stored ones beside the form.
                source.refresh_from_db()
            else:
                messages.success(request, _("Saved %(name)s.") % {"name": source.name})
                return redirect("desk:source", pk=source.pk)
        return render(request, "desk/source_edit.html", {"source": source, "form": form}, status=422)
    form = SourceEditForm(
        initial={
            "name": source.name,
            "kind": source.kind,
            "reliability": source.reliability,
            "domains": "\n".join(unicode_domain(row.domain) for row in source.domains.all()),
            "notes": source.notes,
            "active": source.active,
        }
    )
    return render(request, "desk/source_edit.html", {"source": source, "form": form})


@member_required
def source_picker(request):
    """The evidence form's source search: a few matching active sources to choose from."""
    text = request.GET.get("source_search", "").strip()
    sources = sources_filtered(text=text, active_only=True)[:PICKER_LIMIT] if text else []
    return render(request, "desk/_source_picker.html", {"sources": sources, "searched": text})


@editor_required
def unmatched_domains(request):
    """Every domain of web evidence that no source covers, most used first, a page at a time."""
    domains = review_selectors.unmatched_domains(request.user)
    page = TotalInRowsPaginator(domains, PAGE_SIZE).get_page(request.GET.get("page"))
    fragment = request.htmx and request.htmx.target == "unmatched-domain-results"
    template = "desk/_unmatched_domain_results.html" if fragment else "desk/unmatched_domains.html"
    return render(request, template, {"page": page})


@require_POST
@editor_required
def source_register_domain(request):
    """One click on the dashboard or the unmatched domains page: a Source for an unmatched domain,
    linking the evidence waiting on it. Back to the page it came from (`next`), else the dashboard."""
    try:
        source, linked = review_services.source_register_domain(request.POST.get("domain", ""), actor=request.user)
    except workflow.WorkflowError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        messages.success(
            request,
            _("Registered %(source)s; %(count)d evidence items linked.") % {"source": source.name, "count": linked},
        )
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(back)
    return redirect("desk:dashboard")
