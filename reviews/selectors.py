"""Reads about sources, evidence and verdicts."""

import re
from urllib.parse import urlsplit

from django.db import connection
from django.db.models import Count, F, Q, QuerySet, Window
from django.db.models.functions import Collate

from claims import roles
from factcheck.paging import TOTAL
from reviews.models import Evidence, Source, SourceDomain, Verdict


def domain_of(url: str) -> str:
    """The URL's host in the form domains are registered in (see normalise_domain), or ""."""
    return _registered_form(urlsplit(url).hostname or "")


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


def evidence_citing(source: Source) -> QuerySet:
    return source.evidence.select_related("claim", "claim__document", "added_by").order_by("-created_at", "-id")


def evidence_for_claim(claim) -> list[Evidence]:
    """The claim's evidence with its source and, for web pages, its archive state."""
    return list(claim.evidence.select_related("source", "added_by", "archive"))


def open_verdict(claim) -> Verdict | None:
    """The verdict in the making (draft, submitted or rejected), if any."""
    in_the_making = [Verdict.State.DRAFT, Verdict.State.SUBMITTED, Verdict.State.REJECTED]
    return Verdict.objects.filter(claim=claim, state__in=in_the_making).select_related("author", "decided_by").first()


def approved_verdicts(claim) -> QuerySet:
    return Verdict.objects.filter(claim=claim, state=Verdict.State.APPROVED).select_related("author", "decided_by")


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


def unicode_domain(domain: str) -> str:
    """A registered (IDNA-encoded) domain as people write it: xn--caf-dma.fr is café.fr."""
    try:
        return domain.encode("ascii").decode("idna")
    except UnicodeError:
        return domain


class _CollatedGroupKey(Collate):
    """ORDER BY a grouped column in another collation without grouping by the collated copy too,
    which Django would add and which costs PostgreSQL a second sort of every row."""

    def get_group_by_cols(self):
        return self.get_source_expressions()[0].get_group_by_cols()


def unmatched_domains(user) -> QuerySet:
    """Domains of web evidence no Source covers, most used first: the registry's to-do list (editors only).

    Named rows of `domain` (IDNA-encoded, as stored), `evidence_count`, `claim_count` and
    `total_rows`, the number of domains in all: grouped and counted by the database over the
    `evidence_unmatched_domain` index; page it with factcheck.paging.TotalInRowsPaginator.
    """
    # Ties in codepoint order, as everywhere else, whatever the PostgreSQL database's collation.
    by_domain = _CollatedGroupKey("domain", "C") if connection.vendor == "postgresql" else F("domain")
    rows = (
        Evidence.objects.filter(kind=Evidence.Kind.URL, source__isnull=True)
        .exclude(domain="")
        .values("domain")
        .annotate(
            # COUNT(*), not COUNT(id): the index holds domain and claim, so PostgreSQL reads it alone.
            evidence_count=Count("*"),
            claim_count=Count("claim_id", distinct=True),
            **{TOTAL: Window(Count("*"))},
        )
        .order_by("-evidence_count", by_domain)
        .values_list("domain", "evidence_count", "claim_count", TOTAL, named=True)
    )
    return rows if roles.can_edit_sources(user) else rows.none()


def most_used_unmatched_domains(user, limit: int) -> tuple[list, int]:
    """The `limit` most used unmatched domains and how many there are in all, in one query."""
    rows = list(unmatched_domains(user)[:limit])
    return rows, getattr(rows[0], TOTAL) if rows else 0
