"""One address per article: tracking parameters and fragments stripped, the page's rel=canonical
honoured when it stays on the page's own site. No database here."""

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import trafilatura

from claims.addresses import normalised_url

_TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "at_", "ga_")
_TRACKING_NAMES = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mkt_tok", "ocid", "cmpid", "xtor", "ref", "ref_src"}
)


def clean_url(url: str) -> str:
    """The address without its tracking parameters and fragment, normalised (claims.addresses)."""
    parts = urlsplit(url.strip())
    query = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not (name.lower().startswith(_TRACKING_PREFIXES) or name.lower() in _TRACKING_NAMES)
    ]
    return normalised_url(urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), "")))


def canonical_url(page_url: str, html: bytes | str | None) -> str:
    """The page's rel=canonical when it names the same site (a page may not claim another site's
    article as its own), else the page's address; cleaned either way."""
    declared = _declared_canonical(html) if html else ""
    if declared:
        absolute = urljoin(page_url, declared)
        if _site(absolute) == _site(page_url) and urlsplit(absolute).scheme in ("http", "https"):
            return clean_url(absolute)
    return clean_url(page_url)


def _declared_canonical(html: bytes | str) -> str:
    tree = trafilatura.load_html(html)
    if tree is None:
        return ""
    for link in tree.iterfind(".//link"):
        if "canonical" in (link.get("rel") or "").lower().split():
            return (link.get("href") or "").strip()
    return ""


def _site(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.")
