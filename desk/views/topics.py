"""Topics, under Monitoring: every member reads them; editors add and change their terms."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from claims import roles
from desk.access import member_required
from desk.monitoring_forms import TopicForm
from ingest import flow
from monitoring import selectors
from monitoring.services.topics import FieldsRefused


@member_required
def topics(request):
    context = {"topics": selectors.topics_visible(request.user), "can_edit": roles.can_manage_topics(request.user)}
    return render(request, "desk/topics.html", context)


def _edit(request, topic=None):
    if not roles.can_manage_topics(request.user):
        raise PermissionDenied
    form = TopicForm(request.POST or None, topic=topic)
    if request.method == "POST" and form.is_valid():
        try:
            if topic is None:
                saved = flow.topic_create(actor=request.user, **form.cleaned_data)
            else:
                saved = flow.topic_update(topic, actor=request.user, **form.cleaned_data)
        except FieldsRefused as refused:
            form.add_refusal(refused.fields)
        else:
            messages.success(request, _("Topic saved: %(name)s. Its leads are being tagged.") % {"name": saved.name})
            return redirect("desk:topics")
    status = 400 if form.errors else 200
    return render(request, "desk/topic_form.html", {"form": form, "topic": topic}, status=status)


@member_required
def topic_new(request):
    return _edit(request)


@member_required
def topic_edit(request, pk):
    return _edit(request, get_object_or_404(selectors.topics_visible(request.user), pk=pk))
