"""Working a claim together, beside its workspace: comments with @mentions, tags, and watching it.
The panel loads and updates on its own (htmx), so the workspace's own queries do not grow."""

from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from claims import roles, workflow
from claims.selectors import claims_visible_to
from desk.access import member_required
from reviews import selectors as review_selectors
from reviews import services as review_services
from reviews.models import ChecklistItem


def _claim(request, pk):
    return get_object_or_404(claims_visible_to(request.user), pk=pk)


def _panel(request, claim, *, status=200, **extra):
    context = {
        "claim": claim,
        "comments": review_selectors.comments_on(claim),
        "watching": review_selectors.is_watching(claim, request.user),
        "watcher_count": review_selectors.watcher_count(claim),
        "tags": list(claim.tags.all()),
        "can_tag": roles.can_tag_claim(request.user, claim),
        "checklist": review_selectors.checklist_for(claim),
        "can_tick": roles.can_tick_checklist(request.user, claim),
        "can_edit_checklist": roles.can_edit_checklist(request.user),
        **extra,
    }
    template = "desk/_teamwork_panel.html" if request.htmx else "desk/teamwork.html"
    return render(request, template, context, status=status)


@member_required
def claim_teamwork(request, pk):
    return _panel(request, _claim(request, pk))


def _answer(request, claim, announce):
    if request.htmx:
        return _panel(request, claim, announce=announce)
    return redirect("desk:claim_teamwork", pk=claim.pk)


@require_POST
@member_required
def comment_add(request, pk):
    claim = _claim(request, pk)
    text = request.POST.get("text", "")
    try:
        comment = review_services.comment_add(claim, actor=request.user, text=text)
    except workflow.WorkflowError as error:
        status = 403 if isinstance(error, workflow.NotAllowed) else 422
        return _panel(request, claim, status=status, errors=error.messages, text=text)
    told = comment.mentioned.count()
    notified = ngettext(
        "Comment added; %(count)d colleague notified.", "Comment added; %(count)d colleagues notified.", told
    )
    announce = notified % {"count": told} if told else _("Comment added.")
    return _answer(request, claim, announce)


@require_POST
@member_required
def claim_watch(request, pk):
    claim = _claim(request, pk)
    try:
        watching = review_services.claim_watch(claim, actor=request.user, watching=request.POST.get("watch") == "yes")
    except workflow.WorkflowError as error:
        return _panel(request, claim, status=403, errors=error.messages)
    announce = _("You are watching this claim.") if watching else _("You no longer watch this claim.")
    return _answer(request, claim, announce)


@require_POST
@member_required
def claim_tags(request, pk):
    """Replace the claim's tags with those typed, comma-separated."""
    claim = _claim(request, pk)
    typed = request.POST.get("tags", "")
    try:
        tags = review_services.claim_set_tags(claim, actor=request.user, names=typed.split(","))
    except workflow.WorkflowError as error:
        status = 403 if isinstance(error, workflow.NotAllowed) else 422
        return _panel(request, claim, status=status, errors=error.messages, typed_tags=typed)
    announce = (
        _("Tags saved: %(tags)s.") % {"tags": ", ".join(tag.name for tag in tags)} if tags else _("Tags removed.")
    )
    return _answer(request, claim, announce)


@require_POST
@member_required
def checklist_tick(request, pk, item_pk):
    claim = _claim(request, pk)
    item = get_object_or_404(ChecklistItem, pk=item_pk)
    done = request.POST.get("done") == "yes"
    try:
        done = review_services.checklist_tick(claim, item, actor=request.user, done=done)
    except workflow.WorkflowError as error:
        status = 403 if isinstance(error, workflow.NotAllowed) else 422
        return _panel(request, claim, status=status, errors=error.messages)
    announce = (_("Done: %(step)s.") if done else _("Not done: %(step)s.")) % {"step": item.text}
    return _answer(request, claim, announce)
