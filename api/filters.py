"""The claims list's query parameters, turned into a queryset."""

from claims import selectors
from publishing import search
from reviews import selectors as review_selectors


def filter_claims(queryset, filters: dict, user):
    if "status" in filters:
        queryset = queryset.filter(status=filters["status"])
    if "assignee" in filters:
        if filters["assignee"] == "me":
            queryset = queryset.filter(assignee=user)
        else:
            queryset = queryset.filter(assignee__username=filters["assignee"])
    if filters.get("unassigned") is not None:
        queryset = queryset.filter(assignee__isnull=filters["unassigned"])
    if "document" in filters:
        queryset = queryset.filter(document_id=filters["document"])
    if "language" in filters:
        queryset = queryset.filter(language=filters["language"])
    if "speaker" in filters:
        queryset = queryset.filter(speaker__icontains=filters["speaker"])
    if "tag" in filters:
        queryset = selectors.claims_filtered(queryset, tag=filters["tag"])
    if filters.get("watching"):
        queryset = review_selectors.claims_watched_by(queryset, user)
    if "min_score" in filters:
        queryset = queryset.filter(score__gte=filters["min_score"])
    if filters.get("q"):
        # The desk's search, claims only: the same words, stems and accents everywhere.
        queryset = queryset.filter(pk__in=search.claim_ids(user, filters["q"]))
    return queryset
