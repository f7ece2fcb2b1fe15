from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import workflow
from desk.access import editor_required
from desk.forms import DecisionForm
from desk.views.source_proposals import with_decision_forms
from publishing import services as publishing_services
from reviews import selectors as review_selectors
from reviews import services as review_services


@editor_required
def approval_queue(request):
    """Verdicts awaiting approval, then sources proposed by the desk."""
    proposals = [with_decision_forms(proposal) for proposal in review_selectors.source_proposals_pending(request.user)]
    return render(
        request,
        "desk/approvals.html",
        {"verdicts": review_selectors.approval_queue(request.user), "proposals": proposals},
    )


def _decide(request, pk, decide):
    verdict = get_object_or_404(review_selectors.approval_queue(request.user), pk=pk)
    form = DecisionForm(request.POST)
    form.is_valid()
    try:
        decided = decide(verdict, actor=request.user, comment=form.cleaned_data.get("comment", ""))
    except workflow.WorkflowError as error:
        context = {"verdict": verdict, "form": form, "errors": error.messages}
        status = 403 if isinstance(error, workflow.NotAllowed) else 422
        if request.htmx:
            return render(request, "desk/_approval_item.html", context, status=status)
        return render(request, "desk/approvals.html", {**context, "verdicts": [verdict]}, status=status)
    if request.htmx:
        return render(request, "desk/_approval_item.html", {"verdict": decided, "decided": True})
    return redirect("desk:approvals")


@require_POST
@editor_required
def verdict_approve(request, pk):
    return _decide(request, pk, publishing_services.verdict_approve)


@require_POST
@editor_required
def verdict_reject(request, pk):
    return _decide(request, pk, review_services.verdict_reject)
