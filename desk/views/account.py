"""A member's own settings: API tokens (listed, never the token itself; issued, shown this once; revoked)
and whether they are named on the public fact-checks they wrote or approved."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from desk.access import member_required
from factcheck import tokens
from reviews import selectors as review_selectors
from reviews import services as review_services


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


@member_required
def byline(request):
    """The person's own choice, default off: "Name me on published fact-checks"."""
    if request.method == "POST":
        named = request.POST.get("named_publicly") == "on"
        review_services.byline_consent_set(request.user, actor=request.user, named=named)
        if named:
            messages.success(request, _("Your name now appears on the fact-checks you wrote or approved."))
        else:
            messages.success(request, _("Your name no longer appears on published fact-checks."))
        return redirect("desk:account_byline")
    named = review_selectors.byline_consent(request.user)
    public_name = request.user.get_full_name() or request.user.username
    return render(request, "desk/byline.html", {"named": named, "public_name": public_name})
