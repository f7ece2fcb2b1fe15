"""Reads for the public pages and for the workspace."""

from dataclasses import dataclass
from datetime import date

from django.db.models import Prefetch, QuerySet

from publishing.claimreview import http_url, rating_name
from publishing.models import ClaimMatch, Correction, Publication


def live_publications() -> QuerySet:
    """Published fact-checks that are not withdrawn, newest first, ready to render."""
    return (
        Publication.objects.filter(withdrawn_at__isnull=True, verdict__state="approved")
        .select_related("verdict", "claim__document__publisher")
        .prefetch_related(Prefetch("corrections", queryset=Correction.objects.order_by("created_at", "id")))
        .order_by("-published_at", "-id")
    )


def live_publication_for_claim(claim_id: int) -> Publication | None:
    return live_publications().filter(claim_id=claim_id).first()


def published_claim_ids(claim_ids) -> set[int]:
    return set(
        Publication.objects.filter(claim_id__in=list(claim_ids), withdrawn_at__isnull=True).values_list(
            "claim_id", flat=True
        )
    )


@dataclass(frozen=True)
class MatchView:
    """One suggestion as the workspace shows it: "checked before: False, 3 Oct"."""

    match: ClaimMatch
    text: str
    score: float
    state: str
    checked: bool  # it has a published verdict (here or elsewhere)
    rating: str  # the rating's public name, "" when not checked
    rating_date: date | None
    url: str  # the published fact-check, "" when none
    claim_id: int | None
    external_id: int | None


def _view_of_claim_match(match: ClaimMatch, publication: Publication | None) -> MatchView:
    if publication is None:
        return MatchView(match, match.matched_claim.text, match.score, match.state, False, "", None, "",
                         match.matched_claim_id, None)  # fmt: skip
    return MatchView(
        match,
        match.matched_claim.text,
        match.score,
        match.state,
        True,
        rating_name(publication.verdict.rating, publication.language),
        publication.published_at.date(),
        publication.get_absolute_url(),
        match.matched_claim_id,
        None,
    )


def _view_of_external_match(match: ClaimMatch) -> MatchView:
    external = match.matched_external
    return MatchView(
        match,
        external.claim_reviewed,
        match.score,
        match.state,
        True,
        external.rating_name,
        external.date_published,
        http_url(external.url),
        None,
        external.pk,
    )


def matches_for(claim) -> list[MatchView]:
    """The claim's suggestions not dismissed: the linked one first, then checked ones, then by score."""
    matches = list(
        ClaimMatch.objects.filter(claim=claim)
        .exclude(state=ClaimMatch.State.DISMISSED)
        .select_related("matched_claim", "matched_external")
    )
    publications = {
        publication.claim_id: publication
        for publication in Publication.objects.filter(
            claim_id__in=[match.matched_claim_id for match in matches if match.matched_claim_id],
            withdrawn_at__isnull=True,
        ).select_related("verdict")
    }
    views = [
        _view_of_claim_match(match, publications.get(match.matched_claim_id))
        if match.matched_claim_id
        else _view_of_external_match(match)
        for match in matches
    ]
    views.sort(key=lambda view: (view.state != ClaimMatch.State.LINKED, not view.checked, -view.score))
    return views
