"""Monitoring's faults with a real broker (a private redis-server), real worker processes, a real
article server on 127.0.0.1 and PostgreSQL: a worker killed in the middle of an item, and Redis down
while a feed is polled. Nothing is lost and nothing is duplicated."""

# ruff: noqa: F811  (the fixtures imported below are named again as test arguments)
import signal

import pytest
from celery.contrib.testing.worker import start_worker
from django.utils import timezone

from claims.models import Document
from factcheck.celery import app
from ingest import flow
from monitoring.models import FeedItem, Lead
from tests.intake.conftest import Reply, fake_dns, local_server, stay_on_loopback  # noqa: F401 (fixtures)
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for
from tests.integration.test_worker_killed import start_worker_process, stop
from tests.monitoring.conftest import article_html, make_feed, rss, serve_article, serve_feed  # noqa: F401

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]


@pytest.fixture(autouse=True)
def monitoring_settings(settings):
    settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS = 0
    settings.FACTCHECK_FEED_TIMEOUT_SECONDS = 30


def one_document_each(urls) -> None:
    """Every article is one document (none lost, none twice), extracted, with one set of leads."""
    items = FeedItem.objects.order_by("pk")
    assert sorted(items.values_list("url", flat=True)) == sorted(urls)
    assert set(items.values_list("state", flat=True)) == {FeedItem.State.DONE}
    assert Document.objects.count() == len(urls)
    assert set(Document.objects.values_list("extraction_state", flat=True)) == {Document.ExtractionState.DONE}
    assert Lead.objects.values("document").distinct().count() == len(urls)
    assert Lead.objects.count() == Lead.objects.values("document", "start", "end").distinct().count()


@pytest.mark.django_db(transaction=True)
def test_a_worker_killed_while_reading_an_item_leaves_it_to_the_next_once_its_lease_expires(
    private_redis,
    local_server,
    make_feed,
    tmp_path,
):
    url = local_server.url("/s/1")
    replies = iter([Reply(body=article_html(1), headers={"Content-Type": "text/html"}, delay=20)])
    local_server.routes["/s/1"] = lambda: next(
        replies, Reply(body=article_html(1), headers={"Content-Type": "text/html"})
    )
    feed = make_feed(serve_feed(local_server, "/rss", rss([url])))
    log_path = tmp_path / "workers.log"
    environment = {
        "FACTCHECK_FETCH_ALLOW_HOSTS": local_server.host,
        "FACTCHECK_FEED_HOST_INTERVAL_SECONDS": "0",
        "EXTRACTION_STARTED_FILE": str(tmp_path / "extraction-started"),
    }

    with celery_broker(private_redis.url):
        assert len(flow.feed_poll(feed.pk)) == 1  # the item's task goes to Redis

    first = start_worker_process(private_redis.url, log_path, "archiving,extraction", **environment)
    try:
        fetching = lambda: any(r["path"] == "/s/1" for r in local_server.requests)  # noqa: E731
        assert wait_for(fetching, timeout=30), log_path.read_text()
    finally:
        stop(first, signal.SIGKILL)

    item = FeedItem.objects.get()
    assert item.state == FeedItem.State.PENDING and item.lease_until is not None
    assert not Document.objects.exists()

    # The dead run's lease runs out (LEASE_SECONDS later); Redis hands the unacknowledged task out again.
    FeedItem.objects.update(lease_until=timezone.now())
    second = start_worker_process(
        private_redis.url, log_path, "archiving,extraction", VISIBILITY_TIMEOUT="2", **environment
    )
    try:

        def read_and_extracted():
            return Document.objects.filter(extraction_state=Document.ExtractionState.DONE).exists()

        assert wait_for(read_and_extracted, timeout=60, interval=0.25), log_path.read_text()
    finally:
        stop(second)

    one_document_each([url])
    assert flow.item_services.items_to_requeue() == []


@pytest.mark.django_db(transaction=True)
def test_items_found_while_redis_is_down_are_sent_by_the_sweep_once_it_is_back(
    private_redis,
    local_server,
    make_feed,
    settings,
):
    urls = [serve_article(local_server, f"/s/{n}", n) for n in range(3)]
    feed = make_feed(serve_feed(local_server, "/rss", rss(urls)))

    with celery_broker(private_redis.url):
        private_redis.stop()
        assert flow.feeds_poll_due() == [feed.pk], "the beat's sweep survives the outage"
        new_items = flow.feed_poll(feed.pk)  # a poll already running when Redis went away

        assert len(new_items) == 3
        assert list(FeedItem.objects.values_list("state", "queued_at")) == [(FeedItem.State.PENDING, None)] * 3
        assert not Document.objects.exists()

        private_redis.start()
        assert flow.feeds_poll_due() == [], "the feed was polled: not due again"
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):

            def all_extracted():
                done = Document.objects.filter(extraction_state=Document.ExtractionState.DONE).count()
                return done == 3

            assert wait_for(all_extracted, timeout=60, interval=0.25)

    one_document_each(urls)
    assert sum(1 for r in local_server.requests if r["path"].startswith("/s/")) == 3
