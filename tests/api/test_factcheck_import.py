"""Editors import a newsroom's past fact-checks from a ClaimReview file: all of it, or none."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from publishing import importing
from publishing.models import ExternalFactCheck

pytestmark = pytest.mark.django_db


def review(url, claim="Unemployment fell by 1,900 people in 2025.", rating="False"):
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "datePublished": "2025-10-03",
        "reviewRating": {"@type": "Rating", "alternateName": rating},
    }


def upload(client, content: bytes, name="reviews.json"):
    return client.post("/api/v1/factchecks/import/", {"file": SimpleUploadedFile(name, content)}, format="multipart")


def test_an_editor_imports_every_review_in_the_file(api_as, editor):
    content = json.dumps([review("https://archive.example/1"), review("https://archive.example/2")]).encode()

    response = upload(api_as(editor), content)

    assert response.status_code == 200
    assert response.data == {"created": 2, "updated": 0}
    assert ExternalFactCheck.objects.get(url="https://archive.example/1").imported_by == editor


def test_importing_the_same_review_again_refreshes_it(api_as, editor):
    client = api_as(editor)
    upload(client, json.dumps(review("https://archive.example/1")).encode())

    response = upload(client, json.dumps(review("https://archive.example/1", rating="Misleading")).encode())

    assert response.data == {"created": 0, "updated": 1}
    assert ExternalFactCheck.objects.get().rating_name == "Misleading"


def test_a_file_with_one_bad_review_imports_nothing_and_lists_every_problem(api_as, editor):
    content = json.dumps(
        [review("https://archive.example/1"), review("javascript:alert(1)"), {"@type": "Article"}]
    ).encode()

    response = upload(api_as(editor), content)

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["conditions"] == ["item 2: url is not an http(s) address", "item 3 is not a ClaimReview"]
    assert not ExternalFactCheck.objects.exists()


def test_a_file_that_is_not_json_is_refused_clearly(api_as, editor):
    response = upload(api_as(editor), b"name,rating\nfoo,False\n", name="reviews.csv")

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"].startswith("the file is not JSON")


def test_a_file_over_the_limit_is_refused_without_reading_all_of_it(api_as, editor, monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 100)

    response = upload(api_as(editor), json.dumps([review(f"https://archive.example/{n}") for n in range(5)]).encode())

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert "larger than" in response.data["detail"]


def test_the_file_is_required(api_as, editor):
    response = api_as(editor).post("/api/v1/factchecks/import/", {}, format="multipart")

    assert (response.status_code, response.data["code"]) == (400, "invalid")
    assert "file" in response.data["fields"]


def test_fact_checkers_cannot_import(api_as, fact_checker):
    response = upload(api_as(fact_checker), json.dumps(review("https://archive.example/1")).encode())

    assert response.status_code == 403
    assert not ExternalFactCheck.objects.exists()
