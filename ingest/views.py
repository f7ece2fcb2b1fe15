"""The WebSub callback: the one page a feed's hub calls, one address per feed subscription.

No sign-in and no CSRF token: a hub has neither. It is let in by the address's unguessable token, its
GET answered only for what we asked it, its pushed content kept only when signed with the feed's secret.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from ingest import flow
from monitoring.services import websub as websub_services
from monitoring.services.websub import Push

# Hubs send a few dozen characters; we send back no more than this.
CHALLENGE_MAX_LENGTH = 1000
# What the hub is told: a push we ignore (unsigned, forged) is still acknowledged, as the spec says, so
# that a forger learns nothing; 410 tells the hub to stop pushing a feed we no longer watch.
PUSH_STATUS = {Push.STORED: 202, Push.IGNORED: 202, Push.UNKNOWN: 404, Push.GONE: 410, Push.TOO_MANY: 429}


@csrf_exempt
@require_http_methods(["GET", "POST"])
def websub_callback(request, token: str):
    if request.method == "GET":
        return _verify(request, token)
    return _push(request, token)


def _verify(request, token: str) -> HttpResponse:
    """The hub asks whether we want this (un)subscription: its challenge back means yes; 404 means no."""
    given = request.GET
    mode, challenge = given.get("hub.mode", ""), given.get("hub.challenge", "")
    if mode != "denied" and not 0 < len(challenge) <= CHALLENGE_MAX_LENGTH:
        raise Http404
    verified = websub_services.subscription_verify(
        token,
        mode=mode,
        topic=given.get("hub.topic", ""),
        lease_seconds=given.get("hub.lease_seconds", ""),
        reason=given.get("hub.reason", "")[:500],
    )
    if not verified:
        raise Http404
    return HttpResponse(challenge, content_type="text/plain; charset=utf-8")


def _push(request, token: str) -> HttpResponse:
    """New content of the feed: read no more than a feed's largest size, answered at once (read later)."""
    limit = settings.FACTCHECK_FEED_MAX_BYTES
    declared = request.META.get("CONTENT_LENGTH", "")
    if declared.isdigit() and int(declared) > limit:
        return HttpResponse(status=413)
    if not declared and request.META.get("wsgi.input_terminated"):
        # Chunked: Django reads nothing without a length, but the server (gunicorn) ends the stream.
        body = request.META["wsgi.input"].read(limit + 1)
    else:
        body = request.read(limit + 1)
    if len(body) > limit:
        return HttpResponse(status=413)
    outcome = flow.feed_push_receive(
        token,
        body,
        content_type=request.META.get("CONTENT_TYPE", ""),
        signature=request.headers.get("X-Hub-Signature", ""),
    )
    response = HttpResponse(status=PUSH_STATUS[outcome])
    if outcome == Push.TOO_MANY:
        response["Retry-After"] = "60"
    return response
