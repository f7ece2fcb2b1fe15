"""Stored XSS: text from outside (article text, evidence excerpts, imported ClaimReviews) is
planted with markup, then every page that shows it must show it as text."""

import json

import pytest
from django.urls import reverse

from claims.models import Claim
from publishing import matching
from publishing import services as publishing_services
from publishing.importing import claimreviews_import
from reviews import services as review_services
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("planted")</script><img src=x onerror=alert(1)>'
ESCAPED = "&lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;"


def assert_shown_as_text(response):
    assert response.status_code == 200, response.status_code
    page = response.content.decode()
    assert '<script>alert("planted")' not in page
    assert "<img src=x onerror" not in page
    assert ESCAPED in page


@pytest.fixture
def planted(fact_checker, editor):
    """A claim whose article, speaker, evidence and verdict all carry markup, published."""
    source = factories.SourceFactory(name=f"Source {HOSTILE}")
    document = factories.DocumentFactory(
        title=f"Title {HOSTILE}",
        text=f"Article {HOSTILE}. Unemployment fell by 1,900 people in 2025.",
        byline=HOSTILE,
        url="https://news.example/a",
    )
    claim = factories.ClaimFactory(
        document=document,
        text=f"Unemployment fell by 1,900 people in 2025 {HOSTILE}",
        start=0,
        end=len(document.text),
        speaker=f"Minister {HOSTILE}",
        assignee=fact_checker,
        status=Claim.Status.CORROBORATED,
    )
    factories.EvidenceFactory(claim=claim, source=source, kind="quote", url="", excerpt=f"Excerpt {HOSTILE}")
    verdict = review_services.verdict_save_draft(claim, actor=fact_checker, rating="false", summary=f"Wrong {HOSTILE}")
    review_services.verdict_submit(verdict, actor=fact_checker)
    return claim


@pytest.fixture
def imported(planted):
    """An imported ClaimReview with markup, matched to a new claim."""
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://archive.example/fc/1",
        "claimReviewed": f"Unemployment fell by 1,900 people in 2025 {HOSTILE}",
        "datePublished": "2025-10-03",
        "author": {"@type": "Organization", "name": f"Archive {HOSTILE}"},
        "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1,
                         "alternateName": f"False {HOSTILE}"},
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": f"Jane {HOSTILE}"}},
    }  # fmt: skip
    claimreviews_import(json.dumps(review).encode())
    matching.suggest_matches(planted)
    return planted


@pytest.mark.parametrize(
    "page",
    [
        lambda claim: reverse("desk:claim", args=[claim.pk]),
        lambda claim: reverse("desk:document", args=[claim.document_id]),
        lambda claim: reverse("desk:queue_mine"),
        lambda claim: reverse("desk:approvals"),
        lambda claim: reverse("desk:source", args=[claim.evidence.get().source_id]),
        lambda claim: reverse("admin:claims_claim_change", args=[claim.pk]),
        lambda claim: reverse("admin:claims_document_change", args=[claim.document_id]),
    ],
    ids=["workspace", "document", "my-queue", "approvals", "source", "admin-claim", "admin-document"],
)
def test_the_desk_shows_planted_markup_as_text(client, editor, fact_checker, planted, page):
    viewer = editor if "approvals" in page(planted) or "admin" in page(planted) else fact_checker
    viewer.is_staff = True
    viewer.save()
    client.force_login(viewer)
    assert_shown_as_text(client.get(page(planted)))


def test_an_imported_claimreview_is_shown_as_text_where_it_is_matched(client, fact_checker, imported):
    client.force_login(fact_checker)
    response = client.get(reverse("desk:claim", args=[imported.pk]))
    assert_shown_as_text(response)
    assert "False &lt;script&gt;" in response.content.decode()


def test_the_public_page_and_feeds_show_planted_markup_as_text(client, editor, planted):
    verdict = planted.verdicts.get()
    publishing_services.verdict_approve(verdict, actor=editor)
    publication = planted.publications.get()

    assert_shown_as_text(client.get(reverse("publishing:factcheck", args=[publication.slug])))
    assert_shown_as_text(client.get(reverse("publishing:list")))
    atom = client.get(reverse("publishing:feed-atom")).content.decode()
    assert '<script>alert("planted")' not in atom
    # JSON never becomes markup by itself; what matters is that it parses back to the same text.
    feed = json.loads(client.get(reverse("publishing:feed-json")).content)
    assert f"Title {HOSTILE}" in strings_in(feed)


def strings_in(data) -> set[str]:
    if isinstance(data, str):
        return {data}
    values = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
    return set().union(*(strings_in(value) for value in values))
