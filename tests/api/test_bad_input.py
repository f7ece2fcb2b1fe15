"""Bad input answers 400 (or 404) in the one error shape, and changes nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims.models import Claim, ClaimEvent, Document
from reviews.models import Evidence
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def unchanged(claim):
    claim.refresh_from_db()
    return claim.version == 1 and not ClaimEvent.objects.filter(claim=claim).exists()


@pytest.mark.parametrize(
    "body,field",
    [
        ({"to": "published", "version": 1}, "to"),
        ({"to": "sourced"}, "version"),
        ({"to": "sourced", "version": "one"}, "version"),
        ({"to": "sourced", "version": 10**30}, "version"),
        ({"to": "sourced", "version": 0}, "version"),
        ({"to": ["sourced"], "version": 1}, "to"),
    ],
)
def test_a_malformed_transition_is_a_400_naming_the_field(api_as, fact_checker, claim, body, field):
    response = api_as(fact_checker).post(f"/api/v1/claims/{claim.pk}/transition/", body, format="json")

    assert response.status_code == 400
    assert response.data["code"] == "invalid"
    assert field in response.data["fields"]
    assert unchanged(claim)


def test_malformed_json_is_a_400(api_as, fact_checker, claim):
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/transition/", '{"to": ', content_type="application/json"
    )

    assert response.status_code == 400
    assert response.data["code"] == "parse_error"
    assert unchanged(claim)


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/claims/abc/",
        "/api/v1/claims/-1/",
        "/api/v1/claims/99999999999999999999999999/",
        "/api/v1/claims/999999999999999999/",
        "/api/v1/documents/1.5/",
        "/api/v1/nothing-here/",
    ],
)
def test_an_id_that_names_nothing_is_a_json_404(api_as, fact_checker, path):
    response = api_as(fact_checker).get(path)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize(
    "query,field",
    [
        ("status=published", "status"),
        ("min_score=abc", "min_score"),
        ("min_score=nan", "min_score"),
        ("min_score=2", "min_score"),
        ("document=99999999999999999999999", "document"),
        ("ordering=password", "ordering"),
        ("unassigned=perhaps", "unassigned"),
        ("q=%00", "q"),
    ],
)
def test_a_bad_filter_is_a_400_naming_it(api_as, fact_checker, query, field):
    response = api_as(fact_checker).get(f"/api/v1/claims/?{query}")

    assert response.status_code == 400
    assert field in response.data["fields"]


def test_a_garbled_cursor_is_a_404(api_as, fact_checker):
    response = api_as(fact_checker).get("/api/v1/claims/?cursor=garbage")

    assert response.status_code == 404


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"stance": "supports"},
        {"quote": "x", "stance": "maybe"},
        {"quote": "x", "url": "https://example.org/", "stance": "supports"},
        {"url": "not a url", "stance": "supports"},
        {"quote": "x", "stance": "supports", "source": 10**20},
        {"quote": "x", "stance": "supports", "source": "first"},
    ],
)
def test_bad_evidence_is_refused_and_nothing_is_attached(api_as, fact_checker, claim, body):
    response = api_as(fact_checker).post(f"/api/v1/claims/{claim.pk}/evidence/", body, format="json")

    assert response.status_code == 400
    assert response.data["code"] == "invalid"
    assert not Evidence.objects.exists()
    assert unchanged(claim)


@pytest.mark.parametrize(
    "body",
    [{}, {"title": "No text"}, {"text": ""}, {"text": "A", "url": "https://example.org/"}, {"url": "ftp:/x"}],
)
def test_a_bad_document_is_refused(api_as, fact_checker, body):
    response = api_as(fact_checker).post("/api/v1/documents/", body, format="json")

    assert response.status_code == 400
    assert not Document.objects.exists()


def test_a_url_is_accepted_and_left_for_the_extraction_task(api_as, fact_checker):
    response = api_as(fact_checker).post("/api/v1/documents/", {"url": "https://example.org/a"}, format="json")

    assert response.status_code == 202
    assert response.data["extraction_state"] == "pending"
    assert Document.objects.get().url == "https://example.org/a"


def test_an_uploaded_text_file_is_accepted(api_as, fact_checker, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("a.txt", b"Unemployment fell to 3.5 percent in 2019, officials said.")
    # Read by the extraction task once the request has committed (in-process without a broker).
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(fact_checker).post("/api/v1/documents/", {"file": upload}, format="multipart")

    assert response.status_code == 202
    assert Document.objects.get().text == "Unemployment fell to 3.5 percent in 2019, officials said."


def test_an_unreadable_upload_is_refused_with_the_reason(api_as, fact_checker):
    upload = SimpleUploadedFile("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(64))
    response = api_as(fact_checker).post("/api/v1/documents/", {"file": upload}, format="multipart")

    assert response.status_code == 400
    assert response.data["code"] == "refused"
    assert "PNG" in response.data["detail"]
    assert not Document.objects.exists()


def test_a_url_that_is_not_on_the_web_is_refused(api_as, fact_checker):
    response = api_as(fact_checker).post("/api/v1/documents/", {"url": "ftp://example.org/a"}, format="json")

    assert response.status_code == 400
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    "body,field",
    [
        ({"name": ""}, "name"),
        ({"name": "X", "domains": ["not a domain"]}, "domains"),
        ({"name": "X", "reliability": "excellent"}, "reliability"),
        ({"name": "X", "domains": "example.org"}, "domains"),
    ],
)
def test_a_bad_source_is_refused(api_as, editor, body, field):
    response = api_as(editor).post("/api/v1/sources/", body, format="json")

    assert response.status_code == 400
    assert field in response.data["fields"]
    assert not Source.objects.exists()


def test_a_domain_of_another_source_is_refused(api_as, editor):
    factories.SourceFactory(name="Old", domains=["example.org"])

    response = api_as(editor).post("/api/v1/sources/", {"name": "New", "domains": ["www.Example.org"]}, format="json")

    assert response.status_code == 400
    assert response.data["conditions"] == ["example.org already belongs to Old"]
    assert list(Source.objects.values_list("name", flat=True)) == ["Old"]


def test_assigning_to_an_unknown_reviewer_is_a_400(api_as, editor, claim):
    response = api_as(editor).post(f"/api/v1/claims/{claim.pk}/assign/", {"reviewer": "nobody"}, format="json")

    assert response.status_code == 400
    assert "reviewer" in response.data["fields"]
    assert Claim.objects.get(pk=claim.pk).assignee.username == "fiona"
