"""Hostile bodies get a clear 400, never a 500: JSON nested deeper than Python's decoder goes,
on every endpoint that reads JSON, and in the ClaimReview importer; ratings that are no number."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from publishing.importing import ImportRefused, parse_claimreviews
from publishing.models import ExternalFactCheck
from tests.publishing.test_import import review

pytestmark = pytest.mark.django_db

DEEP = "[" * 100_000 + "]" * 100_000


def json_operations():
    """Every (method, path) of the schema whose request body may be JSON, ids set to 1."""
    schema = Client().get("/api/schema/?format=json").json()
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            if "application/json" in operation.get("requestBody", {}).get("content", {}):
                yield method, "/".join("1" if part.startswith("{") else part for part in path.split("/"))


def test_every_json_endpoint_answers_deep_nesting_with_a_400(api_as, admin_user):
    operations = list(json_operations())
    assert len(operations) > 10
    client = api_as(admin_user)
    for method, path in operations:
        response = getattr(client, method)(path, DEEP, content_type="application/json")
        assert response.status_code < 500, (method, path, response.status_code)
        assert response["Content-Type"] == "application/json", (method, path)
        if response.status_code == 400:
            assert response.json()["code"] == "parse_error", (method, path, response.json())


def test_a_deeply_nested_document_body_is_a_parse_error(api_as, fact_checker):
    response = api_as(fact_checker).post("/api/v1/documents/", DEEP, content_type="application/json")

    assert response.status_code == 400
    assert response.json() == {"detail": "JSON parse error - the body is nested too deeply.", "code": "parse_error"}


def test_a_deeply_nested_sign_in_is_a_parse_error(api_client_anonymous):
    response = api_client_anonymous.post("/api/v1/auth/token/", DEEP, content_type="application/json")

    assert response.status_code == 400
    assert response.json()["code"] == "parse_error"


def test_a_deeply_nested_claimreview_file_is_refused_with_a_reason():
    with pytest.raises(ImportRefused) as refusal:
        parse_claimreviews(DEEP.encode())

    assert refusal.value.messages == ["the file is nested too deeply to be a ClaimReview file"]


def test_a_deeply_nested_claimreview_upload_is_a_400(api_as, editor):
    upload = SimpleUploadedFile("deep.json", DEEP.encode(), content_type="application/json")
    response = api_as(editor).post("/api/v1/factchecks/import/", {"file": upload}, format="multipart")

    assert response.status_code == 400
    assert response.json()["conditions"] == ["the file is nested too deeply to be a ClaimReview file"]


@pytest.mark.parametrize("value", ["Infinity", "-Infinity", "NaN"])
@pytest.mark.parametrize("key", ["ratingValue", "bestRating", "worstRating"])
def test_a_rating_that_is_not_a_finite_number_is_refused(value, key):
    item = review()
    item["reviewRating"][key] = "__constant__"
    raw = json.dumps([item]).replace('"__constant__"', value)  # a bare NaN/Infinity, as json.dumps writes them

    with pytest.raises(ImportRefused) as refusal:
        parse_claimreviews(raw.encode())

    assert refusal.value.messages == [f"item 1: {key} is not a number"]
    assert not ExternalFactCheck.objects.exists()


@pytest.mark.parametrize("value", ["Infinity", "nan", "1e400"])
def test_a_rating_written_as_a_non_finite_string_is_refused(value):
    item = review()
    item["reviewRating"]["ratingValue"] = value

    with pytest.raises(ImportRefused) as refusal:
        parse_claimreviews(json.dumps([item]).encode())

    assert refusal.value.messages == ["item 1: ratingValue is not a number"]
