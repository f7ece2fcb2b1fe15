from urllib.parse import urlsplit

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import selectors, workflow
from claims.models import Candidate, Document
from desk.access import member_required
from desk.forms import IntakeForm
from ingest import flow
from sources import selectors as sources_selectors


@member_required
def intake(request):
    # "Paste the text instead", offered when a URL could not be fetched, brings its address along.
    given = request.GET.get("original_url", "")
    initial = {"original_url": given} if urlsplit(given).scheme in ("http", "https") else {}
    form = IntakeForm(request.POST or None, request.FILES or None, initial=initial)
    duplicate = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["text"]:
                document, created = flow.document_submit(
                    text=data["text"], title=data["title"], submitted_by=request.user, **form.metadata()
                )
            elif data["file"] and data["monitor"]:
                document, created = flow.transcript_submit(
                    data["file"].name, data["file"].read(), submitted_by=request.user, **form.metadata()
                )
            elif data["file"]:
                document, created = flow.document_submit_file(
                    data["file"].name, data["file"].read(), submitted_by=request.user, **form.metadata()
                )
            else:
                document, created = flow.document_submit_url(data["url"], submitted_by=request.user)
        except workflow.WorkflowError as error:
            for message in error.messages:
                form.add_error(None, message)
        else:
            if created:
                return redirect("desk:document", pk=document.pk)
            # Said on the form itself, so the person sees their submission was not lost, and where it is.
            duplicate = document
    status = 422 if form.errors else 200
    context = {
        "form": form,
        "documents": selectors.recent_documents(request.user),
        "duplicate": duplicate,
        "outlets": sources_selectors.sources_filtered(active_only=True).values_list("name", flat=True),
    }
    return render(request, "desk/intake.html", context, status=status)


def _document_or_404(request, pk) -> Document:
    try:
        return selectors.documents_visible_to(request.user).select_related("submitted_by").get(pk=pk)
    except Document.DoesNotExist as missing:
        raise Http404 from missing


def article_segments(text: str, claims) -> list[tuple[str, object]]:
    """The article cut into (text, claim) pieces, claim None between claims, for highlighting.

    Claims come sorted by start; one whose span no longer fits the text, or overlaps the
    previous one, is left unhighlighted rather than garbling the article."""
    segments, position = [], 0
    for claim in claims:
        if claim.start < position or claim.end > len(text) or claim.start >= claim.end:
            continue
        if claim.start > position:
            segments.append((text[position : claim.start], None))
        segments.append((text[claim.start : claim.end], claim))
        position = claim.end
    if position < len(text):
        segments.append((text[position:], None))
    return segments


def _document_context(document: Document) -> dict:
    claims = list(document.claims.select_related("assignee").order_by("start", "id"))
    return {
        "document": document,
        "extracting": document.extraction_state in (Document.ExtractionState.PENDING, Document.ExtractionState.RUNNING),
        "claims": claims,
        "article": article_segments(document.text, claims),
        "candidates": document.candidates.order_by("start"),
    }


@member_required
def document_detail(request, pk):
    return render(request, "desk/document.html", _document_context(_document_or_404(request, pk)))


@member_required
def document_progress(request, pk):
    """Polled by the document page until extraction ends."""
    return render(request, "desk/_document_progress.html", _document_context(_document_or_404(request, pk)))


@require_POST
@member_required
def candidate_promote(request, pk):
    candidate = get_object_or_404(Candidate.objects.select_related("document"), pk=pk)
    document = candidate.document
    errors = []
    try:
        flow.candidate_promote(candidate, actor=request.user)
    except workflow.WorkflowError as error:
        errors = error.messages
    if not request.htmx and not errors:
        return redirect("desk:document", pk=document.pk)
    context = {**_document_context(document), "promote_errors": errors}
    template = "desk/_document_progress.html" if request.htmx else "desk/document.html"
    return render(request, template, context, status=422 if errors else 200)
