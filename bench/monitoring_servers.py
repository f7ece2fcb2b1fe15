"""Local news sites for bench_monitoring.py: several hosts on 127.0.0.x, each serving feeds (RSS, Atom,
news sitemap) whose items appear over time, and article pages made from real published text; with
--websub, a WebSub hub on 127.0.0.1 that the feeds name, which verifies each subscription and pushes each
feed's new items to its subscribers the moment they appear, signed with their secret.

Articles: the 51 real news pages of bench/heldout/real/pages (read from there, never copied), in turn;
story n is page n % 51 with every figure shifted by 7·n and a title of its own ("Story n"), so that each
story is a distinct text with its own figures (the same text twice would be one document, rightly).
"""

import hashlib
import hmac
import html
import re
import secrets
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlencode

REAL_PAGES = Path(__file__).resolve().parent / "heldout/real/pages"
# Items a feed lists at once, newest first: old items are listed again at every poll, as real feeds do.
FEED_WINDOW = 150


def real_pages() -> list[tuple[str, str]]:
    """(language, text) of each real page, in file order."""
    return [(path.name[:2], path.read_text(encoding="utf-8")) for path in sorted(REAL_PAGES.glob("*.txt"))]


@dataclass
class Story:
    number: int
    appears_at: float  # epoch seconds: from then on its feed lists it
    feed: int
    # Republished: listed again from this moment under a new guid and a tracking-parameter address.
    republished_at: float | None = None
    # The wire story: also listed by this second feed, under that host's own address.
    also_in_feed: int | None = None


@dataclass
class Site:
    """Every host's feeds and pages; handlers read it, the bench's clock decides what is listed."""

    stories: list[Story]
    feeds: int
    hosts: int
    run: str
    pages: list[tuple[str, str]] = field(default_factory=real_pages)
    requests: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    addresses: list[str] = field(default_factory=list)  # "127.0.0.k:port" per host
    hub: str = ""  # the WebSub hub the feeds name (--websub), in their body and in a Link header

    def host_of_feed(self, feed: int) -> int:
        return feed % self.hosts

    def feed_path(self, feed: int) -> str:
        return f"/feeds/{feed}.{('rss', 'atom', 'xml')[feed % 3]}"

    def feed_url(self, feed: int) -> str:
        return f"http://{self.addresses[self.host_of_feed(feed)]}{self.feed_path(feed)}"

    def article_url(self, story: Story, feed: int) -> str:
        return f"http://{self.addresses[self.host_of_feed(feed)]}/{feed}/story-{story.number}.html"

    def language(self, story: Story) -> str:
        return self.pages[story.number % len(self.pages)][0]

    def article(self, number: int) -> bytes:
        language, text = self.pages[number % len(self.pages)]
        text = re.sub(r"\d+", lambda figure: str(int(figure.group()) + 7 * number), text)
        title = f"Story {number} of run {self.run}"
        paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
        return (
            f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><main><article><h1>{title}</h1>{paragraphs}</article></main></body></html>"
        ).encode()

    def entries(self, feed: int, now: float, since: float = 0) -> list[tuple[str, str, float, int]]:
        """(guid, url, when, number) the feed lists now, newest first (with `since`, only those that
        appeared after it: what a hub pushes)."""
        listed = []
        for story in self.stories:
            if story.feed == feed and story.appears_at <= now:
                listed.append((f"{self.run}-{story.number}", self.article_url(story, feed), story.appears_at, story))
                if story.republished_at is not None and story.republished_at <= now:
                    url = self.article_url(story, feed) + "?utm_source=rss&utm_campaign=again"
                    listed.append((f"{self.run}-{story.number}-again", url, story.republished_at, story))
            elif story.also_in_feed == feed and story.appears_at <= now:
                listed.append(
                    (f"wire-{self.run}-{story.number}", self.article_url(story, feed), story.appears_at, story)
                )
        listed = [entry for entry in listed if entry[2] > since]
        listed.sort(key=lambda entry: -entry[2])
        return [(guid, url, when, story.number) for guid, url, when, story in listed[:FEED_WINDOW]]

    def feed_body(self, feed: int, now: float, since: float = 0) -> tuple[bytes, str]:
        entries = self.entries(feed, now, since)
        kind = feed % 3
        hub = html.escape(self.hub)
        if kind == 0:
            items = "".join(
                f"<item><title>Story {number}</title><link>{html.escape(url)}</link><guid>{guid}</guid>"
                f"<pubDate>{format_datetime(datetime.fromtimestamp(when, UTC))}</pubDate></item>"
                for guid, url, when, number in entries
            )
            links = f'<atom:link rel="hub" href="{hub}"/><atom:link rel="self" href="{self.feed_url(feed)}"/>'
            body = (
                '<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
                f"<title>Feed {feed}</title>{links if hub else ''}{items}</channel></rss>"
            )
            return body.encode(), "application/rss+xml"
        if kind == 1:
            items = "".join(
                f'<entry><title>Story {number}</title><id>urn:{guid}</id><link href="{html.escape(url)}"/>'
                f"<updated>{datetime.fromtimestamp(when, UTC).isoformat()}</updated></entry>"
                for guid, url, when, number in entries
            )
            links = f'<link rel="hub" href="{hub}"/><link rel="self" href="{self.feed_url(feed)}"/>'
            return (
                f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed {feed}</title>'
                f"{links if hub else ''}<id>urn:feed:{feed}</id><updated>{datetime.now(UTC).isoformat()}</updated>"
                f"{items}</feed>"
            ).encode(), "application/atom+xml"
        items = "".join(
            f"<url><loc>{html.escape(url)}</loc><news:news><news:title>Story {number}</news:title>"
            f"<news:publication_date>{datetime.fromtimestamp(when, UTC).isoformat()}</news:publication_date>"
            f"</news:news></url>"
            for guid, url, when, number in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{items}</urlset>'
        ).encode(), "application/xml"


def handler_for(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            path = self.path.split("?")[0]
            with site.lock:
                key = f"{self.headers.get('Host')}{path}"
                site.requests[key] = site.requests.get(key, 0) + 1
            feed = re.fullmatch(r"/feeds/(\d+)\.\w+", path)
            article = re.fullmatch(r"/\d+/story-(\d+)\.html", path)
            if feed:
                body, content_type = site.feed_body(int(feed.group(1)), time.time())
            elif article:
                body, content_type = site.article(int(article.group(1))), "text/html; charset=utf-8"
            else:
                self.send_error(404)
                return
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if feed and site.hub:  # a news sitemap can name its hub only here
                self.send_header("Link", f'<{site.hub}>; rel="hub", <{site.feed_url(int(feed.group(1)))}>; rel="self"')
            self.end_headers()
            self.wfile.write(body)

    return Handler


def start_sites(site: Site) -> list[ThreadingHTTPServer]:
    """One server per host, on 127.0.0.2, 127.0.0.3, … (a port of its own each): distinct hosts for
    the one-request-a-second-per-host rule."""
    servers = []
    for index in range(site.hosts):
        server = ThreadingHTTPServer((f"127.0.0.{index + 2}", 0), handler_for(site))
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        site.addresses.append(f"127.0.0.{index + 2}:{server.server_address[1]}")
        servers.append(server)
    return servers


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # no proxy from the environment


class Hub:
    """A WebSub hub on 127.0.0.1: takes (un)subscription requests (202), verifies each at once with a GET
    to its callback, and pushes each feed's new items to the verified callbacks, signed (sha256)."""

    def __init__(self, site: Site):
        self.site = site
        self.subscribers: dict[str, dict[str, str]] = {}  # topic -> {callback: secret}
        self.pushes: dict[int, int] = {}  # status -> pushes answered with it
        self.lock = threading.Lock()
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                fields = {name: values[0] for name, values in parse_qs(self.rfile.read(length).decode()).items()}
                self.send_response(202)
                self.send_header("Content-Length", "0")
                self.end_headers()
                threading.Thread(target=hub.verify, args=(fields,), daemon=True).start()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.address = f"127.0.0.1:{self.server.server_address[1]}"
        self.url = f"http://{self.address}/hub"

    def verify(self, fields: dict[str, str]) -> None:
        challenge = secrets.token_hex(16)
        mode, topic, callback = fields.get("hub.mode", ""), fields.get("hub.topic", ""), fields.get("hub.callback", "")
        query = {"hub.mode": mode, "hub.topic": topic, "hub.challenge": challenge, "hub.lease_seconds": "86400"}
        try:
            with _DIRECT.open(f"{callback}?{urlencode(query)}", timeout=30) as answer:
                confirmed = answer.status == 200 and answer.read().decode() == challenge
        except (OSError, urllib.error.URLError):
            confirmed = False
        with self.lock:
            if confirmed and mode == "subscribe":
                self.subscribers.setdefault(topic, {})[callback] = fields.get("hub.secret", "")
            elif confirmed and mode == "unsubscribe":
                self.subscribers.get(topic, {}).pop(callback, None)

    def publish(self, feed: int, now: float, since: float) -> None:
        """Push what the feed listed after `since` to each of its subscribers."""
        body, content_type = self.site.feed_body(feed, now, since)
        with self.lock:
            callbacks = list(self.subscribers.get(self.site.feed_url(feed), {}).items())
        for callback, secret in callbacks:
            signature = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
            request = urllib.request.Request(
                callback, data=body, headers={"Content-Type": content_type, "X-Hub-Signature": signature}
            )
            try:
                with _DIRECT.open(request, timeout=30) as answer:
                    status = answer.status
            except urllib.error.HTTPError as error:
                status = error.code
            except (OSError, urllib.error.URLError):
                status = 0
            with self.lock:
                self.pushes[status] = self.pushes.get(status, 0) + 1

    def run_publisher(self, stop: threading.Event) -> None:
        """Push each feed the moment one of its items appears (a story, its republication, a wire copy)."""
        moments = sorted(
            {(story.appears_at, story.feed) for story in self.site.stories}
            | {(story.appears_at, story.also_in_feed) for story in self.site.stories if story.also_in_feed is not None}
            | {(story.republished_at, story.feed) for story in self.site.stories if story.republished_at is not None}
        )
        pushed_until: dict[int, float] = {}
        for moment, feed in moments:
            if stop.wait(max(0.0, moment - time.time())):
                return
            self.publish(feed, moment, since=pushed_until.get(feed, 0))
            pushed_until[feed] = moment

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
