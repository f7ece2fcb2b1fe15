"""Real feed servers on 127.0.0.1 (the intake tests' page server), articles that say check-worthy
things, and feeds in each format built from them."""

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest

from tests import factories
from tests.intake.conftest import Reply, fake_dns, local_server, stay_on_loopback  # noqa: F401 (fixtures)


@pytest.fixture(autouse=True)
def monitoring_settings(settings):
    settings.FACTCHECK_FEED_HOST_INTERVAL_SECONDS = 0  # the throttle's own test turns it on
    settings.FACTCHECK_FEED_TIMEOUT_SECONDS = 1


def article_html(number: int, *, canonical: str = "") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{link}
<title>Report {number}</title></head><body><main><article><h1>Report number {number}</h1>
<p>Regional rail carried {40 + number} million passengers last year, a rise of {number + 5} percent, the
transport authority said on Tuesday. Officials credited cheaper weekend fares and two reopened lines.</p>
<p>The authority's chair, Ruth Okafor, said unemployment in the region fell to {number}.5 percent in 2025.
A further {300 + number} million pounds will be spent on signalling by 2027, according to the budget.</p>
</article></main></body></html>""".encode()


def serve_article(server, path: str, number: int, **kwargs) -> str:
    server.routes[path] = Reply(body=article_html(number, **kwargs), headers={"Content-Type": "text/html"})
    return server.url(path)


def rss(urls: list[str], *, title: str = "Harbour Courier", hub: str = "", topic: str = "") -> bytes:
    """An RSS 2.0 feed of these articles; with `hub`, it names its WebSub hub and its own address (`topic`)."""
    when = format_datetime(datetime(2026, 12, 4, 8, 0, tzinfo=UTC))
    items = "".join(
        f"<item><title>Story {n}</title><link>{url}</link><guid>{url}</guid><pubDate>{when}</pubDate></item>"
        for n, url in enumerate(urls)
    )
    links = f'<atom:link rel="hub" href="{hub}"/><atom:link rel="self" href="{topic}"/>' if hub else ""
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{title}</title>{links}{items}</channel></rss>"
    ).encode()


def atom(urls: list[str]) -> bytes:
    entries = "".join(
        f'<entry><title>Story {n}</title><id>urn:story:{n}</id><link href="{url}"/>'
        f"<updated>2026-12-04T08:00:00Z</updated></entry>"
        for n, url in enumerate(urls)
    )
    return (
        f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        f"<id>urn:wire</id><updated>2026-12-04T08:00:00Z</updated>{entries}</feed>"
    ).encode()


def news_sitemap(urls: list[str]) -> bytes:
    entries = "".join(
        f"<url><loc>{url}</loc><news:news><news:title>Story {n}</news:title>"
        f"<news:publication_date>2026-12-04T08:00:00+00:00</news:publication_date></news:news></url>"
        for n, url in enumerate(urls)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{entries}</urlset>'
    ).encode()


def serve_feed(server, path: str, body: bytes, content_type: str = "application/rss+xml", **headers) -> str:
    server.routes[path] = Reply(body=body, headers={"Content-Type": content_type, **headers})
    return server.url(path)


@pytest.fixture
def make_feed(editor):
    def make(url: str, **fields):
        from monitoring.services.feeds import feed_create

        return feed_create(actor=editor, url=url, language=fields.pop("language", "en"), **fields)

    return make


@pytest.fixture
def member(db):
    return factories.fact_checker(username="mona")


@pytest.fixture
def local_hub(local_server, settings):  # noqa: F811 (after the feed server, which sets the allowed hosts)
    """A WebSub hub on 127.0.0.1 (tests/monitoring/websub_hub.py), which the fetcher may reach too."""
    from .websub_hub import LocalHub

    hub = LocalHub()
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = [*settings.FACTCHECK_FETCH_ALLOW_HOSTS, hub.host]
    yield hub
    hub.close()


@pytest.fixture
def public_site(live_server, settings):
    """This site served on loopback, at the public address hubs call back."""
    settings.FACTCHECK_PUBLIC_URL = live_server.url
    return live_server
