"""The claim workspace and the actions taken on it.

Every action answers with the whole workspace: a move, an assignment or a
removed piece of evidence bumps the claim's version, and every form on the page
must carry the new one. htmx requests get the fragment, others the page.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from claims import roles, selectors, workflow
from claims import services as claim_services
from claims.models import Claim
from desk.access import member_required
from desk.forms import (
    AssignForm,
    CorrectionForm,
    EvidenceForm,
    MoveForm,
    PriorityForm,
    VerdictForm,
    VersionedForm,
    WithdrawForm,
)
from desk.views.queues import list_position
from publishing import matching, repeats
from publishing import selectors as publishing_selectors
from publishing import services as publishing_services
from publishing.models import ClaimMatch
from reviews import selectors as review_selectors
from reviews import services as review_services
from reviews.models import Evidence

# Status codes that tell htmx (configured in base.html) to show the answer anyway.
REFUSED = 422
CONFLICT = 409
FORBIDDEN = 403


def _claim_or_404(request, pk) -> Claim:
    try:
        return selectors.claim_for_workspace(request.user, pk)
    except Claim.DoesNotExist as missing:
        raise Http404 from missing


def _article_parts(claim: Claim) -> tuple[str, str, str]:
    """The document's text split around the claim; a span that no longer fits shows no highlight."""
    text = claim.document.text
    if claim.end <= len(text) and claim.start <= claim.end:
        return text[: claim.start], text[claim.start : claim.end], text[claim.end :]
    return text, "", ""


def _evidence_rows(claim: Claim, evidence: list[Evidence]) -> list[dict]:
    counted = {row.evidence.pk: row for row in workflow.corroboration_breakdown(claim, evidence)}
    return [{"item": item, "counting": counted.get(item.pk)} for item in evidence]


def _picked_sources(form: EvidenceForm) -> list:
    """The source a person had chosen, so a form sent back with errors still shows it."""
    if form.is_bound and form.is_valid() and form.cleaned_data["source"]:
        return [form.cleaned_data["source"]]
    return []


def render_workspace(request, claim: Claim, *, status: int = 200, **overrides):
    """Render the workspace; `overrides` replace forms (kept as typed) or add errors."""
    user = request.user
    evidence = review_selectors.evidence_for_claim(claim)
    verdict = review_selectors.open_verdict(claim)
    read_only = claim.closed_at is not None  # only reopened, corrected or withdrawn; services refuse the rest
    can_work = roles.can_work_on_claim(user, claim) and not read_only
    before, highlighted, after = _article_parts(claim)
    verdict_initial = {"rating": verdict.rating, "summary": verdict.summary} if verdict else None
    publication = publishing_selectors.live_publication_for_claim(claim.pk)
    may_submit, submit_blockers = review_services.submit_blockers(user, claim, verdict)
    context = {
        "claim": claim,
        "before": before,
        "highlighted": highlighted,
        "after": after,
        "evidence_rows": _evidence_rows(claim, evidence),
        "moves": workflow.available_moves(claim, user, evidence) if can_work or roles.is_editor(user) else [],
        "verdict": verdict,
        "approved_verdicts": review_selectors.approved_verdicts(claim),
        "timeline": selectors.claim_timeline(claim),
        "can_work": can_work,
        "can_assign": roles.can_assign_claims(user) and not read_only,
        "can_release": not read_only and claim.assignee_id is not None and roles.can_release_claim(user, claim),
        # The submit button shows when the role allows it; `submit_blockers` says what else is missing.
        "can_submit_verdict": may_submit,
        "submit_blockers": submit_blockers,
        "disagreeing_ratings": sorted(review_services.ratings_disagreeing_with(claim.status)),
        "can_set_priority": roles.can_set_priority(user) and not read_only,
        "priority_form": PriorityForm(initial={"version": claim.version, "priority": claim.priority}),
        "matches": publishing_selectors.matches_for(claim),
        # Deciding on a match depends on the claim alone, so one answer covers every suggestion.
        "can_decide_matches": claim.closed_at is None and roles.can_decide_match(user, ClaimMatch(claim=claim)),
        "publication": publication,
        "can_publish": publication is not None and roles.can_withdraw(user, publication),
        "repeats": repeats.repeats_of(claim)[: repeats.LISTED] if publication else [],
        "can_publish_evidence": roles.can_publish_evidence(user),
        "withdraw_form": WithdrawForm(),
        "correction_form": CorrectionForm(),
        "evidence_form": EvidenceForm(),
        "verdict_form": VerdictForm(initial=verdict_initial),
        "move_note_form": MoveForm(initial={"version": claim.version}),
        "assign_form": AssignForm(
            initial={"version": claim.version, "reviewer": claim.assignee_id},
            members=review_selectors.members_with_workload(),
        ),
        "errors": {},
        **overrides,
    }
    context["picked_sources"] = _picked_sources(context["evidence_form"])
    if not request.htmx:
        # The list navigation sits outside the swapped workspace, so only whole pages need it.
        context["position"] = list_position(user, claim.pk, request.GET)
    template = "desk/_workspace.html" if request.htmx else "desk/workspace.html"
    return render(request, template, context, status=status)


def _after_action(request, claim_pk: int, *, notice: str = "", announce: str = ""):
    """Success: htmx gets the fresh workspace in place, a plain form post is redirected.

    `announce` is read out by screen readers (desk/desk-keys.js copies it into the live region)."""
    claim = _claim_or_404(request, claim_pk)
    if request.htmx:
        return render_workspace(request, claim, notice=notice, announce=notice or announce)
    if notice or announce:
        messages.success(request, notice or announce)
    return redirect("desk:claim", pk=claim_pk)


def _failure(request, claim_pk: int, panel: str, error: workflow.WorkflowError, **forms):
    # Read the claim again: after a conflict the page must show its current state.
    claim = _claim_or_404(request, claim_pk)
    if isinstance(error, workflow.Conflict):
        status = CONFLICT
    elif isinstance(error, workflow.NotAllowed):
        status = FORBIDDEN
    else:
        status = REFUSED
    return render_workspace(
        request,
        claim,
        status=status,
        errors={panel: error.messages},
        conflict=isinstance(error, workflow.Conflict),
        **forms,
    )


@require_GET
@member_required
def claim_workspace(request, pk):
    return render_workspace(request, _claim_or_404(request, pk))


@require_POST
@member_required
def claim_move(request, pk):
    claim = _claim_or_404(request, pk)
    form = MoveForm(request.POST)
    if not form.is_valid():
        errors = {"status": [_("Invalid move.")]}
        return render_workspace(request, claim, status=REFUSED, move_note_form=form, errors=errors)
    try:
        publishing_services.claim_move(
            claim,
            form.cleaned_data["to"],
            actor=request.user,
            version=form.cleaned_data["version"],
            note=form.cleaned_data["note"],
        )
    except workflow.WorkflowError as error:
        return _failure(request, pk, "status", error, move_note_form=form)
    label = Claim.Status(form.cleaned_data["to"]).label
    return _after_action(request, pk, announce=_("Status changed to %(status)s.") % {"status": label})


@require_POST
@member_required
def evidence_add(request, pk):
    claim = _claim_or_404(request, pk)
    form = EvidenceForm(request.POST, request.FILES)
    if not form.is_valid():
        return render_workspace(request, claim, status=REFUSED, evidence_form=form)
    data = form.cleaned_data
    try:
        review_services.evidence_attach(
            claim,
            actor=request.user,
            kind=data["kind"],
            stance=data["stance"],
            url=data["url"] if data["kind"] == Evidence.Kind.URL else "",
            file=data["file"] if data["kind"] == Evidence.Kind.FILE else None,
            excerpt=data["excerpt"],
            note=data["note"],
            source=data["source"],
        )
    except workflow.WorkflowError as error:
        # A refusal belongs next to what it is about (an upload refused for its type, a bad
        # address); the form comes back as typed, but a browser never refills a file input.
        field = data["kind"] if isinstance(error, workflow.Refused) and data["kind"] in ("url", "file") else None
        for message in error.messages:
            form.add_error(field, message)
        return _failure(request, pk, "evidence_form", error, evidence_form=form)
    return _after_action(request, pk, announce=_("Evidence added."))


@require_POST
@member_required
def evidence_delete(request, pk, evidence_pk):
    claim = _claim_or_404(request, pk)
    evidence = get_object_or_404(Evidence.objects.select_related("claim", "source"), pk=evidence_pk, claim=claim)
    form = VersionedForm(request.POST)
    if not form.is_valid():
        return _failure(request, pk, "evidence", workflow.Refused([_("Invalid request.")]))
    try:
        review_services.evidence_remove(evidence, actor=request.user, version=form.cleaned_data["version"])
    except workflow.WorkflowError as error:
        return _failure(request, pk, "evidence", error)
    return _after_action(request, pk, announce=_("Evidence removed."))


@require_POST
@member_required
def evidence_set_public(request, pk, evidence_pk):
    claim = _claim_or_404(request, pk)
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=evidence_pk, claim=claim)
    public = request.POST.get("public")
    if public not in ("yes", "no"):
        return _failure(request, pk, "evidence", workflow.Refused([_("Invalid request.")]))
    try:
        review_services.evidence_set_public(evidence, actor=request.user, public=public == "yes")
    except workflow.WorkflowError as error:
        return _failure(request, pk, "evidence", error)
    return _after_action(request, pk, announce=_("Evidence visibility changed."))


@require_POST
@member_required
def verdict_save(request, pk):
    claim = _claim_or_404(request, pk)
    form = VerdictForm(request.POST)
    if not form.is_valid():
        return render_workspace(request, claim, status=REFUSED, verdict_form=form)
    submitting = request.POST.get("action") == "submit"
    try:
        verdict = review_services.verdict_save_draft(
            claim, actor=request.user, rating=form.cleaned_data["rating"], summary=form.cleaned_data["summary"]
        )
        if submitting:
            review_services.verdict_submit(verdict, actor=request.user)
    except workflow.WorkflowError as error:
        return _failure(request, pk, "verdict", error, verdict_form=form)
    if submitting:
        return _after_action(request, pk, announce=_("Verdict submitted for approval. Press n to take the next claim."))
    return _after_action(request, pk, announce=_("Draft verdict saved."))


@require_POST
@member_required
def verdict_submit(request, pk):
    claim = _claim_or_404(request, pk)
    verdict = review_selectors.open_verdict(claim)
    if verdict is None:
        return _failure(request, pk, "verdict", workflow.Refused([_("There is no draft verdict to submit.")]))
    try:
        review_services.verdict_submit(verdict, actor=request.user)
    except workflow.WorkflowError as error:
        return _failure(request, pk, "verdict", error)
    return _after_action(request, pk, announce=_("Verdict submitted for approval. Press n to take the next claim."))


@require_POST
@member_required
def claim_assign(request, pk):
    claim = _claim_or_404(request, pk)
    form = AssignForm(request.POST, members=selectors.desk_members())
    if not form.is_valid():
        return render_workspace(request, claim, status=REFUSED, assign_form=form)
    try:
        review_services.claim_assign(
            claim,
            reviewer=form.cleaned_data["reviewer"],
            actor=request.user,
            due=form.cleaned_data["due"],
            version=form.cleaned_data["version"],
        )
    except workflow.WorkflowError as error:
        return _failure(request, pk, "assignment", error, assign_form=form)
    reviewer = form.cleaned_data["reviewer"].get_username()
    return _after_action(request, pk, announce=_("Assigned to %(name)s.") % {"name": reviewer})


@require_POST
@member_required
def claim_release(request, pk):
    claim = _claim_or_404(request, pk)
    form = VersionedForm(request.POST)
    if not form.is_valid():
        return _failure(request, pk, "assignment", workflow.Refused([_("Invalid request.")]))
    try:
        review_services.claim_release(claim, actor=request.user, version=form.cleaned_data["version"])
    except workflow.WorkflowError as error:
        return _failure(request, pk, "assignment", error)
    return _after_action(request, pk, announce=_("Claim released."))


@require_POST
@member_required
def claim_set_priority(request, pk):
    claim = _claim_or_404(request, pk)
    form = PriorityForm(request.POST)
    if not form.is_valid():
        return _failure(request, pk, "assignment", workflow.Refused([_("Invalid request.")]), priority_form=form)
    priority = form.cleaned_data["priority"]
    try:
        claim_services.claim_set_priority(claim, priority, actor=request.user, version=form.cleaned_data["version"])
    except workflow.WorkflowError as error:
        return _failure(request, pk, "assignment", error, priority_form=form)
    label = Claim.Priority(priority).label
    return _after_action(request, pk, announce=_("Priority set to %(priority)s.") % {"priority": label})


@require_POST
@member_required
def evidence_archive_retry(request, pk, evidence_pk):
    claim = _claim_or_404(request, pk)
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=evidence_pk, claim=claim)
    try:
        review_services.evidence_archive_retry(evidence, actor=request.user)
    except workflow.WorkflowError as error:
        return _failure(request, pk, "evidence", error)
    return _after_action(request, pk, notice=_("Archiving queued again."))


def _decide_match(request, pk, match_pk, decide):
    claim = _claim_or_404(request, pk)
    match = get_object_or_404(ClaimMatch.objects.select_related("claim"), pk=match_pk, claim=claim)
    try:
        decide(match, actor=request.user)
    except workflow.WorkflowError as error:
        return _failure(request, pk, "matches", error)
    return _after_action(request, pk, announce=_("Suggestion decided."))


@require_POST
@member_required
def match_link(request, pk, match_pk):
    return _decide_match(request, pk, match_pk, matching.match_link)


@require_POST
@member_required
def match_dismiss(request, pk, match_pk):
    return _decide_match(request, pk, match_pk, matching.match_dismiss)


def _live_publication_or_404(claim: Claim):
    publication = publishing_selectors.live_publication_for_claim(claim.pk)
    if publication is None:
        raise Http404
    return publication


@require_POST
@member_required
def publication_withdraw(request, pk):
    claim = _claim_or_404(request, pk)
    publication = _live_publication_or_404(claim)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        return render_workspace(request, claim, status=REFUSED, withdraw_form=form)
    try:
        publishing_services.publication_withdraw(publication, actor=request.user, reason=form.cleaned_data["reason"])
    except workflow.WorkflowError as error:
        return _failure(request, pk, "publication", error, withdraw_form=form)
    return _after_action(request, pk, notice=_("The fact-check was withdrawn."))


@require_POST
@member_required
def publication_correct(request, pk):
    claim = _claim_or_404(request, pk)
    publication = _live_publication_or_404(claim)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        return render_workspace(request, claim, status=REFUSED, correction_form=form)
    try:
        publishing_services.publication_correct(publication, actor=request.user, text=form.cleaned_data["text"])
    except workflow.WorkflowError as error:
        return _failure(request, pk, "publication", error, correction_form=form)
    return _after_action(request, pk, notice=_("The correction is published."))
