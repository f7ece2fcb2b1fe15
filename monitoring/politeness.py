"""Fetching as a polite robot: robots.txt obeyed, at most one request a second per host (across
every worker: the slot is a row), and leases so two processes never work on one row at once."""

import time
import uuid
from datetime import timedelta
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from factcheck import fetch
from monitoring.models import HostSlot

ROBOTS_MAX_BYTES = 512 * 1024
ROBOTS_CACHE_SECONDS = 3600


class DisallowedByRobots(Exception):
    """The site's robots.txt forbids fetching this address: never retried."""


class HostBusy(Exception):
    """The host's next free moment is further away than the caller would wait: it is reserved for the
    caller, who comes back then (with `slot_at=moment`) instead of holding a worker asleep."""

    def __init__(self, moment):
        super().__init__(f"the host is busy until {moment.isoformat()}")
        self.moment = moment


def polite_fetch(url: str, *, max_bytes: int, slot_at=None, longest_wait: float | None = None, **conditions):
    """fetch.fetch after robots.txt allowed it and the host's slot came; `conditions` are fetch's
    etag, last_modified and accept. With `longest_wait`, a slot further away raises HostBusy; `slot_at`
    is a moment reserved by an earlier HostBusy, waited for without reserving another."""
    if not robots_allow(url):
        raise DisallowedByRobots(
            _("robots.txt of %(host)s does not allow fetching %(url)s") % {"host": urlsplit(url).netloc, "url": url}
        )
    moment = slot_at or reserve_host_slot(url)
    delay = (moment - timezone.now()).total_seconds()
    if slot_at is None and longest_wait is not None and delay > longest_wait:
        raise HostBusy(moment)
    if delay > 0:
        time.sleep(delay)
    timeout = settings.FACTCHECK_FEED_TIMEOUT_SECONDS
    return fetch.fetch(url, max_bytes=max_bytes, connect_timeout=min(5, timeout), read_timeout=timeout, **conditions)


def robots_allow(url: str) -> bool:
    parts = urlsplit(url)
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    key = f"monitoring:robots:{origin}"
    rules = cache.get(key)
    if rules is None:
        rules = _robots_text(origin)
        cache.set(key, rules, ROBOTS_CACHE_SECONDS)
    parser = RobotFileParser()
    parser.parse(rules.splitlines())
    return parser.can_fetch(settings.FACTCHECK_FETCH_USER_AGENT, url)


def _robots_text(origin: str) -> str:
    wait_for_host_slot(origin)
    timeout = settings.FACTCHECK_FEED_TIMEOUT_SECONDS
    try:
        page = fetch.fetch(f"{origin}/robots.txt", max_bytes=ROBOTS_MAX_BYTES, read_timeout=timeout)
    except fetch.FetchFailed as error:
        if error.transient:
            raise  # 5xx or unreachable: the site may be down; ask again later rather than guess
        return ""  # no robots.txt (404 and the like): everything is allowed
    except fetch.FetchRefused:
        return ""  # too large or redirected away: read as no rules, the page fetch is checked on its own
    return page.body.decode("utf-8", "replace")


def host_of(url: str) -> str:
    return (urlsplit(url).netloc or "").lower()


def reserve_host_slot(url: str):
    """The host's next free moment, reserved (a row lock keeps workers in line): now, or later."""
    interval = settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS
    now = timezone.now()
    if interval <= 0:
        return now
    host = host_of(url)
    with transaction.atomic():
        HostSlot.objects.bulk_create([HostSlot(host=host, next_request_at=now)], ignore_conflicts=True)
        slot = HostSlot.objects.select_for_update().get(host=host)
        moment = max(now, slot.next_request_at)
        slot.next_request_at = moment + timedelta(seconds=interval)
        slot.save(update_fields=["next_request_at"])
    return moment


def wait_for_host_slot(url: str) -> None:
    """Reserve the host's next free moment, then sleep until it."""
    delay = (reserve_host_slot(url) - timezone.now()).total_seconds()
    if delay > 0:
        time.sleep(delay)


def take_lease(model, pk: int, seconds: float, *, extra=None) -> str | None:
    """Hold the row for `seconds` unless another holder's lease is still running; the token, or None."""
    now = timezone.now()
    token = str(uuid.uuid4())
    free = Q(lease_until__isnull=True) | Q(lease_until__lt=now)
    taken = (
        model.objects.filter(pk=pk)
        .filter(free, **(extra or {}))
        .update(lease_until=now + timedelta(seconds=seconds), lease_token=token)
    )
    return token if taken else None


def release_lease(model, pk: int, token: str) -> None:
    model.objects.filter(pk=pk, lease_token=token).update(lease_until=None, lease_token="")
