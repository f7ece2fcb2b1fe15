"""Evidence files are downloaded, never shown inline, and only by members of the desk."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reviews import services
from tests import factories

pytestmark = pytest.mark.django_db

PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


@pytest.fixture
def evidence(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    upload = SimpleUploadedFile("page.html", PAGE, content_type="image/png")
    return services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload)


def download_url(evidence):
    return reverse("reviews:evidence_file", args=[evidence.pk])


@pytest.mark.parametrize("persona", ["fact_checker", "other_fact_checker", "editor", "admin_user"])
def test_a_member_downloads_the_file_as_an_attachment(client, request, evidence, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.get(download_url(evidence))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PAGE
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    # The type found in the bytes, not the one the browser claimed when uploading.
    assert response["Content-Type"] == "text/html"
    assert "sandbox" in response["Content-Security-Policy"]


def test_an_outsider_gets_not_found(client, outsider, evidence):
    client.force_login(outsider)
    assert client.get(download_url(evidence)).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(client, evidence):
    response = client.get(download_url(evidence))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_evidence_without_a_file_is_not_found(client, fact_checker):
    quote = factories.EvidenceFactory(kind="quote", url="", excerpt="“We never said that.”")
    client.force_login(fact_checker)
    assert client.get(download_url(quote)).status_code == 404
