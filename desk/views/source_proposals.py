"""Sources proposed from the desk: a member proposes the domain of their evidence, an editor accepts
or declines it from the approval queue. Each view parses the form and calls one service."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import workflow
from desk.access import editor_required, member_required
from desk.forms import ProposalAcceptForm, ProposalDeclineForm, SourceProposalForm
from reviews import selectors as review_selectors
from reviews import services as review_services
from sources.selectors import unicode_domain


@member_required
def source_propose(request):
    if request.method == "POST":
        form = SourceProposalForm(request.POST)
        if form.is_valid():
            try:
                proposal = review_services.source_propose(actor=request.user, **form.cleaned_data)
            except workflow.WorkflowError as error:
                for message in error.messages:
                    form.add_error(None, message)
            else:
                messages.success(
                    request,
                    _("Proposed %(name)s (%(domain)s): an editor will decide.")
                    % {"name": proposal.name, "domain": unicode_domain(proposal.domain)},
                )
                return redirect("desk:source_proposals")
        status = 422 if form.errors else 200
    else:
        domain = unicode_domain(request.GET.get("domain", "").strip())
        form = SourceProposalForm(initial={"domain": domain, "name": domain})
        status = 200
    return render(request, "desk/source_propose.html", {"form": form}, status=status)


@member_required
def source_proposals(request):
    """Editors see every proposal, others their own; pending ones are decided in the approval queue."""
    proposals = review_selectors.source_proposals_visible_to(request.user).order_by("-created_at", "-id")[:100]
    return render(request, "desk/source_proposals.html", {"proposals": proposals})


def with_decision_forms(proposal, accept_form=None, decline_form=None):
    """The proposal with its accept form (filled with what was proposed) and decline form, ids unique per proposal."""
    auto_id = f"proposal-{proposal.pk}-%s"
    proposal.accept_form = accept_form or ProposalAcceptForm(
        initial={"name": proposal.name, "kind": proposal.kind, "reliability": proposal.reliability}, auto_id=auto_id
    )
    proposal.decline_form = decline_form or ProposalDeclineForm(auto_id=auto_id)
    return proposal


def _answer(request, proposal, error=None, **forms):
    if error is None:
        if request.htmx:
            return render(request, "desk/_source_proposal_item.html", {"proposal": proposal, "decided": True})
        messages.success(request, _("Decided: %(name)s.") % {"name": proposal.name})
        return redirect("desk:approvals")
    context = {"proposal": with_decision_forms(proposal, **forms), "errors": error.messages}
    status = 403 if isinstance(error, workflow.NotAllowed) else 422
    if request.htmx:
        return render(request, "desk/_source_proposal_item.html", context, status=status)
    return render(request, "desk/approvals.html", {**context, "verdicts": [], "proposals": [proposal]}, status=status)


def _form_refusal(form) -> workflow.Refused:
    return workflow.Refused([f"{form[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()])


def _pending_proposal(request, pk):
    return get_object_or_404(review_selectors.source_proposals_visible_to(request.user), pk=pk)


@require_POST
@editor_required
def source_proposal_accept(request, pk):
    proposal = _pending_proposal(request, pk)
    form = ProposalAcceptForm(request.POST, auto_id=f"proposal-{pk}-%s")
    if not form.is_valid():
        return _answer(request, proposal, _form_refusal(form), accept_form=form)
    try:
        review_services.source_proposal_accept(proposal, actor=request.user, **form.cleaned_data)
    except workflow.WorkflowError as error:
        return _answer(request, proposal, error, accept_form=form)
    proposal.refresh_from_db()
    return _answer(request, proposal)


@require_POST
@editor_required
def source_proposal_decline(request, pk):
    proposal = _pending_proposal(request, pk)
    form = ProposalDeclineForm(request.POST, auto_id=f"proposal-{pk}-%s")
    if not form.is_valid():
        return _answer(request, proposal, _form_refusal(form), decline_form=form)
    try:
        review_services.source_proposal_decline(proposal, actor=request.user, reason=form.cleaned_data["reason"])
    except workflow.WorkflowError as error:
        return _answer(request, proposal, error, decline_form=form)
    proposal.refresh_from_db()
    return _answer(request, proposal)
