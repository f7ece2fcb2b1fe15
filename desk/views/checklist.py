"""The desk-wide checklist every claim gets, kept by editors."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import workflow
from desk.access import editor_required
from reviews import selectors as review_selectors
from reviews import services as review_services
from reviews.models import ChecklistItem


@editor_required
def checklist_edit(request):
    """The steps, and a form to add one."""
    errors, text = [], ""
    if request.method == "POST":
        text = request.POST.get("text", "")
        try:
            item = review_services.checklist_item_add(actor=request.user, text=text)
        except workflow.WorkflowError as error:
            errors = error.messages
        else:
            messages.success(request, _("Added: %(step)s.") % {"step": item.text})
            return redirect("desk:checklist")
    items = review_selectors.checklist_steps()
    status = 422 if errors else 200
    return render(request, "desk/checklist.html", {"items": items, "errors": errors, "text": text}, status=status)


@require_POST
@editor_required
def checklist_retire(request, pk):
    item = get_object_or_404(ChecklistItem, pk=pk, active=True)
    review_services.checklist_item_retire(item, actor=request.user)
    messages.success(request, _("Removed from the checklist: %(step)s.") % {"step": item.text})
    return redirect("desk:checklist")
