"""Evidence files and archived pages, shown only to members of the desk.

Stored files are served as downloads (see reviews.downloads).
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import roles, workflow
from reviews import downloads, services
from reviews.models import ArchivedPage, Evidence


def _visible_evidence(request, pk) -> Evidence:
    evidence = get_object_or_404(Evidence.objects.select_related("claim"), pk=pk)
    # Not 403: an outsider learns nothing, not even that the evidence exists.
    if not roles.can_view_claim(request.user, evidence.claim):
        raise Http404
    return evidence


@login_required
def evidence_file(request, pk):
    return downloads.evidence_file(_visible_evidence(request, pk))


@login_required
def archived_page(request, pk):
    evidence = _visible_evidence(request, pk)
    archive = ArchivedPage.objects.filter(evidence=evidence).first()
    if archive is None:
        raise Http404
    context = {
        "evidence": evidence,
        "archive": archive,
        "can_retry": roles.can_work_on_claim(request.user, evidence.claim),
    }
    return render(request, "reviews/archived_page.html", context)


@login_required
def archived_page_body(request, pk):
    return downloads.archived_page_body(_visible_evidence(request, pk))


@login_required
@require_POST
def archive_retry(request, pk):
    evidence = _visible_evidence(request, pk)
    try:
        services.evidence_archive_retry(evidence, actor=request.user)
    except workflow.WorkflowError as refusal:
        messages.error(request, str(refusal))
    else:
        messages.success(request, _("Archiving queued again."))
    return redirect("reviews:archived_page", pk=evidence.pk)
