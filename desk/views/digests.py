"""The morning digest in the desk: my digests, what I subscribe to, and (editors) the desk's hour."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from claims import roles
from desk.access import member_required
from desk.monitoring_forms import DigestScheduleForm, DigestSubscriptionForm
from monitoring import selectors
from monitoring.services import digests as digest_services
from monitoring.services.topics import FieldsRefused

DIGESTS_SHOWN = 30


def _page(request, *, subscription_form=None, schedule_form=None, status=200):
    subscription = selectors.digest_subscription(request.user)
    schedule = digest_services.schedule_current()
    if subscription_form is None:
        initial = {"all_topics": True, "language": translation.get_language()}
        if subscription is not None:
            initial = {
                "all_topics": subscription.all_topics,
                "topics": list(subscription.topics.all()),
                "language": subscription.language,
            }
        subscription_form = DigestSubscriptionForm(initial=initial)
    can_set_hour = roles.can_set_digest_hour(request.user)
    if schedule_form is None and can_set_hour:
        schedule_form = DigestScheduleForm(initial={"hour": schedule.hour, "time_zone": schedule.time_zone})
    context = {
        "digests": selectors.digests_of(request.user)[:DIGESTS_SHOWN],
        "subscription": subscription,
        "subscription_form": subscription_form,
        "schedule": schedule,
        "schedule_form": schedule_form,
    }
    return render(request, "desk/digests.html", context, status=status)


def _refused(form, refused: FieldsRefused):
    for name, field_messages in refused.fields.items():
        for message in field_messages:
            form.add_error(name if name in form.fields else None, message)


@member_required
def digests(request):
    return _page(request)


@require_POST
@member_required
def digest_subscribe(request):
    form = DigestSubscriptionForm(request.POST)
    if form.is_valid():
        try:
            digest_services.subscription_set(actor=request.user, **form.cleaned_data)
        except FieldsRefused as refused:
            _refused(form, refused)
        else:
            messages.success(request, _("You will get the morning digest."))
            return redirect("desk:digests")
    return _page(request, subscription_form=form, status=400)


@require_POST
@member_required
def digest_unsubscribe(request):
    digest_services.subscription_end(actor=request.user)
    messages.success(request, _("You will no longer get the morning digest."))
    return redirect("desk:digests")


@require_POST
@member_required
def digest_schedule(request):
    if not roles.can_set_digest_hour(request.user):
        raise PermissionDenied
    form = DigestScheduleForm(request.POST)
    if form.is_valid():
        try:
            digest_services.schedule_set(actor=request.user, **form.cleaned_data)
        except FieldsRefused as refused:
            _refused(form, refused)
        else:
            messages.success(request, _("The digest's hour is saved."))
            return redirect("desk:digests")
    return _page(request, schedule_form=form, status=400)


@member_required
def digest(request, pk):
    found = get_object_or_404(selectors.digests_of(request.user), pk=pk)
    sections = digest_services.sections_of(selectors.digest_entries(found))
    return render(request, "desk/digest.html", {"digest": found, "sections": sections})
