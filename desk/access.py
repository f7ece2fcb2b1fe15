"""Who may open which page: signed-out people go to sign in, signed-in people
without a desk role get 403. The decisions themselves live in claims.roles."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from claims import roles


def member_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not roles.is_member(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def editor_required(view):
    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not roles.is_editor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped
