import json
import re

import pytest
from django.urls import reverse

from publishing import services
from publishing.claimreview import (
    BEST_RATING,
    RATING_VALUES,
    WORST_RATING,
    claimreview_for,
    jsonld_script,
    speaker_type,
)
from reviews.models import Verdict
from tests import factories

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
BASE = "https://desk.example"


def prop(node, name):
    return node[f"{SCHEMA}{name}"]


def value(node, name):
    (item,) = prop(node, name)
    return item.get("@value", item.get("@id"))


def node_of(node, name):
    (item,) = prop(node, name)
    return item


def jsonld_blocks(page: str):
    return re.findall(r'<script type="application/ld\+json">(.*?)</script>', page, re.DOTALL)


def test_the_claimreview_expands_with_every_property_and_type(publish, expand):
    publication = publish(text="Unemployment fell by 1,900 people.", speaker="Jane Doe", rating="false")

    (review,) = expand(claimreview_for(publication, BASE))

    assert review["@type"] == [f"{SCHEMA}ClaimReview"]
    assert value(review, "claimReviewed") == "Unemployment fell by 1,900 people."
    assert value(review, "url") == f"{BASE}/factchecks/{publication.slug}/"
    assert value(review, "datePublished") == publication.published_at.date().isoformat()
    author = node_of(review, "author")
    assert author["@type"] == [f"{SCHEMA}Organization"]
    assert value(author, "name") == "Factcheck desk"
    assert value(author, "url") == "https://factcheck.example.org/"
    rating = node_of(review, "reviewRating")
    assert rating["@type"] == [f"{SCHEMA}Rating"]
    assert (value(rating, "ratingValue"), value(rating, "bestRating"), value(rating, "worstRating")) == (1, 5, 1)
    assert value(rating, "alternateName") == "False"
    item = node_of(review, "itemReviewed")
    assert item["@type"] == [f"{SCHEMA}Claim"]
    assert value(item, "datePublished") == "2026-10-01"
    speaker = node_of(item, "author")
    assert speaker["@type"] == [f"{SCHEMA}Person"]
    assert value(speaker, "name") == "Jane Doe"
    for appearance_property in ("appearance", "firstAppearance"):
        appearance = node_of(item, appearance_property)
        assert appearance["@type"] == [f"{SCHEMA}CreativeWork"]
        assert value(appearance, "url") == "https://quotidien.example/interview"


def test_every_term_used_is_in_the_local_context(publish, expand):
    """An unknown term would silently vanish on expansion: compare key counts before and after."""
    publication = publish(speaker="Jane Doe")
    services.publication_correct(publication, actor=publication.verdict.decided_by, text="Fixed a date.")
    data = claimreview_for(publication, BASE)

    def keys(node):
        if isinstance(node, dict):
            return sum(1 + keys(child) for key, child in node.items() if key not in ("@context", "@type"))
        return 0

    def expanded_keys(node):
        if isinstance(node, list):
            return sum(expanded_keys(child) for child in node)
        if isinstance(node, dict):
            return sum(1 + expanded_keys(child) for key, child in node.items() if not key.startswith("@"))
        return 0

    assert expanded_keys(expand(data)) == keys(data)


@pytest.mark.parametrize("rating", Verdict.Rating.values)
def test_every_rating_maps_inside_the_scale(rating, publish):
    publication = publish(rating=rating)
    review = claimreview_for(publication, BASE)["reviewRating"]
    assert review["worstRating"] <= review["ratingValue"] <= review["bestRating"]
    assert (review["worstRating"], review["bestRating"]) == (WORST_RATING, BEST_RATING)
    assert review["alternateName"]


def test_the_scale_is_ordered_from_false_to_true():
    order = ["false", "misleading", "mixed", "mostly-true", "true"]
    assert [RATING_VALUES[rating] for rating in order] == sorted(RATING_VALUES[rating] for rating in order)


def test_french_pages_name_the_rating_in_french(publish):
    publication = publish(language="fr", rating="mostly-true")
    assert claimreview_for(publication, BASE)["reviewRating"]["alternateName"] == "Plutôt vrai"


def test_no_speaker_means_no_claim_author(publish):
    publication = publish(speaker="")
    assert "author" not in claimreview_for(publication, BASE)["itemReviewed"]


@pytest.mark.parametrize(
    "speaker,expected",
    [
        ("Jane Doe", "Person"),
        ("Dmitri Peskov", "Person"),
        ("le ministère de l’Intérieur", "Organization"),
        ("Agence régionale de santé", "Organization"),
        ("the Ministry of Health", "Organization"),
        ("INSEE", "Organization"),
    ],
)
def test_speakers_are_people_unless_they_name_an_organisation(speaker, expected):
    assert speaker_type(speaker) == expected


def test_article_text_cannot_break_out_of_the_jsonld_block(client, publish, expand):
    attack = "</script><script>alert(1)</script> & <!-- x"
    publication = publish(text=f"He said {attack}", summary=attack)

    page = client.get(publication.get_absolute_url()).content.decode()

    assert "<script>alert(1)" not in page
    (block,) = jsonld_blocks(page)
    data = json.loads(block)
    assert data["claimReviewed"] == f"He said {attack}"
    assert "<" not in block and "&" not in block
    (review,) = expand(data)
    assert value(review, "claimReviewed") == f"He said {attack}"


def test_jsonld_script_escapes_markup():
    script = jsonld_script({"text": "</script>"})
    assert script.count("</script>") == 1
    assert "\\u003c/script\\u003e" in script


def test_the_api_serves_the_claimreview_without_sign_in(client, publish):
    publication = publish()
    response = client.get(reverse("api:claimreview", args=[publication.claim_id]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/ld+json")
    data = json.loads(response.content)
    assert data["@type"] == "ClaimReview"
    assert data["url"] == f"http://testserver/factchecks/{publication.slug}/"


def test_the_api_answers_404_unless_published_and_live(client, publish, editor):
    unpublished = factories.ClaimFactory()
    assert client.get(reverse("api:claimreview", args=[unpublished.pk])).status_code == 404
    publication = publish()
    services.publication_withdraw(publication, actor=editor, reason="Wrong.")
    assert client.get(reverse("api:claimreview", args=[publication.claim_id])).status_code == 404
