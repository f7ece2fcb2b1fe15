from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from claims import roles
from notifications import selectors, services


@login_required
def inbox(request):
    if not roles.is_member(request.user):
        raise PermissionDenied
    notifications = selectors.inbox(request.user)[:200]
    return render(request, "notifications/inbox.html", {"notifications": notifications})


@login_required
@require_POST
def mark_read(request, pk):
    notification = get_object_or_404(selectors.inbox(request.user), pk=pk)
    services.notification_mark_read(notification, actor=request.user)
    return redirect("notifications:inbox")


@login_required
@require_POST
def mark_all_read(request):
    if not roles.is_member(request.user):
        raise PermissionDenied
    services.notifications_mark_all_read(actor=request.user)
    return redirect("notifications:inbox")
