"""WebSub: a feed that names a hub is pushed its new items by a real hub on 127.0.0.1, which verifies our
intent and signs what it pushes to this site (served on loopback); polling goes on beside it."""

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Document
from ingest import flow
from monitoring.models import Feed, FeedItem, FeedPush, Lead, PushSubscription

from .conftest import rss, serve_article, serve_feed
from .websub_hub import sign

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def subscribed(local_server, local_hub, public_site, make_feed):
    """A feed whose first poll found its hub, which verified our subscription (a lease of an hour)."""
    topic = local_server.url("/rss")
    serve_feed(local_server, "/rss", rss([serve_article(local_server, "/s/1", 1)], hub=local_hub.url, topic=topic))
    feed = make_feed(topic)
    flow.feed_poll(feed.pk)
    assert local_hub.verify_last(**{"hub.lease_seconds": "3600"}).status == 200
    return feed


def feed_requests(server) -> int:
    return sum(1 for request in server.requests if request["path"] == "/rss")


def test_a_polled_feed_naming_a_hub_is_subscribed_with_its_own_callback_and_secret(
    local_server, local_hub, public_site, make_feed, settings
):
    topic = local_server.url("/rss")
    serve_feed(local_server, "/rss", rss([], hub=local_hub.url, topic=topic))
    feed = make_feed(topic)

    flow.feed_poll(feed.pk)

    subscription = PushSubscription.objects.get(feed=feed)
    (request,) = local_hub.requests
    assert request["content-type"] == "application/x-www-form-urlencoded"
    assert request["hub.mode"] == "subscribe"
    assert request["hub.topic"] == topic and subscription.hub == local_hub.url
    assert request["hub.callback"] == f"{public_site.url}/websub/{subscription.token}/"
    assert request["hub.secret"] == subscription.secret and len(subscription.secret) == 64
    assert request["hub.lease_seconds"] == str(settings.FACTCHECK_WEBSUB_LEASE_SECONDS)
    assert subscription.pending == PushSubscription.Mode.SUBSCRIBE and subscription.subscribed_until is None

    answer = local_hub.verify(request, **{"hub.lease_seconds": "3600"})

    assert answer.status == 200 and request["hub.callback"] in local_hub.subscribers, "the challenge came back"
    subscription.refresh_from_db()
    assert subscription.pending == ""
    lease_left = (subscription.subscribed_until - timezone.now()).total_seconds()
    assert 3500 < lease_left <= 3600
    assert subscription.next_request_at < subscription.subscribed_until, "renewed before the lease ends"
    feed.refresh_from_db()
    assert feed.pushed


def test_a_pushed_item_becomes_leads_without_waiting_for_a_poll(subscribed, local_server, local_hub):
    new = serve_article(local_server, "/s/2", 2)
    polls = feed_requests(local_server)

    assert local_hub.publish(subscribed.url, rss([new])) == [202]

    item = FeedItem.objects.get(feed=subscribed, url=new)
    assert item.state == FeedItem.State.DONE
    assert Lead.objects.filter(document=item.document).exists()
    assert feed_requests(local_server) == polls, "no poll was needed"
    assert not FeedPush.objects.exists(), "a push read is deleted"
    assert PushSubscription.objects.get(feed=subscribed).last_push_at is not None


def test_a_replayed_push_or_one_of_items_already_polled_adds_nothing(subscribed, local_server, local_hub):
    body = rss([local_server.url("/s/1"), serve_article(local_server, "/s/2", 2)])
    local_hub.publish(subscribed.url, body)
    counts = (FeedItem.objects.count(), Document.objects.count(), Lead.objects.count())

    assert local_hub.publish(subscribed.url, body) == [202]

    assert (FeedItem.objects.count(), Document.objects.count(), Lead.objects.count()) == counts
    assert sum(1 for request in local_server.requests if request["path"] == "/s/2") == 1


@pytest.mark.parametrize(
    "signature",
    ["", "sha256=" + "0" * 64, "sha256", "md5=abc", "sha256=é"],
    ids=["missing", "wrong", "no digest", "unknown method", "not hex"],
)
def test_an_unsigned_or_forged_push_is_acknowledged_and_ignored(subscribed, local_server, local_hub, signature, caplog):
    callback = next(iter(local_hub.subscribers))
    body = rss([serve_article(local_server, "/s/2", 2)])

    # At the logger's own level: a test worker started earlier in this process may have raised the root's.
    with caplog.at_level(logging.WARNING, logger="monitoring.services.websub"):
        assert local_hub.push(callback, body, signature=signature) == 202, "the spec: a 2xx, the content ignored"

    assert not FeedItem.objects.filter(url=local_server.url("/s/2")).exists()
    assert not FeedPush.objects.exists()
    assert "signature is" in caplog.text
    assert not any(request["path"] == "/s/2" for request in local_server.requests)


def test_a_push_signed_with_another_feeds_secret_is_ignored(subscribed, local_server, local_hub):
    callback = next(iter(local_hub.subscribers))
    body = rss([serve_article(local_server, "/s/2", 2)])

    assert local_hub.push(callback, body, signature=sign("another feed's secret", body)) == 202

    assert not FeedItem.objects.filter(url=local_server.url("/s/2")).exists()


def test_a_push_signed_with_sha1_is_accepted_as_the_spec_allows(subscribed, local_server, local_hub):
    callback, (_topic, secret) = next(iter(local_hub.subscribers.items()))
    body = rss([serve_article(local_server, "/s/2", 2)])

    assert local_hub.push(callback, body, signature=sign(secret, body, "sha1")) == 202

    assert FeedItem.objects.filter(url=local_server.url("/s/2"), state=FeedItem.State.DONE).exists()


def test_a_verification_we_did_not_ask_for_is_refused(local_server, local_hub, public_site, make_feed):
    topic = local_server.url("/rss")
    serve_feed(local_server, "/rss", rss([], hub=local_hub.url, topic=topic))
    feed = make_feed(topic)
    flow.feed_poll(feed.pk)
    request = local_hub.requests[-1]

    assert local_hub.verify(request, **{"hub.topic": local_server.url("/other")}).status == 404
    assert local_hub.verify(request, **{"hub.mode": "unsubscribe"}).status == 404
    assert local_hub.verify({**request, "hub.callback": f"{public_site.url}/websub/guessed/"}).status == 404
    assert local_hub.verify(request, **{"hub.challenge": ""}).status == 404
    assert not local_hub.subscribers
    assert PushSubscription.objects.get().subscribed_until is None

    assert local_hub.verify(request).status == 200
    assert local_hub.verify(request).status == 404, "asked once, confirmed once"


def test_a_push_to_an_unknown_callback_is_not_found_and_too_large_a_push_is_refused(
    subscribed, local_hub, public_site, settings
):
    assert local_hub.push(f"{public_site.url}/websub/guessed/", b"<rss/>", signature="sha256=00") == 404
    settings.FACTCHECK_FEED_MAX_BYTES = 100
    callback, (_topic, secret) = next(iter(local_hub.subscribers.items()))
    body = b"x" * 101
    assert local_hub.push(callback, body, signature=sign(secret, body)) == 413
    assert not FeedPush.objects.exists()


def test_pushes_over_the_feeds_allowance_are_refused_until_the_next_minute(
    subscribed, local_server, local_hub, settings
):
    settings.FACTCHECK_WEBSUB_PUSHES_PER_MINUTE = 1
    first, second = (serve_article(local_server, f"/s/{n}", n) for n in (2, 3))

    assert local_hub.publish(subscribed.url, rss([first])) == [202]
    assert local_hub.publish(subscribed.url, rss([second])) == [429]

    assert not FeedItem.objects.filter(url=second).exists(), "the hub sends it again later; a poll finds it anyway"


def test_the_beat_renews_the_lease_before_it_ends(subscribed, local_hub):
    subscription = PushSubscription.objects.get(feed=subscribed)
    assert flow.hubs_ask_due() == [], "not due yet"
    requests = len(local_hub.requests)

    PushSubscription.objects.update(next_request_at=timezone.now() - timedelta(seconds=1))  # its renewal moment
    assert flow.hubs_ask_due() == [subscription.pk]

    assert len(local_hub.requests) == requests + 1
    renewal = local_hub.requests[-1]
    assert (renewal["hub.mode"], renewal["hub.secret"]) == ("subscribe", subscription.secret)
    before = subscription.subscribed_until
    assert local_hub.verify(renewal, **{"hub.lease_seconds": "7200"}).status == 200
    subscription.refresh_from_db()
    assert subscription.subscribed_until > before + timedelta(minutes=50)


@pytest.mark.parametrize("ending", ["paused", "deleted"])
def test_a_paused_or_deleted_feed_is_unsubscribed_and_its_pushes_refused(subscribed, local_server, local_hub, ending):
    callback = next(iter(local_hub.subscribers))
    if ending == "paused":
        Feed.objects.filter(pk=subscribed.pk).update(paused_reason="Paused after 5 failures")
    else:
        subscribed.delete()
    body = rss([serve_article(local_server, "/s/2", 2)])
    assert local_hub.publish(local_server.url("/rss"), body) == [410], "the hub is told to stop"

    flow.hubs_ask_due()

    request = local_hub.requests[-1]
    assert (request["hub.mode"], request["hub.callback"]) == ("unsubscribe", callback)
    assert "hub.secret" not in request
    assert flow.hubs_ask_due() == [], "asked once, not at every beat"
    assert local_hub.verify(request).status == 200
    assert not local_hub.subscribers
    assert PushSubscription.objects.filter(subscribed_until__isnull=False).count() == 0
    assert PushSubscription.objects.count() == (1 if ending == "paused" else 0)
    assert not FeedItem.objects.filter(url=local_server.url("/s/2")).exists()


def test_a_resumed_feed_subscribes_again(subscribed, local_hub):
    Feed.objects.filter(pk=subscribed.pk).update(paused_reason="Paused")
    flow.hubs_ask_due()
    local_hub.verify_last()
    subscribed.refresh_from_db()

    flow.feed_services.feed_resume(subscribed, actor=subscribed.created_by)
    flow.hubs_ask_due()

    assert local_hub.requests[-1]["hub.mode"] == "subscribe"
    assert local_hub.verify_last().status == 200
    subscribed.refresh_from_db()
    assert subscribed.pushed


def test_a_feed_that_moves_to_another_hub_lets_go_of_the_first(subscribed, local_server, local_hub):
    first = PushSubscription.objects.get(feed=subscribed)
    serve_feed(local_server, "/rss", rss([], hub=local_hub.url + "/v2", topic=subscribed.url))

    flow.feed_poll(subscribed.pk)

    second = PushSubscription.objects.get(feed=subscribed)
    assert second.pk != first.pk and second.token != first.token and second.secret != first.secret
    assert local_hub.requests[-1]["hub.callback"].endswith(f"/websub/{second.token}/")
    flow.hubs_ask_due()
    assert local_hub.requests[-1]["hub.mode"] == "unsubscribe"
    assert local_hub.requests[-1]["hub.callback"].endswith(f"/websub/{first.token}/")


def test_a_hub_denial_is_recorded_and_asked_again_later(subscribed, local_hub):
    answer = local_hub.verify_last(**{"hub.mode": "denied", "hub.reason": "over quota"})

    assert answer.status == 200
    subscription = PushSubscription.objects.get(feed=subscribed)
    assert subscription.subscribed_until is None and "over quota" in subscription.last_error
    assert subscription.next_request_at > timezone.now() + timedelta(hours=23)
    subscribed.refresh_from_db()
    assert not subscribed.pushed


def test_a_feed_resumed_before_its_hub_confirms_the_unsubscription_is_not_left_unsubscribed(subscribed, local_hub):
    Feed.objects.filter(pk=subscribed.pk).update(paused_reason="Paused")
    flow.hubs_ask_due()
    unsubscription = local_hub.requests[-1]
    assert unsubscription["hub.mode"] == "unsubscribe"
    subscribed.refresh_from_db()
    flow.feed_services.feed_resume(subscribed, actor=subscribed.created_by)

    # The hub checks the unsubscription we no longer want before the beat asks it to push again.
    local_hub.verify(unsubscription)

    flow.hubs_ask_due()
    assert local_hub.requests[-1]["hub.mode"] == "subscribe"
    assert local_hub.verify_last().status == 200
    subscribed.refresh_from_db()
    assert subscribed.pushed


def test_a_hub_that_fails_an_unsubscription_is_asked_again_only_after_its_backoff(subscribed, local_hub):
    Feed.objects.filter(pk=subscribed.pk).update(paused_reason="Paused")
    local_hub.close()  # down: the request fails, and is recorded to be tried again later

    assert flow.hubs_ask_due() != []
    subscription = PushSubscription.objects.get(feed=subscribed)
    assert subscription.attempts == 1 and subscription.next_request_at > timezone.now()

    assert flow.hubs_ask_due() == [], "the next beat respects the backoff"
    PushSubscription.objects.update(next_request_at=timezone.now() - timedelta(seconds=1))
    assert flow.hubs_ask_due() == [subscription.pk]


def _chunked_push(callback: str, body: bytes, signature: str):
    """The request a WSGI server (gunicorn) hands over for a chunked push: no Content-Length, and a
    stream it ends itself where the chunks end."""
    from io import BytesIO
    from urllib.parse import urlsplit

    from django.core.handlers.wsgi import WSGIRequest
    from django.test import RequestFactory

    from ingest import views

    environ = dict(RequestFactory().post(urlsplit(callback).path).environ)
    del environ["CONTENT_LENGTH"]
    environ |= {
        "wsgi.input": BytesIO(body),
        "wsgi.input_terminated": True,
        "HTTP_TRANSFER_ENCODING": "chunked",
        "CONTENT_TYPE": "application/rss+xml",
        "HTTP_X_HUB_SIGNATURE": signature,
    }
    token = urlsplit(callback).path.rstrip("/").rsplit("/", 1)[-1]
    return views.websub_callback(WSGIRequest(environ), token=token)


def test_a_chunked_push_is_read_and_capped_like_any_other(subscribed, local_server, local_hub, settings):
    callback, (_topic, secret) = next(iter(local_hub.subscribers.items()))
    body = rss([serve_article(local_server, "/s/2", 2)])

    assert _chunked_push(callback, body, sign(secret, body)).status_code == 202
    assert FeedItem.objects.filter(url=local_server.url("/s/2")).exists()

    settings.FACTCHECK_FEED_MAX_BYTES = 100
    too_long = b"x" * 101
    assert _chunked_push(callback, too_long, sign(secret, too_long)).status_code == 413
