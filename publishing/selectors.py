"""Reads for the public pages and for the workspace."""

from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet, Window

from factcheck.paging import TOTAL
from publishing.claimreview import RATING_VALUES, http_url, rating_name
from publishing.models import ClaimMatch, Correction, ExternalFactCheck, Publication
from publishing.text import speaker_key


def live_publications() -> QuerySet:
    """Published fact-checks that are not withdrawn, newest first, ready to render."""
    return (
        Publication.objects.filter(withdrawn_at__isnull=True, verdict__state="approved")
        .select_related(
            "verdict__author__reviewer_profile",
            "verdict__decided_by__reviewer_profile",
            "claim__document__publisher",
        )
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


def checked_matches_for_text(text: str, *, base_url: str, language: str = "") -> list[dict]:
    """Fact-checks that already checked the claim in `text` (published here, or imported), best
    first, at most five, at the default threshold: what an integration (a tipline bot, a browser
    extension, `manage.py match`) is answered. Open claims of the desk are not: they answer nothing."""
    from publishing.match_search import SUGGESTIONS_PER_CLAIM, search

    hits = search(text, language=language, limit=SUGGESTIONS_PER_CLAIM * 4)
    publications = {
        publication.claim_id: publication
        for publication in live_publications().filter(claim_id__in=[hit.pk for hit in hits if hit.kind == "claim"])
    }
    externals = ExternalFactCheck.objects.in_bulk([hit.pk for hit in hits if hit.kind == "external"])
    answers = []
    for hit in hits:
        if hit.kind == "claim" and hit.pk in publications:
            publication = publications[hit.pk]
            document = publication.claim.document
            answers.append({
                "url": base_url.rstrip("/") + publication.get_absolute_url(),
                "claim_reviewed": publication.claim.text,
                "rating": rating_name(publication.verdict.rating, publication.language),
                "publisher": settings.FACTCHECK_ORGANISATION_NAME,
                "date": publication.published_at.date().isoformat(),
                "score": round(hit.score, 3),
                "kind": "claim",
                "id": hit.pk,
                "appearance": document.url,
            })  # fmt: skip
        elif hit.kind == "external" and hit.pk in externals:
            external = externals[hit.pk]
            answers.append({
                "url": http_url(external.url),
                "claim_reviewed": external.claim_reviewed,
                "rating": external.rating_name,
                "publisher": external.reviewer,
                "date": external.date_published.isoformat() if external.date_published else None,
                "score": round(hit.score, 3),
                "kind": "external",
                "id": external.pk,
                "appearance": http_url(external.appearance_url),
            })  # fmt: skip
    return answers[:SUGGESTIONS_PER_CLAIM]


def public_factchecks(*, search="", rating="", language="", published_from=None, published_to=None, speaker=""):
    """Live fact-checks matching the public list's filters, newest first; each row carries the
    number of rows in the whole result (`factcheck.paging.TOTAL`), so a page costs one query."""
    publications = live_publications()
    if search:
        publications = publications.filter(Q(claim__text__icontains=search) | Q(verdict__summary__icontains=search))
    if rating:
        publications = publications.filter(verdict__rating=rating)
    if language:
        publications = publications.filter(language=language)
    if published_from:
        publications = publications.filter(published_at__date__gte=published_from)
    if published_to:
        publications = publications.filter(published_at__date__lte=published_to)
    if speaker:
        publications = publications.filter(claim__speaker__icontains=speaker)
    return publications.annotate(**{TOTAL: Window(Count("*"))})


def speaker_names(key: str) -> list[str]:
    """The spellings of a speaker, among those of live fact-checks, whose address is `key`."""
    if not key:
        return []
    names = live_publications().exclude(claim__speaker="").values_list("claim__speaker", flat=True).distinct()
    return sorted({name for name in names.order_by() if speaker_key(name) == key})


def speaker_factchecks(names: list[str]) -> QuerySet:
    return live_publications().filter(claim__speaker__in=names).annotate(**{TOTAL: Window(Count("*"))})


def speaker_rating_counts(names: list[str], language: str) -> list[tuple[str, str, int]]:
    """(rating, its public name, number of live fact-checks) for the speaker, from True to False."""
    counts = dict(
        Publication.objects.filter(withdrawn_at__isnull=True, verdict__state="approved", claim__speaker__in=names)
        .values_list("verdict__rating")
        .annotate(number=Count("id"))
        .order_by()
    )
    order = sorted(RATING_VALUES, key=lambda rating: -RATING_VALUES[rating])
    return [(rating, rating_name(rating, language), counts[rating]) for rating in order if counts.get(rating)]
