"""Who is asking (the client's address, computed once per request) and how often they may try
to sign in. Every throttle and the login lock-out key on `client_ip`, never on a raw header."""

import hashlib
import logging
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.translation import gettext as _

logger = logging.getLogger(__name__)

CLIENT_IP = "factcheck.client_ip"
_fewer_proxies_reported = False


def forwarded_for(request) -> list[str]:
    return [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]


def _warn_once_about_missing_proxies(proxies: int, seen: int) -> None:
    # Only the first time per process: a log line per request would drown the log.
    global _fewer_proxies_reported
    if not _fewer_proxies_reported:
        _fewer_proxies_reported = True
        logger.warning(
            "FACTCHECK_TRUSTED_PROXY_COUNT is %d but a request came through %d: without that many proxies "
            "in front, a client can choose its own address in X-Forwarded-For and escape throttles and the "
            "lock-out. Set it to the number of proxies that really append to X-Forwarded-For (0 without one).",
            proxies,
            seen,
        )


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the Nth address from
    the right of X-Forwarded-For (entries further left are whatever the client sent).
    Computed once and kept in the request's META, which DRF's request shares."""
    cached = request.META.get(CLIENT_IP)
    if cached is not None:
        return cached
    address = request.META.get("REMOTE_ADDR", "")
    proxies = settings.FACTCHECK_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = forwarded_for(request)
        if len(forwarded) >= proxies:
            address = forwarded[-proxies]
        else:
            _warn_once_about_missing_proxies(proxies, len(forwarded))
    request.META[CLIENT_IP] = address
    return address


def _parse_rate(rate: str) -> tuple[int, int]:
    """ "10/minute" → (10, 60), as DRF writes rates."""
    count, period = rate.split("/")
    return int(count), {"s": 1, "m": 60, "h": 3600, "d": 86400}[period.strip()[0]]


def _over_limit(key: str, rate: str) -> float | None:
    """Count one attempt in a fixed window; the seconds to wait once over the limit, else None.
    add() then incr() is atomic in Redis, so workers sharing the cache share the count."""
    limit, window = _parse_rate(rate)
    now = time.time()
    window_start = math.floor(now / window) * window
    bucket = f"{key}:{int(window_start)}"
    cache.add(bucket, 0, timeout=window + 1)
    try:
        attempts = cache.incr(bucket)
    except ValueError:  # the bucket expired between add() and incr()
        cache.add(bucket, 1, timeout=window + 1)
        attempts = 1
    if attempts > limit:
        return max(1.0, window_start + window - now)
    return None


def _digest(text: str) -> str:
    # A fixed-length key whatever a client sends as its username.
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def login_attempt_wait(request, username: str) -> float | None:
    """Counts a sign-in attempt against the client's address and against the username (both
    shared by the desk's, the admin's and the API's sign-ins); the seconds to wait when either is
    spent. Per address stops password spraying (one password, many usernames); per username
    stops guessing one account from many addresses."""
    rates = settings.FACTCHECK_LOGIN_RATES
    waits = [
        _over_limit(f"login-throttle:address:{client_ip(request)}", rates["address"]),
        _over_limit(f"login-throttle:username:{_digest(username.strip().casefold())}", rates["username"]),
    ]
    waits = [wait for wait in waits if wait is not None]
    return max(waits) if waits else None


class LoginThrottleMiddleware:
    """Throttles the desk's and the admin's sign-in forms (the API's sign-ins throttle through
    `api.throttling`, on the same counts)."""

    SIGN_IN_VIEWS = {"login", "admin:login"}

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match.view_name not in self.SIGN_IN_VIEWS:
            return None
        wait = login_attempt_wait(request, request.POST.get("username", ""))
        if wait is None:
            return None
        response = HttpResponse(
            _("Too many sign-in attempts from this address or for this username; try again in a minute."),
            status=429,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(math.ceil(wait))
        return response
