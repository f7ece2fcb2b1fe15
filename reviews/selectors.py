"""Reads about sources, evidence and verdicts."""

from urllib.parse import urlsplit

from django.db.models import Count, Q, QuerySet

from reviews.models import Evidence, Source, SourceDomain, Verdict


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
    return list(claim.evidence.select_related("source", "added_by"))


def open_verdict(claim) -> Verdict | None:
    """The verdict in the making (draft, submitted or rejected), if any."""
    in_the_making = [Verdict.State.DRAFT, Verdict.State.SUBMITTED, Verdict.State.REJECTED]
    return Verdict.objects.filter(claim=claim, state__in=in_the_making).select_related("author", "decided_by").first()


def approved_verdicts(claim) -> QuerySet:
    return Verdict.objects.filter(claim=claim, state=Verdict.State.APPROVED).select_related("author", "decided_by")
