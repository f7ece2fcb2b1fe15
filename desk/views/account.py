"""A member's own API tokens: listed (never the token itself), issued (shown this once) and revoked."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from desk.access import member_required
from factcheck import tokens


def _page(request, *, new_token: str = "", status: int = 200):
    listed = [(token, tokens.token_label(token)) for token in tokens.tokens_of(request.user)]
    context = {"tokens": listed, "new_token": new_token}
    return render(request, "desk/api_tokens.html", context, status=status)


@member_required
def api_tokens(request):
    return _page(request)


@require_POST
@member_required
def api_token_issue(request):
    _record, token = tokens.token_issue(request.user)
    # Rendered, not redirected: the token exists in clear only in this one answer.
    response = _page(request, new_token=token, status=201)
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@member_required
def api_token_revoke(request):
    if tokens.token_revoke(request.user, request.POST.get("digest", "")):
        messages.success(request, _("The token is revoked: it no longer signs anything."))
    else:
        messages.error(request, _("You hold no such token."))
    return redirect("desk:api_tokens")
