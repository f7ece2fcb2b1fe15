"""Reads about sources, evidence and verdicts."""

from urllib.parse import urlsplit

from reviews.models import Source, SourceDomain


def domain_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    return host.removeprefix("www.")


def source_for_url(url: str) -> Source | None:
    """The Source whose registered domain is the URL's host or a parent of it."""
    host = domain_of(url)
    if not host:
        return None
    labels = host.split(".")
    candidates = [".".join(labels[i:]) for i in range(len(labels) - 1)]
    matches = {
        row.domain: row.source for row in SourceDomain.objects.filter(domain__in=candidates).select_related("source")
    }
    # The most specific registered domain wins (news.example.org over example.org).
    for candidate in candidates:
        if candidate in matches:
            return matches[candidate]
    return None
