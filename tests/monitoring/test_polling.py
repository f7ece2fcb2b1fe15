"""Feeds polled from real servers on 127.0.0.1: every format, conditional GET, faults survived with
nothing lost and nothing duplicated."""

import json
import time
from io import StringIO

import pytest
from django.core.management import call_command

from claims.models import Claim, Document
from ingest import flow
from monitoring import politeness
from monitoring.models import Feed, FeedItem, Lead

from .conftest import Reply, atom, news_sitemap, rss, serve_article, serve_feed

pytestmark = pytest.mark.django_db


def poll(feed, capture):
    """Poll as the beat's task does, running what it queues after commit (items, then extraction)."""
    with capture(execute=True):
        return flow.feed_poll(feed.pk)


def test_an_rss_feed_gives_one_document_per_item_and_leads_not_tickets(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    urls = [serve_article(local_server, f"/story/{n}", n) for n in range(3)]
    feed = make_feed(serve_feed(local_server, "/rss", rss(urls)), topics=["transport"])

    new_items = poll(feed, django_capture_on_commit_callbacks)

    assert len(new_items) == 3
    assert set(FeedItem.objects.values_list("state", flat=True)) == {FeedItem.State.DONE}
    assert Document.objects.count() == 3
    assert set(Document.objects.values_list("extraction_state", flat=True)) == {Document.ExtractionState.DONE}
    assert Lead.objects.filter(state=Lead.State.OPEN).count() >= 3
    assert Claim.objects.count() == 0, "a lead is no ticket: it waits in no queue and is assigned to no one"
    feed.refresh_from_db()
    assert (feed.kind, feed.title, feed.consecutive_failures) == ("rss", "Harbour Courier", 0)
    assert feed.next_poll_at > feed.last_polled_at


@pytest.mark.parametrize(
    ("build", "content_type", "kind"),
    [(atom, "application/atom+xml", "atom"), (news_sitemap, "application/xml", "sitemap")],
)
def test_atom_feeds_and_news_sitemaps_are_read(
    local_server, make_feed, django_capture_on_commit_callbacks, build, content_type, kind
):
    urls = [serve_article(local_server, f"/a/{n}", n) for n in range(2)]
    feed = make_feed(serve_feed(local_server, "/feed", build(urls), content_type))

    assert len(poll(feed, django_capture_on_commit_callbacks)) == 2

    feed.refresh_from_db()
    assert feed.kind == kind
    assert sorted(FeedItem.objects.values_list("url", flat=True)) == sorted(urls)
    assert Document.objects.count() == 2


def test_a_json_feed_is_read(local_server, make_feed, django_capture_on_commit_callbacks):
    url = serve_article(local_server, "/j/1", 1)
    body = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": [{"id": "1", "url": url}]})
    feed = make_feed(serve_feed(local_server, "/feed.json", body.encode(), "application/feed+json"))

    assert len(poll(feed, django_capture_on_commit_callbacks)) == 1
    feed.refresh_from_db()
    assert feed.kind == "json"


def test_an_unchanged_feed_answers_304_to_the_conditional_get(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    urls = [serve_article(local_server, "/s/1", 1)]
    feed = make_feed(
        serve_feed(local_server, "/rss", rss(urls), ETag='"v1"', **{"Last-Modified": "Fri, 04 Dec 2026 08:00:00 GMT"})
    )
    poll(feed, django_capture_on_commit_callbacks)

    local_server.routes["/rss"] = Reply(status=304)
    assert poll(feed, django_capture_on_commit_callbacks) == []

    conditional = [r for r in local_server.requests if r["path"] == "/rss"][-1]
    assert conditional["if-none-match"] == '"v1"'
    assert conditional["if-modified-since"] == "Fri, 04 Dec 2026 08:00:00 GMT"
    feed.refresh_from_db()
    assert (feed.consecutive_failures, feed.etag) == (0, '"v1"')
    assert FeedItem.objects.count() == 1


def test_a_feed_that_republishes_old_items_adds_only_the_new_one(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    old = [serve_article(local_server, f"/s/{n}", n) for n in range(2)]
    feed = make_feed(serve_feed(local_server, "/rss", rss(old)))
    poll(feed, django_capture_on_commit_callbacks)
    leads_before = Lead.objects.count()

    new = serve_article(local_server, "/s/9", 9)
    serve_feed(local_server, "/rss", rss([new, *old]))  # the old ones again, listed first or last
    assert len(poll(feed, django_capture_on_commit_callbacks)) == 1

    assert FeedItem.objects.count() == 3
    assert Document.objects.count() == 3
    assert Lead.objects.count() > leads_before
    assert sum(1 for r in local_server.requests if r["path"] == "/s/0") == 1, "an old article is never fetched twice"


def test_two_feeds_carrying_one_wire_story_give_one_document_linked_to_both(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    story = serve_article(local_server, "/wire/1", 1)
    tracked = story + "?utm_source=rss&utm_medium=feed#top"
    mirrored = serve_article(local_server, "/mirror/1", 1)  # the same text under another address
    canonicalised = serve_article(local_server, "/amp/1", 1, canonical=story)
    first = make_feed(serve_feed(local_server, "/one", rss([story])))
    second = make_feed(serve_feed(local_server, "/two", rss([tracked, mirrored, canonicalised])))

    poll(first, django_capture_on_commit_callbacks)
    leads = Lead.objects.count()
    poll(second, django_capture_on_commit_callbacks)

    document = Document.objects.get()
    assert set(document.feed_items.values_list("feed", flat=True)) == {first.pk, second.pk}
    assert document.feed_items.count() == 4
    assert Lead.objects.count() == leads, "one story, one set of leads"
    assert sum(1 for r in local_server.requests if r["path"].startswith("/wire/1")) == 1


def test_a_feed_that_times_out_backs_off_and_is_paused_after_repeated_failures(
    local_server, make_feed, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FEED_MAX_FAILURES = 2
    local_server.routes["/slow"] = Reply(body=rss([]), delay=1.5)
    feed = make_feed(local_server.url("/slow"))

    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 1 and not feed.paused
    assert feed.last_error
    assert (feed.next_poll_at - feed.last_polled_at).total_seconds() >= 2 * feed.poll_minutes * 60
    assert feed.pk not in flow.feed_services.due_feed_ids()

    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.paused and "2 failures in a row" in feed.paused_reason
    assert poll(feed, django_capture_on_commit_callbacks) == [], "a paused feed is not polled"

    flow.feed_services.feed_resume(feed, actor=feed.created_by)
    feed.refresh_from_db()
    assert not feed.paused and feed.pk in flow.feed_services.due_feed_ids()


def test_a_feed_that_fails_with_500_then_recovers_loses_nothing(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(2)]
    local_server.routes["/rss"] = Reply(status=500, body=b"oops")
    feed = make_feed(local_server.url("/rss"))
    poll(feed, django_capture_on_commit_callbacks)
    feed.refresh_from_db()
    assert feed.consecutive_failures == 1 and FeedItem.objects.count() == 0

    serve_feed(local_server, "/rss", rss(urls))
    assert len(poll(feed, django_capture_on_commit_callbacks)) == 2
    feed.refresh_from_db()
    assert (feed.consecutive_failures, feed.last_error) == (0, "")
    assert Document.objects.count() == 2


def test_an_article_that_fails_for_a_while_is_read_by_the_sweep_once_it_recovers(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    local_server.routes["/s/1"] = Reply(status=503)
    feed = make_feed(serve_feed(local_server, "/rss", rss([local_server.url("/s/1")])))
    poll(feed, django_capture_on_commit_callbacks)
    item = FeedItem.objects.get()
    assert (item.state, item.attempts, item.queued_at) == (FeedItem.State.PENDING, 1, None)
    assert item.next_attempt_at is not None

    serve_article(local_server, "/s/1", 1)
    FeedItem.objects.update(next_attempt_at=item.created_at)  # its wait is over
    with django_capture_on_commit_callbacks(execute=True):
        flow.feeds_poll_due()

    item.refresh_from_db()
    assert item.state == FeedItem.State.DONE and item.document is not None
    assert Document.objects.count() == 1


def test_a_feed_another_process_is_polling_is_left_alone(local_server, make_feed, django_capture_on_commit_callbacks):
    feed = make_feed(serve_feed(local_server, "/rss", rss([])))
    assert politeness.take_lease(Feed, feed.pk, 60) is not None

    assert poll(feed, django_capture_on_commit_callbacks) == []
    assert feed.pk not in flow.feed_services.due_feed_ids()
    assert not any(r["path"] == "/rss" for r in local_server.requests)


def test_robots_txt_that_forbids_the_feed_pauses_it_with_the_reason(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    local_server.routes["/robots.txt"] = Reply(body=b"User-agent: *\nDisallow: /private/\n")
    feed = make_feed(serve_feed(local_server, "/private/rss", rss([])))

    poll(feed, django_capture_on_commit_callbacks)

    feed.refresh_from_db()
    assert feed.paused and "robots.txt" in feed.paused_reason
    assert not any(r["path"] == "/private/rss" for r in local_server.requests)


def test_an_article_robots_txt_forbids_is_not_fetched(local_server, make_feed, django_capture_on_commit_callbacks):
    local_server.routes["/robots.txt"] = Reply(body=b"User-agent: *\nDisallow: /members/\n")
    url = serve_article(local_server, "/members/1", 1)
    feed = make_feed(serve_feed(local_server, "/rss", rss([url])))

    poll(feed, django_capture_on_commit_callbacks)

    item = FeedItem.objects.get()
    assert item.state == FeedItem.State.FAILED and "robots.txt" in item.error
    assert not any(r["path"] == "/members/1" for r in local_server.requests)


def test_requests_to_one_host_are_spaced_by_the_interval(
    local_server, make_feed, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS = 0.3
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(2)]
    feed = make_feed(serve_feed(local_server, "/rss", rss(urls)))
    started = time.monotonic()

    poll(feed, django_capture_on_commit_callbacks)  # robots.txt, the feed, two articles

    assert len(local_server.requests) == 4
    assert time.monotonic() - started >= 3 * 0.3


def test_poll_feeds_once_reads_a_feed_in_process_and_says_what_it_found(
    local_server, make_feed, settings, django_capture_on_commit_callbacks
):
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(2)]
    feed = make_feed(serve_feed(local_server, "/rss", rss(urls)))
    broken = make_feed(local_server.url("/missing"))
    out = StringIO()

    settings.FACTCHECK_FEED_MAX_FAILURES = 1
    with django_capture_on_commit_callbacks(execute=True):
        call_command("poll_feeds", "--once", "--feed", str(feed.pk), stdout=out)

    assert "1/1 feeds, 2 new items" in out.getvalue()
    assert Lead.objects.filter(document__feed_items__feed=feed).exists()
    assert not any(r["path"] == "/missing" for r in local_server.requests)
    call_command("poll_feeds", "--once", stdout=out)
    assert f"Feed {broken.pk} ({broken.url}) is paused" in out.getvalue()


def test_entries_without_a_usable_address_are_skipped_and_the_rest_read(
    local_server, make_feed, django_capture_on_commit_callbacks
):
    good = serve_article(local_server, "/s/1", 1)
    too_long = local_server.url("/s/" + "x" * 2100)
    feed = make_feed(serve_feed(local_server, "/rss", rss(["javascript:alert(1)", too_long, good])))

    assert len(poll(feed, django_capture_on_commit_callbacks)) == 1
    assert list(FeedItem.objects.values_list("url", flat=True)) == [good]


def test_an_item_whose_host_is_busy_for_long_comes_back_at_its_turn_instead_of_holding_a_worker_asleep(
    local_server, make_feed, settings, monkeypatch
):
    from datetime import timedelta

    from django.core.cache import cache
    from django.utils import timezone

    from claims.addresses import url_key
    from ingest import tasks
    from monitoring.canonical import clean_url
    from monitoring.models import HostSlot

    settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS = 30
    url = serve_article(local_server, "/s/1", 1)
    feed = make_feed(local_server.url("/rss"))
    item = FeedItem.objects.create(feed=feed, entry_key="k", url=url, url_key=url_key(clean_url(url)))
    cache.set(f"monitoring:robots:http://{local_server.host}", "", 60)  # robots.txt already read
    turn = timezone.now() + timedelta(seconds=20)  # another worker just reserved the host's next moments
    HostSlot.objects.create(host=politeness.host_of(url), next_request_at=turn)
    sent = []
    monkeypatch.setattr(tasks.read_feed_item, "apply_async", lambda *args, **kwargs: sent.append((args, kwargs)))

    started = time.monotonic()
    assert flow.feed_item_read(item.pk) is None
    assert time.monotonic() - started < 5, "the worker does not sleep through the host's queue"
    assert sent == [(((item.pk,), {"slot_at": turn.isoformat()}), {"eta": turn})]
    item.refresh_from_db()
    assert (item.state, item.lease_until, item.attempts) == (FeedItem.State.PENDING, None, 0)
    assert not local_server.requests
    assert HostSlot.objects.get().next_request_at == turn + timedelta(seconds=30), "the turn is kept for the item"

    assert flow.feed_item_read(item.pk, slot_at=timezone.now()) is not None  # its turn came
    assert [r["path"] for r in local_server.requests] == ["/s/1"]
    assert HostSlot.objects.get().next_request_at == turn + timedelta(seconds=30), "no second turn taken"
    assert Document.objects.count() == 1
