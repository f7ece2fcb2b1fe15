"""Reading a feed's bytes into entries: RSS 2.0 and Atom with feedparser, JSON Feed with json, news
sitemaps with lxml (entities and network access off). No database here."""

import calendar
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from lxml import etree

from factcheck.limits import URL_MAX_LENGTH

_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


class UnreadableFeed(ValueError):
    """The bytes are no feed we can read; the message is meant for editors."""


@dataclass(frozen=True)
class Entry:
    key: str  # sha256 of the entry's id, else of its link
    url: str
    title: str = ""
    published_at: datetime | None = None


@dataclass(frozen=True)
class ParsedFeed:
    kind: str  # a Feed.Kind value
    title: str
    entries: list[Entry]
    # The WebSub hub the feed names, and the address it is known by there (its rel="self").
    hub: str = ""
    topic: str = ""


def parse_feed(body: bytes, content_type: str = "") -> ParsedFeed:
    stripped = body.lstrip()
    if stripped.startswith(b"{") or "json" in content_type:
        return _parse_json_feed(body)
    if _is_sitemap(stripped):
        return _parse_sitemap(body)
    parsed = feedparser.parse(body, response_headers={"content-type": content_type} if content_type else None)
    version = parsed.get("version", "")
    if not version:
        raise UnreadableFeed(_("This is not an RSS, Atom or JSON feed, nor a news sitemap."))
    entries = [
        _entry(entry.get("id") or entry.get("link", ""), _article_url(entry), entry.get("title", ""), _when(entry))
        for entry in parsed.entries
    ]
    kind = "atom" if version.startswith("atom") else "rss"
    links = {}
    for link in parsed.feed.get("links", []):
        links.setdefault(link.get("rel"), link.get("href", ""))  # of several hubs, the first
    return ParsedFeed(
        kind=kind,
        title=parsed.feed.get("title", ""),
        entries=[e for e in entries if e],
        hub=_web_address(links.get("hub")),
        topic=_web_address(links.get("self")),
    )


# One link of an HTTP Link header: <address>; rel="hub" (the relation may be quoted, or list several).
# No "<" in an address (RFC 3986 has none): else each "<" of a hostile header would be read to its end.
_LINK = re.compile(r'<([^<>]*)>((?:\s*;\s*[\w*-]+\s*=\s*(?:"[^"]*"|[^;,\s]*))*)')
_REL = re.compile(r'(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]*))', re.IGNORECASE)


def header_links(link_header: str) -> tuple[str, str]:
    """(hub, self) from an HTTP Link header: WebSub lets a feed name its hub there instead of in its body."""
    found = {}
    for address, parameters in _LINK.findall(link_header or ""):
        for quoted, bare in _REL.findall(parameters):
            for relation in (quoted or bare).lower().split():
                found.setdefault(relation, address.strip())
    return _web_address(found.get("hub")), _web_address(found.get("self"))


def _web_address(url) -> str:
    url = (url or "").strip() if isinstance(url, str) else ""
    return url if url.startswith(("http://", "https://")) and len(url) <= URL_MAX_LENGTH else ""


_TRANSCRIPT_TYPES = ("text/vtt", "application/x-subrip", "text/srt")


def _article_url(entry) -> str:
    """The entry's link, or its subtitles when it carries some (a broadcast's .vtt or .srt enclosure): those
    are read as a transcript, with speakers and timecodes."""
    for enclosure in entry.get("enclosures", []):
        href = enclosure.get("href", "")
        if enclosure.get("type", "").lower() in _TRANSCRIPT_TYPES or href.lower().endswith((".vtt", ".srt")):
            return href
    return entry.get("link", "")


def _when(entry) -> datetime | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(calendar.timegm(moment), tz=UTC) if moment else None


def _entry(identifier: str, url: str, title: str, published_at: datetime | None) -> Entry | None:
    url = (url or "").strip()
    if not url.startswith(("http://", "https://")) or len(url) > URL_MAX_LENGTH:
        return None  # an entry without a usable web address has no article to read
    key = hashlib.sha256((identifier or url).strip().encode("utf-8", "surrogatepass")).hexdigest()
    return Entry(key=key, url=url, title=(title or "").strip()[:500], published_at=published_at)


def _parse_json_feed(body: bytes) -> ParsedFeed:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, ValueError) as error:
        raise UnreadableFeed(_("This JSON feed is not valid JSON.")) from error
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise UnreadableFeed(_("This JSON is not a JSON Feed (no jsonfeed.org version)."))
    entries = []
    for item in data.get("items") or []:
        if not isinstance(item, dict):
            continue
        url = item.get("url") or item.get("external_url") or ""
        published = _parse_moment(item.get("date_published") or item.get("date_modified"))
        entry = _entry(str(item.get("id", "")), str(url), str(item.get("title", "")), published)
        if entry:
            entries.append(entry)
    hubs = [hub.get("url") for hub in data.get("hubs") or [] if isinstance(hub, dict) and _is_websub(hub)]
    return ParsedFeed(
        kind="json",
        title=str(data.get("title", ""))[:300],
        entries=entries,
        hub=_web_address(hubs[0] if hubs else ""),
        topic=_web_address(data.get("feed_url")),
    )


def _is_websub(hub: dict) -> bool:
    return str(hub.get("type", "")).lower() == "websub"  # JSON Feed's other kind of hub is rssCloud


def _is_sitemap(stripped: bytes) -> bool:
    head = stripped[:2000]
    return b"<urlset" in head and _SITEMAP_NS.encode() in head


def _parse_sitemap(body: bytes) -> ParsedFeed:
    try:
        root = etree.fromstring(body, parser=_XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise UnreadableFeed(_("This sitemap is not well-formed XML.")) from error
    entries = []
    for node in root.iterfind(f"{{{_SITEMAP_NS}}}url"):
        url = node.findtext(f"{{{_SITEMAP_NS}}}loc", "")
        title = node.findtext(f"{{{_NEWS_NS}}}news/{{{_NEWS_NS}}}title", "")
        published = _parse_moment(node.findtext(f"{{{_NEWS_NS}}}news/{{{_NEWS_NS}}}publication_date", ""))
        entry = _entry(url, url, title, published)
        if entry:
            entries.append(entry)
    return ParsedFeed(kind="sitemap", title="", entries=entries)


def _parse_moment(text) -> datetime | None:
    if not isinstance(text, str) or not text.strip():
        return None
    text = text.strip()
    try:
        moment = parse_datetime(text) or (parse_datetime(text + "T00:00:00") if len(text) == 10 else None)
    except ValueError:
        return None
    if moment and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment
