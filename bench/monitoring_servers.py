"""Local news sites for bench_monitoring.py: several hosts on 127.0.0.x, each serving feeds (RSS, Atom,
news sitemap) whose items appear over time, and article pages made from real published text.

Articles: the 51 real news pages of bench/heldout/real/pages (read from there, never copied), in turn;
story n is page n % 51 with every figure shifted by 7·n and a title of its own ("Story n"), so that each
story is a distinct text with its own figures (the same text twice would be one document, rightly).
"""

import html
import re
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

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

    def entries(self, feed: int, now: float) -> list[tuple[str, str, float, int]]:
        """(guid, url, when, number) the feed lists now, newest first."""
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
        listed.sort(key=lambda entry: -entry[2])
        return [(guid, url, when, story.number) for guid, url, when, story in listed[:FEED_WINDOW]]

    def feed_body(self, feed: int, now: float) -> tuple[bytes, str]:
        entries = self.entries(feed, now)
        kind = feed % 3
        if kind == 0:
            items = "".join(
                f"<item><title>Story {number}</title><link>{html.escape(url)}</link><guid>{guid}</guid>"
                f"<pubDate>{format_datetime(datetime.fromtimestamp(when, UTC))}</pubDate></item>"
                for guid, url, when, number in entries
            )
            body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed}</title>{items}</channel></rss>'
            return body.encode(), "application/rss+xml"
        if kind == 1:
            items = "".join(
                f'<entry><title>Story {number}</title><id>urn:{guid}</id><link href="{html.escape(url)}"/>'
                f"<updated>{datetime.fromtimestamp(when, UTC).isoformat()}</updated></entry>"
                for guid, url, when, number in entries
            )
            return (
                f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Feed {feed}</title>'
                f"<id>urn:feed:{feed}</id><updated>{datetime.now(UTC).isoformat()}</updated>{items}</feed>"
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
