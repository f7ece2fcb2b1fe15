"""Public pages and feeds: no sign-in. Only live publications of approved verdicts are shown."""

from pathlib import PurePosixPath
from urllib.parse import urlencode

from django.conf import settings
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from factcheck.paging import TotalInRowsPaginator
from publishing.claimreview import (
    PAGE_LANGUAGES,
    RATING_VALUES,
    byline,
    claimreview_for,
    date_modified,
    http_url,
    jsonld_script,
    rating_name,
)
from publishing.forms import FactcheckFilterForm
from publishing.models import Publication
from publishing.selectors import (
    live_publication_for_claim,
    live_publications,
    public_factchecks,
    speaker_factchecks,
    speaker_names,
    speaker_rating_counts,
)
from publishing.text import speaker_key
from reviews import downloads
from reviews.models import Evidence

FEED_SIZE = 50
PAGE_SIZE = 20
# Web pages and quotes are public by nature; an uploaded file stays private unless an editor marks it public.
PUBLIC_EVIDENCE = Q(kind__in=(Evidence.Kind.URL, Evidence.Kind.QUOTE)) | Q(kind=Evidence.Kind.FILE, public=True)


def _render_public(request, template: str, context: dict, *, language: str | None = None, status: int = 200):
    """Public pages carry the organisation's name; a fact-check's page speaks its own language,
    whatever the reader's browser asks for, so its words match its rating's name."""
    context = {
        "organisation_name": settings.FACTCHECK_ORGANISATION_NAME,
        "organisation_url": settings.FACTCHECK_ORGANISATION_URL,
        **context,
    }
    with translation.override(language or translation.get_language()):
        return render(request, template, context, status=status)


def _described(message, **values):
    """A translated description, worded only when the page renders, in the page's own language."""
    return lazy(lambda: str(message) % values, str)()


def _rows(publications):
    return [(row, rating_name(row.verdict.rating, row.language)) for row in publications]


def _reader_language() -> str:
    language = translation.get_language()[:2]
    return language if language in PAGE_LANGUAGES else "en"


@require_GET
def factcheck_list(request):
    """Search and filters (rating, language, dates, speaker), a page at a time. Bad filters are a
    400 that says which field is wrong, and list nothing."""
    form = FactcheckFilterForm(request.GET, language=_reader_language())
    if not form.is_valid():
        context = {"form": form, "rows": [], "canonical": request.build_absolute_uri(reverse("publishing:list"))}
        return _render_public(request, "publishing/factcheck_list.html", context, status=400)
    page = TotalInRowsPaginator(public_factchecks(**form.filters()), PAGE_SIZE).get_page(request.GET.get("page"))
    # The canonical address keeps the filters that matter, in one order, and the page.
    kept = {name: str(value) for name, value in form.cleaned_data.items() if value}
    if page.number > 1:
        kept["page"] = page.number
    canonical = request.build_absolute_uri(reverse("publishing:list") + (f"?{urlencode(kept)}" if kept else ""))
    filtered = any(form.cleaned_data.values())
    description = _described(
        _("Fact-checks by %(organisation)s: each claim, our verdict, our sources."),
        organisation=settings.FACTCHECK_ORGANISATION_NAME,
    )
    context = {"form": form, "page": page, "rows": _rows(page), "canonical": canonical, "filtered": filtered,
               "description": description}  # fmt: skip
    return _render_public(request, "publishing/factcheck_list.html", context)


@require_GET
def speaker_detail(request, key):
    """Everything published about what one speaker said, with how many of each rating."""
    names = speaker_names(key)
    if not names:
        raise Http404
    page = TotalInRowsPaginator(speaker_factchecks(names), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "speaker": names[0],
        "names": names,
        "counts": speaker_rating_counts(names, _reader_language()),
        "description": _described(
            _("Claims by %(speaker)s checked by %(organisation)s, with our verdicts."),
            speaker=names[0],
            organisation=settings.FACTCHECK_ORGANISATION_NAME,
        ),
        "page": page,
        "rows": _rows(page),
        "canonical": request.build_absolute_uri(reverse("publishing:speaker", args=[key])),
    }
    return _render_public(request, "publishing/speaker.html", context)


@require_GET
def rating_scale(request):
    """What each rating means, in the reader's language."""
    language = _reader_language()
    ratings = sorted(RATING_VALUES, key=lambda rating: -RATING_VALUES[rating])
    context = {
        "ratings": [(rating, rating_name(rating, language)) for rating in ratings],
        "canonical": request.build_absolute_uri(reverse("publishing:rating-scale")),
        "description": _described(
            _("How %(organisation)s rates the claims it checks."), organisation=settings.FACTCHECK_ORGANISATION_NAME
        ),
    }
    return _render_public(request, "publishing/rating_scale.html", context)


@require_GET
def factcheck_detail(request, slug):
    publication = get_object_or_404(
        Publication.objects.select_related(
            "verdict__author__reviewer_profile", "verdict__decided_by__reviewer_profile", "claim__document__publisher"
        ),
        slug=slug,
    )
    if publication.withdrawn_at is not None:
        replacement = live_publication_for_claim(publication.claim_id)
        return _render_public(
            request,
            "publishing/factcheck_gone.html",
            {"publication": publication, "replacement": replacement},
            language=publication.language,
            status=410,
        )
    claim = publication.claim
    evidence = [
        {
            "item": item,
            "url": http_url(item.url),
            "file_name": PurePosixPath(item.file.name).name if item.file else "",
        }
        for item in claim.evidence.filter(PUBLIC_EVIDENCE).select_related("source")
    ]
    context = {
        "publication": publication,
        "claim": claim,
        "document": claim.document,
        "document_url": http_url(claim.document.url),
        "verdict": publication.verdict,
        "rating": rating_name(publication.verdict.rating, publication.language),
        "byline": byline(publication),
        "speaker_key": speaker_key(claim.speaker),
        "canonical": request.build_absolute_uri(publication.get_absolute_url()),
        "description": _described(
            _("%(rating)s: %(summary)s"),
            rating=rating_name(publication.verdict.rating, publication.language),
            summary=Truncator(" ".join(publication.verdict.summary.split())).chars(200),
        ),
        "evidence": evidence,
        "corrections": publication.corrections.all(),
        "jsonld": jsonld_script(claimreview_for(publication, request)),
    }
    return _render_public(request, "publishing/factcheck_detail.html", context, language=publication.language)


@require_GET
def factcheck_evidence_file(request, slug, evidence_id):
    """A file the fact-check shows, for anyone: only while the publication is live, and only
    a public file of its own claim. Anything else is a 404, so private files stay unseen."""
    publication = get_object_or_404(live_publications(), slug=slug)
    evidence = get_object_or_404(
        Evidence, pk=evidence_id, claim_id=publication.claim_id, kind=Evidence.Kind.FILE, public=True
    )
    return downloads.evidence_file(evidence)


def _feed_authors(publication) -> list[dict]:
    """The people who agreed to be named, then the organisation that signs every fact-check."""
    named = byline(publication)
    people = [{"name": named[role]} for role in ("author", "editor") if role in named]
    return [*people, {"name": settings.FACTCHECK_ORGANISATION_NAME, "url": settings.FACTCHECK_ORGANISATION_URL}]


@require_GET
def json_feed(request):
    """JSON Feed 1.1; each item carries its ClaimReview under the `_claimreview` extension."""
    items = []
    for publication in live_publications()[:FEED_SIZE]:
        review = claimreview_for(publication, request)
        modified = date_modified(publication)
        item = {
            "id": review["url"],
            "url": review["url"],
            "title": publication.claim.text,
            "content_text": f"{review['reviewRating']['alternateName']}. {publication.verdict.summary}",
            "date_published": publication.published_at.isoformat(),
            "language": publication.language,
            "authors": _feed_authors(publication),
            "_claimreview": review,
        }
        if modified:
            item["date_modified"] = modified.isoformat()
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": settings.FACTCHECK_ORGANISATION_NAME,
        "home_page_url": request.build_absolute_uri(reverse("publishing:list")),
        "feed_url": request.build_absolute_uri(reverse("publishing:feed-json")),
        "authors": [{"name": settings.FACTCHECK_ORGANISATION_NAME, "url": settings.FACTCHECK_ORGANISATION_URL}],
        "items": items,
    }
    return JsonResponse(feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False})
