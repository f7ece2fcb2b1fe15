"""Writes about WebSub (W3C, https://www.w3.org/TR/websub/): a feed that names a hub is pushed to us.

A poll that finds a hub records it (`subscription_discovered`); we ask the hub to push
(`subscription_request`, through the safe fetcher); the hub checks that we asked with a GET to our
callback (`subscription_verify`), then POSTs each new version of the feed there, signed with the
feed's secret (`push_receive`). A signed push is stored and read by a worker into items as a poll's
answer is (`push_take`). Polling goes on beside it, on the feed's interval: a lost push costs only
latency. The beat renews each lease before it ends and lets go of the subscriptions of paused and
deleted feeds (`subscriptions_due`).
"""

import hmac
import logging
import secrets
import time
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from factcheck import fetch
from monitoring import parsing
from monitoring.models import Feed, FeedPush, PushSubscription
from monitoring.services import feeds as feed_services

logger = logging.getLogger(__name__)

SUBSCRIBE = PushSubscription.Mode.SUBSCRIBE
UNSUBSCRIBE = PushSubscription.Mode.UNSUBSCRIBE
# A hub that has not verified our request within this wait is asked again.
VERIFY_WAIT = timedelta(minutes=10)
# A request sent this recently is not sent again (the sweep and a poll's discovery may both ask).
ASKED_RECENTLY = timedelta(minutes=1)
MAX_BACKOFF = timedelta(hours=24)
# A hub that denied us (or ended the subscription) is asked again after this.
DENIED_WAIT = timedelta(days=1)
# The lease is renewed when this share of it has run.
RENEW_AFTER_SHARE = 0.8
SHORTEST_LEASE_SECONDS = 60
LONGEST_LEASE_SECONDS = 365 * 24 * 3600
HUB_ANSWER_MAX_BYTES = 64 * 1024
# A push not read after this long lost its task: the sweep queues it again.
STALE_PUSH = timedelta(minutes=5)
SIGNATURE_METHODS = frozenset({"sha1", "sha256", "sha384", "sha512"})


class HubUnavailable(Exception):
    """The hub could not be reached, or answered that it is busy or broken: asking again may help."""


def push_configured() -> bool:
    """Hubs can reach us only at a public address: without FACTCHECK_PUBLIC_URL every feed is polled."""
    return bool(settings.FACTCHECK_PUBLIC_URL)


def callback_url(subscription: PushSubscription) -> str:
    path = reverse("websub-callback", kwargs={"token": subscription.token})
    return settings.FACTCHECK_PUBLIC_URL.rstrip("/") + path


def subscription_discovered(feed_id: int, *, hub: str, topic: str) -> PushSubscription | None:
    """Record the hub a poll found in the feed (none: the feed stopped naming one). The subscription
    to ask for now, if any: a feed that moved to another hub lets go of the old one (the sweep
    unsubscribes it) and starts a new subscription, with a callback and a secret of its own."""
    now = timezone.now()
    with transaction.atomic():
        feed = Feed.objects.select_for_update().get(pk=feed_id)
        current = PushSubscription.objects.filter(feed=feed).first()
        if current and (current.hub, current.topic) == (hub, topic):
            return None  # known: the beat renews it
        if current:
            PushSubscription.objects.filter(pk=current.pk).update(feed=None)
        if not hub:
            return None
        subscription = PushSubscription.objects.create(
            feed=feed,
            hub=hub,
            topic=topic,
            token=secrets.token_urlsafe(32),
            secret=secrets.token_hex(32),
            next_request_at=now,
        )
    return subscription if push_configured() else None


def subscription_request(subscription_id: int) -> str:
    """Ask the hub for what the subscription needs now: to subscribe (or renew) while its feed is
    watched, else to unsubscribe while the hub still pushes. The mode asked, or "" when nothing was.
    Raises HubUnavailable when asking again later may help (the failure is recorded first)."""
    now = timezone.now()
    with transaction.atomic():
        subscription = (
            PushSubscription.objects.select_for_update(of=("self",))
            .select_related("feed")
            .filter(pk=subscription_id)
            .first()
        )
        mode = _mode_needed(subscription, now) if subscription else ""
        if not mode or _asked_lately(subscription, mode, now):
            return ""
        if mode == SUBSCRIBE and not _hub_is_private(subscription.hub):
            insecure = _(
                "the hub is not on https: the feed's secret would travel in clear, and its pushes could be forged"
            )
            _request_failed(subscription, insecure, transient=False)
            return ""
        # Committed before the request leaves: the hub may verify before it answers.
        subscription.pending, subscription.requested_at = mode, now
        subscription.next_request_at = now + VERIFY_WAIT
        subscription.save(update_fields=["pending", "requested_at", "next_request_at"])
    fields = {"hub.mode": mode, "hub.topic": subscription.topic, "hub.callback": callback_url(subscription)}
    if mode == SUBSCRIBE:
        fields |= {"hub.secret": subscription.secret, "hub.lease_seconds": str(settings.FACTCHECK_WEBSUB_LEASE_SECONDS)}
    timeout = settings.FACTCHECK_FEED_TIMEOUT_SECONDS
    try:
        fetch.post_form(
            subscription.hub,
            fields,
            max_bytes=HUB_ANSWER_MAX_BYTES,
            connect_timeout=min(5, timeout),
            read_timeout=timeout,
        )
    except fetch.FetchFailed as error:
        _request_failed(subscription, str(error), transient=error.transient)
        if error.transient:
            raise HubUnavailable(str(error)) from error
        return ""
    except fetch.FetchRefused as error:
        _request_failed(subscription, str(error), transient=False)
        return ""
    PushSubscription.objects.filter(pk=subscription.pk).update(attempts=0, last_error="")
    return mode


def _hub_is_private(hub: str) -> bool:
    """Whether the hub is reached over https (or is a local host named in FACTCHECK_FETCH_ALLOW_HOSTS, for
    tests and demos): the only way the secret we give it stays between us."""
    parts = urlsplit(hub)
    try:
        port = parts.port or 80
    except ValueError:
        return False
    return parts.scheme == "https" or fetch.is_allowed_local_host(parts.hostname or "", port)


def _asked_lately(subscription: PushSubscription, mode: str, now) -> bool:
    requested = subscription.requested_at
    return subscription.pending == mode and requested is not None and requested > now - ASKED_RECENTLY


def _wanted(subscription: PushSubscription) -> bool:
    return subscription.feed is not None and not subscription.feed.paused


def _mode_needed(subscription: PushSubscription, now) -> str:
    if not push_configured():
        return ""
    if _wanted(subscription):
        return SUBSCRIBE
    if subscription.subscribed_until and subscription.subscribed_until > now:
        return UNSUBSCRIBE
    return ""


def _request_failed(subscription: PushSubscription, error: str, *, transient: bool) -> None:
    """A passing failure is asked again later, backing off; a refusal waits for the feed to change hub
    or to be resumed."""
    attempts = subscription.attempts + 1
    retry_at = timezone.now() + min(timedelta(minutes=2**attempts), MAX_BACKOFF) if transient else None
    message = _("The hub could not be asked: %(error)s") % {"error": error}
    PushSubscription.objects.filter(pk=subscription.pk).update(
        attempts=attempts, last_error=message[:2000], requested_at=None, next_request_at=retry_at
    )
    logger.info(
        "Asking hub %s about %s failed (%d in a row): %s", subscription.hub, subscription.topic, attempts, error
    )


def subscription_verify(token: str, *, mode: str, topic: str, lease_seconds: str = "", reason: str = "") -> bool:
    """The hub's GET: True (its challenge is answered) only for the (un)subscription of this topic
    that we asked and wait for, or for its word that it denied us (recorded)."""
    now = timezone.now()
    with transaction.atomic():
        subscription = (
            PushSubscription.objects.select_for_update(of=("self",)).select_related("feed").filter(token=token).first()
        )
        if subscription is None or topic != subscription.topic:
            return False
        if mode == "denied":
            message = _("The hub refused the subscription: %(reason)s") % {"reason": reason or _("no reason given")}
            PushSubscription.objects.filter(pk=subscription.pk).update(
                pending="", requested_at=None, subscribed_until=None, last_error=message[:2000],
                next_request_at=now + DENIED_WAIT,
            )  # fmt: skip
            return True
        if mode not in (SUBSCRIBE, UNSUBSCRIBE) or mode != subscription.pending:
            return False
        if mode == UNSUBSCRIBE:
            if _wanted(subscription):
                return False  # resumed since we asked: the beat asks the hub to push again
            if subscription.feed_id is None:
                subscription.delete()  # its feed is gone: nothing is left to show
            else:
                PushSubscription.objects.filter(pk=subscription.pk).update(
                    pending="", requested_at=None, subscribed_until=None, next_request_at=None
                )
            return True
        if not _wanted(subscription):
            return False
        lease = _lease(lease_seconds)
        PushSubscription.objects.filter(pk=subscription.pk).update(
            pending="", requested_at=None, subscribed_until=now + timedelta(seconds=lease),
            next_request_at=now + timedelta(seconds=lease * RENEW_AFTER_SHARE), attempts=0, last_error="",
        )  # fmt: skip
    return True


def _lease(lease_seconds: str) -> int:
    """The lease the hub granted (it must say; one that does not gets the lease we asked for)."""
    try:
        lease = int(lease_seconds)
    except (TypeError, ValueError):
        lease = settings.FACTCHECK_WEBSUB_LEASE_SECONDS
    return min(max(lease, SHORTEST_LEASE_SECONDS), LONGEST_LEASE_SECONDS)


class Push:
    """What became of a pushed body (the callback answers accordingly)."""

    STORED = "stored"  # signed by the hub: queued to be read
    IGNORED = "ignored"  # unsigned or forged: nothing changes (the hub is still told 2xx, as the spec says)
    UNKNOWN = "unknown"  # no subscription has this callback
    GONE = "gone"  # the feed is no longer watched, or not subscribed: the hub should stop
    TOO_MANY = "too_many"  # over the feed's pushes a minute: the hub sends it again later


def push_receive(token: str, body: bytes, *, content_type: str, signature: str) -> tuple[str, int | None]:
    """Store a pushed body whose signature proves it came from the hub: (Push outcome, push id)."""
    subscription = PushSubscription.objects.select_related("feed").filter(token=token).first()
    if subscription is None:
        return Push.UNKNOWN, None
    if not _wanted(subscription) or subscription.subscribed_until is None:
        return Push.GONE, None
    if not signature_valid(subscription.secret, body, signature):
        logger.warning(
            "A push to feed %s was ignored: its signature is %s",
            subscription.feed_id,
            "wrong" if signature else "missing",
        )
        return Push.IGNORED, None
    # Only signed pushes count: a forger costs us one HMAC, and cannot use up the hub's allowance.
    if not _push_allowed(subscription.pk):
        return Push.TOO_MANY, None
    with transaction.atomic():
        push = FeedPush.objects.create(feed_id=subscription.feed_id, body=body, content_type=content_type[:200])
        PushSubscription.objects.filter(pk=subscription.pk).update(last_push_at=push.received_at)
    return Push.STORED, push.pk


def signature_valid(secret: str, body: bytes, signature: str) -> bool:
    """X-Hub-Signature is "method=hex digest", an HMAC of the body keyed with our secret; compared in
    constant time."""
    method, _sep, digest = (signature or "").strip().partition("=")
    method = method.strip().lower()
    if method not in SIGNATURE_METHODS or not digest:
        return False
    expected = hmac.new(secret.encode(), body, method).hexdigest()
    return hmac.compare_digest(expected.encode(), digest.strip().lower().encode("utf-8", "replace"))


def _push_allowed(subscription_id: int) -> bool:
    """At most FACTCHECK_WEBSUB_PUSHES_PER_MINUTE pushes a minute per feed (counted in the cache)."""
    key = f"monitoring:websub:pushes:{subscription_id}:{int(time.time() // 60)}"
    cache.add(key, 0, timeout=120)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between the two calls
        count = 1
    return count <= settings.FACTCHECK_WEBSUB_PUSHES_PER_MINUTE


def push_take(push_id: int) -> list[int]:
    """Read a stored push as a poll's answer is read: its new entries become pending items (an entry
    seen before, by a poll or an earlier push, is skipped), then the push is deleted. The new items."""
    with transaction.atomic():
        pushes = FeedPush.objects.select_for_update(skip_locked=True, of=("self",)).select_related("feed")
        push = pushes.filter(pk=push_id).first()
        if push is None:
            return []  # read already, or being read
        try:
            parsed = parsing.parse_feed(bytes(push.body), push.content_type)
        except parsing.UnreadableFeed as error:
            logger.info("A push to feed %s could not be read: %s", push.feed_id, error)
            new_ids = []
        else:
            new_ids = feed_services.record_entries(push.feed, parsed.entries)
        push.delete()
    return new_ids


def subscriptions_due(now=None) -> list[int]:
    """What the beat asks the hubs about: subscriptions due (new, to renew, to retry), and those still
    live whose feed was paused or deleted (to unsubscribe). Subscriptions of deleted feeds that are no
    longer live are forgotten."""
    if not push_configured():
        return []
    now = now or timezone.now()
    unwatched = Q(feed__isnull=True) | ~Q(feed__paused_reason="")
    PushSubscription.objects.filter(Q(subscribed_until__isnull=True) | Q(subscribed_until__lte=now), feed=None).delete()
    let_go = unwatched & Q(subscribed_until__gt=now)
    asked_lately = Q(pending=UNSUBSCRIBE, requested_at__gt=now - VERIFY_WAIT)
    # A failed request waits out its backoff (a refusal, with no retry time, is not asked again).
    backing_off = Q(attempts__gt=0) & (Q(next_request_at__isnull=True) | Q(next_request_at__gt=now))
    due = Q(next_request_at__lte=now) & ~unwatched
    return list(
        PushSubscription.objects.filter(due | (let_go & ~asked_lately & ~backing_off))
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def pushes_to_requeue() -> list[int]:
    return list(
        FeedPush.objects.filter(received_at__lt=timezone.now() - STALE_PUSH).order_by("pk").values_list("pk", flat=True)
    )
