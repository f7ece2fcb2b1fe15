"""Deployment checks of our own, run by `manage.py check --deploy` (registered by api.apps)."""

from django.conf import settings
from django.core.checks import Warning


def shared_cache(app_configs, **kwargs):
    """Sign-in throttles count in the cache: a per-process cache multiplies every limit by the
    number of gunicorn workers."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            Warning(
                "The cache is local to each process, so every worker keeps its own sign-in counts.",
                hint="Set REDIS_CACHE_URL (e.g. redis://127.0.0.1:6379/1) so all processes share them.",
                id="factcheck.W001",
            )
        ]
    return []
