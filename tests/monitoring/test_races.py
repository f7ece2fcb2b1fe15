"""Two beats, or a task delivered twice, never poll one feed or read one item at once (PostgreSQL:
real concurrent transactions)."""

import threading

import pytest
from django.db import connection

from claims.models import Document
from ingest import flow
from monitoring.models import FeedItem, Lead

from .conftest import Reply, rss, serve_article, serve_feed

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def at_once(count, work):
    barrier = threading.Barrier(count)
    results = [None] * count

    def run(index):
        try:
            barrier.wait()
            results[index] = work()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_four_polls_of_one_feed_at_once_fetch_it_once_and_read_each_article_once(local_server, make_feed, settings):
    settings.FACTCHECK_FEED_TIMEOUT_SECONDS = 5
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(3)]
    feed = make_feed(local_server.url("/rss"))
    # A slow answer keeps the first poll going while the others arrive (a poll that starts after
    # another ended may fetch again: only polls at the same time are one).
    local_server.routes["/rss"] = Reply(body=rss(urls), headers={"Content-Type": "application/rss+xml"}, delay=1)

    new_items = at_once(4, lambda: flow.feed_poll(feed.pk))

    assert sum(1 for r in local_server.requests if r["path"] == "/rss") == 1
    assert sorted(len(ids) for ids in new_items) == [0, 0, 0, 3]
    assert FeedItem.objects.count() == 3
    assert set(FeedItem.objects.values_list("state", flat=True)) == {FeedItem.State.DONE}
    assert Document.objects.count() == 3
    assert all(sum(1 for r in local_server.requests if r["path"] == f"/s/{n}") == 1 for n in range(3))
    assert Lead.objects.count() == Lead.objects.values("document", "start", "end").distinct().count()


def test_one_item_read_by_four_tasks_at_once_is_read_once(local_server, make_feed, settings):
    settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS = 0.05  # the host slot's row lock is exercised too
    url = serve_article(local_server, "/s/1", 1)
    feed = make_feed(serve_feed(local_server, "/rss", rss([url])))
    item = FeedItem.objects.create(feed=feed, entry_key="k", url=url, url_key="k")

    at_once(4, lambda: flow.feed_item_read(item.pk))

    assert sum(1 for r in local_server.requests if r["path"] == "/s/1") == 1
    item.refresh_from_db()
    assert item.state == FeedItem.State.DONE and Document.objects.count() == 1


def test_two_beats_sweeping_at_once_poll_a_due_feed_once(local_server, make_feed, settings, monkeypatch):
    settings.FACTCHECK_FEED_TIMEOUT_SECONDS = 5
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(2)]
    feed = make_feed(local_server.url("/rss"))
    local_server.routes["/rss"] = Reply(body=rss(urls), headers={"Content-Type": "application/rss+xml"}, delay=1)
    due_feed_ids = flow.feed_services.due_feed_ids
    both_read = threading.Barrier(2)

    def due_then_wait_for_the_other_beat():
        # Both sweeps have found the feed due before either polls it, however busy the machine.
        due = due_feed_ids()
        both_read.wait(timeout=30)
        return due

    monkeypatch.setattr(flow.feed_services, "due_feed_ids", due_then_wait_for_the_other_beat)

    # Tasks run in-process here: each beat's sweep polls the due feed itself, at the same moment.
    swept = at_once(2, flow.feeds_poll_due)

    assert swept == [[feed.pk], [feed.pk]], "both beats saw the feed due"
    assert sum(1 for r in local_server.requests if r["path"] == "/rss") == 1
    assert Document.objects.count() == 2 and FeedItem.objects.count() == 2
    assert all(sum(1 for r in local_server.requests if r["path"] == f"/s/{n}") == 1 for n in range(2))
    assert due_feed_ids() == []
