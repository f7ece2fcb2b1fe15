"""Public pages and feeds: no sign-in. Only live publications of approved verdicts are shown."""

from pathlib import PurePosixPath

from django.conf import settings
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_GET

from publishing.claimreview import claimreview_for, date_modified, http_url, jsonld_script, rating_name
from publishing.models import Publication
from publishing.selectors import live_publication_for_claim, live_publications
from reviews import downloads
from reviews.models import Evidence

FEED_SIZE = 50
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


@require_GET
def factcheck_list(request):
    publications = live_publications()[:FEED_SIZE]
    rows = [
        (publication, rating_name(publication.verdict.rating, publication.language)) for publication in publications
    ]
    return _render_public(request, "publishing/factcheck_list.html", {"rows": rows})


@require_GET
def factcheck_detail(request, slug):
    publication = get_object_or_404(
        Publication.objects.select_related("verdict", "claim__document__publisher"), slug=slug
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
