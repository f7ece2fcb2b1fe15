"""schema.org ClaimReview for a publication, and its safe embedding in a page.

The rating scale and the speaker heuristic are documented in docs/claimreview.md.
"""

import json
import re
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.safestring import mark_safe

from reviews.models import Verdict

Rating = Verdict.Rating

BEST_RATING = 5
WORST_RATING = 1
# Unverifiable sits in the middle: neither true nor false. alternateName tells it apart from "mixed".
RATING_VALUES = {
    Rating.TRUE: 5,
    Rating.MOSTLY_TRUE: 4,
    Rating.MIXED: 3,
    Rating.UNVERIFIABLE: 3,
    Rating.MISLEADING: 2,
    Rating.FALSE: 1,
}
# The public names of the ratings, in the page's language.
RATING_NAMES = {
    "en": {
        Rating.TRUE: "True",
        Rating.MOSTLY_TRUE: "Mostly true",
        Rating.MIXED: "Mixed",
        Rating.MISLEADING: "Misleading",
        Rating.FALSE: "False",
        Rating.UNVERIFIABLE: "Unverifiable",
    },
    "fr": {
        Rating.TRUE: "Vrai",
        Rating.MOSTLY_TRUE: "Plutôt vrai",
        Rating.MIXED: "Mitigé",
        Rating.MISLEADING: "Trompeur",
        Rating.FALSE: "Faux",
        Rating.UNVERIFIABLE: "Invérifiable",
    },
}
PAGE_LANGUAGES = tuple(RATING_NAMES)

_ACRONYM = re.compile(r"^[A-Z0-9&.-]{2,}$")
# Escapes that keep JSON inside <script> from closing the tag or opening a comment.
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def page_language(claim) -> str:
    language = (claim.language or claim.document.language or settings.LANGUAGE_CODE)[:2].lower()
    return language if language in PAGE_LANGUAGES else "en"


def rating_name(rating: str, language: str) -> str:
    return RATING_NAMES.get(language, RATING_NAMES["en"])[rating]


def speaker_type(speaker: str) -> str:
    """Person or Organization: the extractor's own rule (institutions, media, "the ministry" are
    not people), plus acronyms such as "INSEE" or "OMS", which name organisations."""
    # Imported here, not with the module: loading the extractor compiles its patterns (about half a
    # second), and every process that starts Django imports this module through the admin.
    from claims.extraction.names import is_person

    if _ACRONYM.match(speaker.strip()) or not is_person(speaker):
        return "Organization"
    return "Person"


def http_url(url: str) -> str:
    """The URL when it is http(s), else "": never link a javascript: or data: address."""
    return url if urlsplit(url).scheme in ("http", "https") else ""


def _base_url(request_or_base_url) -> str:
    if isinstance(request_or_base_url, str):
        return request_or_base_url
    return request_or_base_url.build_absolute_uri("/")


def _appearance(document) -> dict | None:
    url = http_url(document.url)
    if not url and not document.title:
        return None
    work = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if document.title:
        work["headline"] = document.title
    if document.published:
        work["datePublished"] = document.published.isoformat()
    if document.publisher_id:
        work["publisher"] = {"@type": "Organization", "name": document.publisher.name}
    return work


def public_name(user) -> str:
    return user.get_full_name() or user.get_username()


def _named(user) -> bool:
    profile = getattr(user, "reviewer_profile", None)  # absent: never asked, so not named
    return user is not None and profile is not None and profile.named_publicly


def byline(publication) -> dict:
    """Who is named on the fact-check: its fact-checker ("author") and its approving editor
    ("editor"), each only when they agreed to be named (reviews.ReviewerProfile.named_publicly)."""
    verdict = publication.verdict
    people = {"author": verdict.author, "editor": verdict.decided_by}
    return {role: public_name(user) for role, user in people.items() if _named(user)}


def claimreview_for(publication, request_or_base_url) -> dict:
    """The ClaimReview of a publication; URLs are absolute, from a request or a base URL."""
    verdict, claim = publication.verdict, publication.claim
    document = claim.document
    item = {"@type": "Claim"}
    if claim.speaker:
        item["author"] = {"@type": speaker_type(claim.speaker), "name": claim.speaker}
    if document.published:
        item["datePublished"] = document.published.isoformat()
    if appearance := _appearance(document):
        item["appearance"] = appearance
        # The earliest appearance the desk knows of is the document it was found in.
        item["firstAppearance"] = appearance
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": urljoin(_base_url(request_or_base_url), publication.get_absolute_url()),
        "claimReviewed": claim.text,
        "reviewBody": verdict.summary,
        "inLanguage": publication.language,
        "datePublished": publication.published_at.date().isoformat(),
        "author": {
            "@type": "Organization",
            "name": settings.FACTCHECK_ORGANISATION_NAME,
            "url": settings.FACTCHECK_ORGANISATION_URL,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING_VALUES[verdict.rating],
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": rating_name(verdict.rating, publication.language),
        },
        "itemReviewed": item,
    }
    named = byline(publication)
    if "author" in named:
        review["author"] = [review["author"], {"@type": "Person", "name": named["author"]}]
    if "editor" in named:
        review["editor"] = {"@type": "Person", "name": named["editor"]}
    if modified := date_modified(publication):
        review["dateModified"] = modified.date().isoformat()
    return review


def date_modified(publication):
    """When the page last changed after it was published: its latest correction, or the reopen of its
    claim that put it under review; None when neither happened."""
    corrections = list(publication.corrections.all())
    changes = [corrections[-1].created_at] if corrections else []
    if publication.under_review_since:
        changes.append(publication.under_review_since)
    return max(changes, default=None)


def script_safe_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2).translate(_SCRIPT_SAFE)


def jsonld_script(data) -> str:
    """A <script type="application/ld+json"> block that text inside `data` cannot break out of."""
    return mark_safe(f'<script type="application/ld+json">{script_safe_json(data)}</script>')
