"""Health endpoints for load balancers and orchestrators.

/health/live answers as long as the process does; /health/ready says whether it can serve:
the database, Redis (the broker and the shared cache, when configured) and the media storage
reachable, each with the time it took. Public, so they name what failed but never how."""

import time
from collections.abc import Callable

import redis
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache

PROBE_NAME = "health/probe.txt"
TIMEOUT_SECONDS = 2


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _redis(url: str) -> Callable[[], None]:
    def ping() -> None:
        client = redis.Redis.from_url(url, socket_connect_timeout=TIMEOUT_SECONDS, socket_timeout=TIMEOUT_SECONDS)
        try:
            client.ping()
        finally:
            client.close()

    return ping


def _storage() -> None:
    # Write and delete a few bytes: a read-only mount, a full disk or a bad key fails here, not on an upload.
    default_storage.delete(default_storage.save(PROBE_NAME, ContentFile(b"ok")))


def _timed(check: Callable[[], None]) -> dict:
    started = time.perf_counter()
    try:
        check()
    except Exception as error:  # any failure means not ready; its kind is the report
        outcome = {"ok": False, "error": type(error).__name__}
    else:
        outcome = {"ok": True}
    return {**outcome, "ms": round((time.perf_counter() - started) * 1000, 1)}


def readiness_checks() -> dict[str, Callable[[], None]]:
    checks = {"database": _database}
    if settings.CELERY_BROKER_URL.startswith(("redis://", "rediss://")):
        checks["redis_broker"] = _redis(settings.CELERY_BROKER_URL)
    cache = settings.CACHES["default"]
    if cache["BACKEND"].endswith("RedisCache"):
        checks["redis_cache"] = _redis(cache["LOCATION"])
    checks["storage"] = _storage
    return checks


@never_cache
def live(request):
    return JsonResponse({"status": "ok"})


@never_cache
def ready(request):
    results = {name: _timed(check) for name, check in readiness_checks().items()}
    healthy = all(result["ok"] for result in results.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", "checks": results}, status=200 if healthy else 503
    )
