"""WebSub without a hub calling back: which feeds name a hub, what is asked of it and when, its failures,
and what editors and members see."""

import json
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from ingest import flow
from monitoring import parsing
from monitoring.models import Feed, FeedItem, FeedPush, PushSubscription
from tests.api.conftest import client_for

from .conftest import Reply, news_sitemap, rss, serve_article, serve_feed

pytestmark = pytest.mark.django_db

PUBLIC = "https://desk.example.org"


@pytest.fixture
def public_url(settings):
    settings.FACTCHECK_PUBLIC_URL = PUBLIC


def poll(feed, capture):
    with capture(execute=True):
        return flow.feed_poll(feed.pk)


def test_a_feed_without_a_hub_is_polled_as_before(
    local_server, local_hub, public_url, make_feed, django_capture_on_commit_callbacks
):
    feed = make_feed(serve_feed(local_server, "/rss", rss([serve_article(local_server, "/s/1", 1)])))

    assert len(poll(feed, django_capture_on_commit_callbacks)) == 1

    feed.refresh_from_db()
    assert not PushSubscription.objects.exists() and not local_hub.requests
    assert not feed.pushed and feed.next_poll_at > timezone.now()
    assert flow.hubs_ask_due() == []


def test_without_a_public_address_the_hub_is_recorded_but_not_asked(
    local_server, local_hub, make_feed, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_PUBLIC_URL = ""
    topic = local_server.url("/rss")
    feed = make_feed(serve_feed(local_server, "/rss", rss([], hub=local_hub.url, topic=topic)))

    poll(feed, django_capture_on_commit_callbacks)

    assert PushSubscription.objects.get(feed=feed).hub == local_hub.url
    assert flow.hubs_ask_due() == [] and not local_hub.requests

    settings.FACTCHECK_PUBLIC_URL = PUBLIC  # set later: the next beat asks
    with django_capture_on_commit_callbacks(execute=True):
        flow.hubs_ask_due()
    assert local_hub.requests[-1]["hub.callback"].startswith(f"{PUBLIC}/websub/")


@pytest.mark.parametrize(("status", "transient"), [(503, True), (429, True), (400, False), (404, False)], ids=str)
def test_a_hub_that_fails_is_asked_again_later_and_one_that_refuses_is_not(
    local_server, local_hub, public_url, make_feed, django_capture_on_commit_callbacks, status, transient
):
    local_hub.status = status
    feed = make_feed(serve_feed(local_server, "/rss", rss([], hub=local_hub.url, topic=local_server.url("/rss"))))

    poll(feed, django_capture_on_commit_callbacks)

    subscription = PushSubscription.objects.get()
    assert len(local_hub.requests) == 1
    assert subscription.attempts == 1 and str(status) in subscription.last_error
    assert (subscription.next_request_at is not None) == transient
    if transient:
        assert subscription.next_request_at > timezone.now() + timedelta(minutes=1), "backing off"
    assert flow.hubs_ask_due() == []
    feed.refresh_from_db()
    assert not feed.paused, "the feed is polled as before"


def test_a_hub_at_a_private_address_is_never_asked(
    local_server, public_url, make_feed, django_capture_on_commit_callbacks
):
    topic = local_server.url("/rss")
    feed = make_feed(serve_feed(local_server, "/rss", rss([], hub="https://10.1.2.3/hub", topic=topic)))

    poll(feed, django_capture_on_commit_callbacks)

    subscription = PushSubscription.objects.get(feed=feed)
    assert "not a public address" in subscription.last_error
    assert subscription.next_request_at is None


def test_a_hub_on_plain_http_is_not_given_a_secret(
    local_server, public_url, make_feed, django_capture_on_commit_callbacks
):
    topic = local_server.url("/rss")
    feed = make_feed(serve_feed(local_server, "/rss", rss([], hub="http://127.0.0.2:9/hub", topic=topic)))

    poll(feed, django_capture_on_commit_callbacks)

    subscription = PushSubscription.objects.get(feed=feed)
    assert "not on https" in subscription.last_error
    assert (subscription.pending, subscription.next_request_at) == ("", None)


def test_a_news_sitemap_names_its_hub_in_a_link_header(
    local_server, local_hub, public_url, make_feed, django_capture_on_commit_callbacks
):
    link = f'<{local_hub.url}>; rel="hub", <https://news.example/sitemap.xml>; rel="self"'
    url = serve_feed(local_server, "/sitemap.xml", news_sitemap([]), "application/xml", Link=link)
    feed = make_feed(url)

    poll(feed, django_capture_on_commit_callbacks)

    assert local_hub.requests[-1]["hub.topic"] == "https://news.example/sitemap.xml"
    assert PushSubscription.objects.get(feed=feed).hub == local_hub.url


def test_a_feed_that_stops_naming_its_hub_is_let_go(
    local_server, local_hub, public_url, make_feed, django_capture_on_commit_callbacks
):
    topic = local_server.url("/rss")
    feed = make_feed(serve_feed(local_server, "/rss", rss([], hub=local_hub.url, topic=topic)))
    poll(feed, django_capture_on_commit_callbacks)
    local_server.routes["/rss"] = Reply(status=304)
    poll(feed, django_capture_on_commit_callbacks)
    assert PushSubscription.objects.get().feed == feed, "a 304 says nothing of the hub"

    serve_feed(local_server, "/rss", rss([]))
    poll(feed, django_capture_on_commit_callbacks)

    assert PushSubscription.objects.get().feed is None


def test_a_push_whose_reading_was_lost_is_read_by_the_sweep(
    local_server, make_feed, public_url, django_capture_on_commit_callbacks
):
    feed = make_feed(local_server.url("/rss"))
    url = serve_article(local_server, "/s/1", 1)
    push = FeedPush.objects.create(feed=feed, body=rss([url]), content_type="application/rss+xml")
    FeedPush.objects.filter(pk=push.pk).update(received_at=timezone.now() - timedelta(minutes=10))

    with django_capture_on_commit_callbacks(execute=True):
        flow.hubs_ask_due()

    assert FeedItem.objects.get().state == FeedItem.State.DONE
    assert not FeedPush.objects.exists()


def test_the_hub_and_self_links_feeds_name_are_read():
    atom = (
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
        b'<link rel="hub" href="https://hub.example/"/><link rel="self" href="https://w.example/atom"/></feed>'
    )
    json_feed = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "feed_url": "https://j.example/feed.json",
            "hubs": [{"type": "rssCloud", "url": "https://cloud.example/"}, {"type": "WebSub", "url": "https://h/"}],
            "items": [],
        }
    ).encode()

    assert (parsing.parse_feed(atom).hub, parsing.parse_feed(atom).topic) == (
        "https://hub.example/",
        "https://w.example/atom",
    )
    assert (parsing.parse_feed(json_feed).hub, parsing.parse_feed(json_feed).topic) == (
        "https://h/",
        "https://j.example/feed.json",
    )
    assert parsing.header_links('<https://a/>; rel=preload, <https://h/>; title="x"; rel="hub self"') == (
        "https://h/",
        "https://h/",
    )
    assert parsing.header_links("<javascript:alert(1)>; rel=hub") == ("", "")


@pytest.mark.parametrize("garbage", ["<" * 65_536, "<x" * 32_768])
def test_a_hostile_link_header_is_read_in_linear_time(garbage):
    """A feed's server may send a header line of 64 KiB (what http.client accepts): reading it must not
    hold a poll for minutes."""
    started = time.monotonic()
    parsing.header_links(garbage)
    assert time.monotonic() - started < 1


def pushed_feed():
    feed = Feed.objects.create(url="https://news.example/rss", language="en", poll_minutes=5)
    PushSubscription.objects.create(
        feed=feed,
        hub="https://hub.example/",
        topic=feed.url,
        token="t" * 43,
        secret="s" * 64,
        subscribed_until=timezone.now() + timedelta(days=3),
        last_push_at=timezone.now(),
    )
    return feed


def test_members_see_in_the_api_whether_a_feed_is_pushed_but_never_its_secret(fact_checker, outsider):
    pushed_feed()
    Feed.objects.create(url="https://other.example/rss", language="en")

    response = client_for(fact_checker).get("/api/v1/feeds/")

    pushed, polled = response.json()["results"]
    assert (pushed["pushed"], polled["pushed"], polled["push"]) == (True, False, None)
    assert pushed["push"]["hub"] == "https://hub.example/" and pushed["push"]["subscribed_until"]
    assert pushed["push"]["last_push_at"]
    assert "s" * 64 not in response.content.decode() and "t" * 43 not in response.content.decode()
    assert client_for(outsider).get("/api/v1/feeds/").status_code == 403


def test_the_monitoring_page_says_which_feeds_are_pushed(client, fact_checker, editor, settings):
    settings.FACTCHECK_PUBLIC_URL = PUBLIC
    pushed_feed()
    client.force_login(fact_checker)

    page = client.get(reverse("desk:monitoring")).content.decode()

    assert "Pushed by its hub" in page and "https://hub.example/" in page
    assert "polled every 5 minutes as well" in page
    assert "s" * 64 not in page and "t" * 43 not in page


@pytest.mark.parametrize(("persona", "told"), [("editor", True), ("fact_checker", False)])
def test_editors_are_told_that_hubs_cannot_push_without_a_public_address(client, settings, request, persona, told):
    settings.FACTCHECK_PUBLIC_URL = ""
    feed = pushed_feed()
    PushSubscription.objects.filter(feed=feed).update(subscribed_until=None)
    client.force_login(request.getfixturevalue(persona))

    page = client.get(reverse("desk:monitoring")).content.decode()

    assert ("FACTCHECK_PUBLIC_URL is not set" in page) is told
    assert "Polled every 5 minutes" in page


def test_the_push_state_is_shown_in_french(client, fact_checker, settings):
    settings.FACTCHECK_PUBLIC_URL = PUBLIC
    pushed_feed()
    client.force_login(fact_checker)

    page = client.get(reverse("desk:monitoring"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()

    assert "Envoyé en direct par son hub" in page and "relevé aussi toutes les 5 minutes" in page


def test_the_beat_asks_the_hubs_every_minute_and_hub_work_has_its_queues(settings):
    schedule = {entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert schedule["ingest.tasks.ask_hubs"] == 60.0
    routes = settings.CELERY_TASK_ROUTES
    assert routes["ingest.tasks.read_feed_push"] == routes["ingest.tasks.ask_hub"] == {"queue": "feeds"}
