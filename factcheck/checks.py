"""Deployment checks of our own, run by `manage.py check --deploy`."""

import ipaddress

from django.conf import settings
from django.core import checks

LOCAL_HOST_NAMES = {"localhost", "testserver"}


def is_public_host(host: str) -> bool:
    """Whether an ALLOWED_HOSTS entry lets the site answer under a name or address others can reach."""
    host = host.strip().lstrip(".").lower()
    if host in LOCAL_HOST_NAMES or host.endswith(".localhost"):
        return False
    try:
        return ipaddress.ip_address(host.strip("[]")).is_global
    except ValueError:
        return True  # a domain name, or "*"


@checks.register(checks.Tags.security, deploy=True)
def debug_not_from_env_file(app_configs, **kwargs):
    """DEBUG=1 in the development .env must never reach a public site: set it in the environment."""
    public_hosts = [host for host in settings.ALLOWED_HOSTS if is_public_host(host)]
    if settings.DEBUG and "DEBUG" in settings.ENV_FILE_NAMES and public_hosts:
        return [
            checks.Error(
                f"DEBUG is on because {settings.ENV_FILE} says so, while ALLOWED_HOSTS serves "
                f"{', '.join(public_hosts)}.",
                hint="That file is for development on this machine only: remove it (or its DEBUG line) and set "
                "DEBUG=0 in the environment of the service.",
                id="factcheck.E001",
            )
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """Sign-in throttles count in the cache: a per-process cache multiplies every limit by the
    number of gunicorn workers."""
    backend = settings.CACHES["default"]["BACKEND"]
    if backend.endswith(("LocMemCache", "DummyCache")):
        return [
            checks.Warning(
                "The cache is local to each process, so every worker keeps its own sign-in counts.",
                hint="Set REDIS_CACHE_URL (e.g. redis://127.0.0.1:6379/1) so all processes share them.",
                id="factcheck.W001",
            )
        ]
    return []


@checks.register(checks.Tags.security, deploy=True)
def fetch_allows_local_hosts(app_configs, **kwargs):
    """FACTCHECK_FETCH_ALLOW_HOSTS opens the fetcher to this machine's network: tests and demos only."""
    if settings.FACTCHECK_FETCH_ALLOW_HOSTS and not settings.DEBUG:
        return [
            checks.Warning(
                "FACTCHECK_FETCH_ALLOW_HOSTS lets fetches reach local or private addresses of "
                f"{', '.join(settings.FACTCHECK_FETCH_ALLOW_HOSTS)}.",
                hint="It is meant for tests and demos: leave it empty on a production site, so a submitted "
                "URL or a feed can never reach this machine or its network.",
                id="factcheck.W002",
            )
        ]
    return []
