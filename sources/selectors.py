"""Reads about the source registry: which Source a web address belongs to, domains as registered."""

import re
from urllib.parse import urlsplit

from django.db.models import Count, Q, QuerySet
from publicsuffixlist import PublicSuffixList

from sources.models import Source, SourceDomain

# The Public Suffix List as the package ships it (ICANN and private suffixes such as github.io); it is
# never downloaded at run time, and a newer list comes with an upgrade of the package.
_PUBLIC_SUFFIXES = PublicSuffixList()


def domain_of(url: str) -> str:
    """The URL's host in the form domains are registered in (see normalise_domain), or ""."""
    return _registered_form(urlsplit(url).hostname or "")


def source_for_url(url: str) -> Source | None:
    """The Source whose registered domain is the URL's host or a parent of it."""
    host = domain_of(url)
    registrable = registrable_domain(host)
    if not registrable:
        return None
    # The host and its parents down to its registrable domain: news.bbc.co.uk and bbc.co.uk, never co.uk.
    labels = host.split(".")
    candidates = [".".join(labels[i:]) for i in range(len(labels) - registrable.count("."))]
    matches = {
        row.domain: row.source for row in SourceDomain.objects.filter(domain__in=candidates).select_related("source")
    }
    # The most specific registered domain wins (news.example.org over example.org).
    for candidate in candidates:
        if candidate in matches:
            return matches[candidate]
    return None


def source_named(name: str) -> Source | None:
    """The Source with this name, whatever its case; None when none or several."""
    matches = list(Source.objects.filter(name__iexact=name.strip())[:2]) if name.strip() else []
    return matches[0] if len(matches) == 1 else None


def sources_filtered(*, text: str = "", kind: str = "", reliability: str = "", active_only: bool = False) -> QuerySet:
    """Sources by name or domain, with how much evidence cites each."""
    sources = Source.objects.annotate(evidence_count=Count("evidence", distinct=True)).order_by("name")
    if text:
        sources = sources.filter(Q(name__icontains=text) | Q(domains__domain__icontains=text)).distinct()
    if kind:
        sources = sources.filter(kind=kind)
    if reliability:
        sources = sources.filter(reliability=reliability)
    if active_only:
        sources = sources.filter(active=True)
    return sources.prefetch_related("domains")


_DOMAIN = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")


def normalise_domain(value: str) -> str:
    """A domain as registered: lower case, IDNA-encoded, no "www.", or "" when it is not one.

    A pasted address ("https://www.example.org/a") is reduced to its domain.
    """
    value = value.strip()
    if "/" in value:
        return domain_of(value if "://" in value else f"//{value}")
    return _registered_form(value)


def _registered_form(host: str) -> str:
    # One form for registered domains and for evidence hosts, so "café.fr" typed in the
    # registry and https://café.fr/ in evidence both become "xn--caf-dma.fr" and meet.
    try:
        host = host.rstrip(".").encode("idna").decode("ascii").lower()
    except UnicodeError:
        return ""
    host = host.removeprefix("www.")
    return host if len(host) <= 253 and _DOMAIN.fullmatch(host) else ""


def registrable_domain(host: str) -> str:
    """The part of `host` one owner registered (bbc.co.uk for news.bbc.co.uk, me.github.io for
    a.me.github.io), or "" when the host is itself a public suffix (co.uk, github.io, gouv.fr)."""
    return _PUBLIC_SUFFIXES.privatesuffix(host) or "" if host else ""


def is_public_suffix(domain: str) -> bool:
    """Whether anyone can register names under `domain`, so that no one Source can cover it."""
    return bool(domain) and _PUBLIC_SUFFIXES.is_public(domain)


def unicode_domain(domain: str) -> str:
    """A registered (IDNA-encoded) domain as people write it: xn--caf-dma.fr is café.fr."""
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain
