"""Who is asking, as far as login lock-out is concerned."""

from django.conf import settings


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or behind N trusted proxies the Nth address from
    the right of X-Forwarded-For (entries further left are whatever the client sent)."""
    proxies = settings.FACTCHECK_TRUSTED_PROXY_COUNT
    if proxies > 0:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
