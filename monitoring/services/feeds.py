"""Writes about feeds: registering and resuming them, and polling one (under its lease)."""

import logging
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles
from claims.addresses import url_key
from factcheck import fetch
from factcheck.errors import NotAllowed, Refused
from factcheck.limits import URL_MAX_LENGTH
from monitoring import canonical, parsing, politeness
from monitoring.models import Feed, FeedItem, PushSubscription, Topic

logger = logging.getLogger(__name__)

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
MAX_BACKOFF = timedelta(hours=24)


def feed_create(*, actor, url: str, language: str, source=None, topics=(), poll_minutes: int = 15) -> Feed:
    """An editor registers a feed; it is polled at once by the next beat."""
    if not roles.can_manage_feeds(actor):
        raise NotAllowed([_("only an editor can register a feed")])
    url = url.strip()
    problems = []
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).hostname:
        problems.append(_("a feed's address must be an http or https address"))
    if len(url) > URL_MAX_LENGTH:
        problems.append(_("the address is longer than %(limit)d characters") % {"limit": URL_MAX_LENGTH})
    if language not in dict(settings.LANGUAGES):
        problems.append(_("unknown language “%(language)s”") % {"language": language})
    if not 1 <= poll_minutes <= 24 * 60:
        problems.append(_("a feed is polled between every minute and once a day"))
    if not problems and Feed.objects.filter(url=url).exists():
        problems.append(_("this feed is already watched"))
    if problems:
        raise Refused(problems)
    with transaction.atomic():
        feed = Feed.objects.create(
            url=url, language=language, source=source, poll_minutes=poll_minutes, created_by=actor
        )
        feed.topics.set([Topic.objects.get_or_create(name=name.strip())[0] for name in topics if name.strip()])
    return feed


def feed_resume(feed: Feed, *, actor) -> Feed:
    """An editor resumes a paused feed: it is polled again at the next beat, its failures forgotten, and
    its hub (if it names one) asked again to push."""
    if not roles.can_manage_feeds(actor):
        raise NotAllowed([_("only an editor can resume a feed")])
    Feed.objects.filter(pk=feed.pk).update(paused_reason="", consecutive_failures=0, next_poll_at=None)
    PushSubscription.objects.filter(feed=feed).update(next_request_at=timezone.now(), attempts=0)
    feed.refresh_from_db()
    return feed


def active_feed_ids(*, only: int | None = None) -> list[int]:
    """Every feed that is not paused (or just `only`, if it is not), to poll now, due or not."""
    feeds = Feed.objects.filter(paused_reason="")
    if only is not None:
        feeds = feeds.filter(pk=only)
    return list(feeds.order_by("pk").values_list("pk", flat=True))


def due_feed_ids(now=None) -> list[int]:
    now = now or timezone.now()
    return list(
        Feed.objects.filter(paused_reason="")
        .filter(Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now))
        .filter(Q(lease_until__isnull=True) | Q(lease_until__lt=now))
        .values_list("pk", flat=True)
    )


@dataclass(frozen=True)
class PollResult:
    new_item_ids: list[int]
    not_modified: bool = False
    error: str = ""
    # Read from the feed's answer (not from a 304): its WebSub hub ("" when it names none) and topic.
    advertised: tuple[str, str] | None = None


def feed_poll(feed_id: int) -> PollResult | None:
    """Fetch the feed (conditionally) and record its new entries as pending items; None when another
    process holds its lease or it is paused. Failures back off and, repeated, pause the feed."""
    lease_seconds = settings.FACTCHECK_FEED_TIMEOUT_SECONDS * 4 + 60
    token = politeness.take_lease(Feed, feed_id, lease_seconds, extra={"paused_reason": ""})
    if token is None:
        return None
    try:
        feed = Feed.objects.get(pk=feed_id)
        try:
            page = politeness.polite_fetch(
                feed.url,
                max_bytes=settings.FACTCHECK_FEED_MAX_BYTES,
                etag=feed.etag,
                last_modified=feed.last_modified,
                accept=FEED_ACCEPT,
            )
            parsed = None if page.not_modified else parsing.parse_feed(page.body, page.content_type)
        except (fetch.FetchFailed, parsing.UnreadableFeed) as error:
            return _poll_failed(feed, str(error), permanent=False)
        except (fetch.FetchRefused, politeness.DisallowedByRobots) as error:
            return _poll_failed(feed, str(error), permanent=True)
        with transaction.atomic():
            new_ids = record_entries(feed, parsed.entries) if parsed else []
            now = timezone.now()
            changes = {
                "last_polled_at": now,
                "last_success_at": now,
                "next_poll_at": now + timedelta(minutes=feed.poll_minutes),
                "consecutive_failures": 0,
                "last_error": "",
            }
            if parsed:
                changes |= {"etag": page.etag[:300], "last_modified": page.last_modified[:100], "kind": parsed.kind}
                changes["title"] = feed.title or parsed.title[:300]
            Feed.objects.filter(pk=feed_id).update(**changes)
        return PollResult(new_item_ids=new_ids, not_modified=page.not_modified, advertised=_hub(page, parsed))
    finally:
        politeness.release_lease(Feed, feed_id, token)


def _hub(page: fetch.FetchedPage, parsed: parsing.ParsedFeed | None) -> tuple[str, str] | None:
    """(hub, topic) the answer names: in its Link header first, as WebSub says, else in the feed; the
    topic is its rel="self", else the address fetched."""
    if parsed is None:
        return None
    hub, topic = parsing.header_links(page.headers.get("link", ""))
    hub = hub or parsed.hub
    if not hub:
        return "", ""
    return hub, topic or parsed.topic or page.final_url


def record_entries(feed: Feed, entries: list[parsing.Entry]) -> list[int]:
    """New entries (of a poll or a push) become pending items; an entry seen before (republished, or
    still listed) is skipped. The new items."""
    by_key = {entry.key: entry for entry in entries}
    known = set(FeedItem.objects.filter(feed=feed, entry_key__in=by_key).values_list("entry_key", flat=True))
    fresh = [entry for key, entry in by_key.items() if key not in known]
    FeedItem.objects.bulk_create(
        [
            FeedItem(
                feed=feed,
                entry_key=entry.key,
                url=entry.url,
                url_key=url_key(canonical.clean_url(entry.url)),
                title=entry.title,
                published_at=entry.published_at,
            )
            for entry in fresh
        ],
        ignore_conflicts=True,
    )
    return list(
        FeedItem.objects.filter(feed=feed, entry_key__in=[entry.key for entry in fresh])
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _poll_failed(feed: Feed, error: str, *, permanent: bool) -> PollResult:
    failures = feed.consecutive_failures + 1
    now = timezone.now()
    backoff = min(timedelta(minutes=feed.poll_minutes) * 2**failures, MAX_BACKOFF)
    changes = {
        "last_polled_at": now,
        "consecutive_failures": failures,
        "last_error": error[:2000],
        "next_poll_at": now + backoff,
    }
    if permanent:
        changes["paused_reason"] = (_("Paused, since retrying cannot help: %(error)s") % {"error": error})[:2000]
    elif failures >= settings.FACTCHECK_FEED_MAX_FAILURES:
        changes["paused_reason"] = (
            _("Paused after %(count)d failures in a row: %(error)s") % {"count": failures, "error": error}
        )[:2000]
    Feed.objects.filter(pk=feed.pk).update(**changes)
    logger.info("Polling feed %s failed (%d in a row): %s", feed.pk, failures, error)
    return PollResult(new_item_ids=[], error=error)
