"""Evidence files download through the API, and web pages show their archived copy."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from reviews import services
from reviews.models import ArchivedPage
from tests import factories

pytestmark = pytest.mark.django_db

PAGE = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


@pytest.fixture
def file_evidence(fact_checker, claim):
    upload = SimpleUploadedFile("page.html", PAGE, content_type="image/png")
    return services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload)


@pytest.fixture
def web_evidence(claim):
    return factories.EvidenceFactory(claim=claim, url="https://news.example/rates")


def evidence_path(evidence, tail=""):
    return f"/api/v1/claims/{evidence.claim_id}/evidence/{evidence.pk}/{tail}"


def test_file_evidence_tells_its_type_hash_and_where_to_download_it(api_as, other_fact_checker, file_evidence):
    listed = api_as(other_fact_checker).get(f"/api/v1/claims/{file_evidence.claim_id}/evidence/").data[0]

    assert listed["content_type"] == "text/html"  # found in the bytes, not the type the browser sent
    assert listed["sha256"] == file_evidence.sha256
    assert listed["file_url"] == evidence_path(file_evidence, "file/")
    assert listed["archive"] is None


def test_a_member_downloads_the_file_as_an_attachment_the_browser_may_not_sniff(
    api_as, other_fact_checker, file_evidence
):
    response = api_as(other_fact_checker).get(evidence_path(file_evidence, "file/"))

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PAGE
    assert response["Content-Type"] == "text/html"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]


def test_a_client_that_accepts_only_the_files_type_still_gets_it(api_as, fact_checker, file_evidence):
    response = api_as(fact_checker).get(evidence_path(file_evidence, "file/"), HTTP_ACCEPT="text/html")

    assert response.status_code == 200


def test_evidence_reached_through_another_claim_is_not_found(api_as, fact_checker, file_evidence):
    other_claim = factories.ClaimFactory(assignee=fact_checker)

    response = api_as(fact_checker).get(f"/api/v1/claims/{other_claim.pk}/evidence/{file_evidence.pk}/file/")

    assert response.status_code == 404
    assert response.data["code"] == "not_found"


def test_evidence_without_a_file_has_no_download(api_as, fact_checker, web_evidence):
    response = api_as(fact_checker).get(evidence_path(web_evidence, "file/"), HTTP_ACCEPT="application/pdf")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Not found.", "code": "not_found"}


def test_a_program_named_like_a_pdf_is_refused_with_the_reason(api_as, fact_checker, claim):
    upload = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 100)

    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/evidence/", {"file": upload, "stance": "supports"}, format="multipart"
    )

    assert response.status_code == 400
    assert response.data["code"] == "refused"
    assert "Windows program" in response.data["detail"]
    assert not claim.evidence.exists()


def test_the_same_file_twice_on_one_claim_is_refused(api_as, fact_checker, file_evidence):
    again = SimpleUploadedFile("copy.html", PAGE)

    response = api_as(fact_checker).post(
        f"/api/v1/claims/{file_evidence.claim_id}/evidence/", {"file": again, "stance": "context"}, format="multipart"
    )

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"] == "this file is already attached to this claim"


def test_a_web_page_added_as_evidence_waits_for_its_archive(api_as, fact_checker, claim):
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/evidence/", {"url": "https://news.example/a", "stance": "supports"}
    )

    assert response.status_code == 201
    assert response.data["archive"]["state"] == "pending"
    assert response.data["file_url"] is None


def test_an_archived_page_shows_what_was_fetched_and_its_text(api_as, other_fact_checker, web_evidence):
    fetched_at = timezone.now()
    ArchivedPage.objects.create(
        evidence=web_evidence,
        state=ArchivedPage.State.DONE,
        final_url="https://news.example/rates?page=1",
        sha256="ab" * 32,
        title="Rates held",
        published=date(2026, 3, 2),
        text="The central bank held its rate.",
        fetched_at=fetched_at,
        status=200,
        content_type="text/html",
    )
    client = api_as(other_fact_checker)

    summary = client.get(f"/api/v1/claims/{web_evidence.claim_id}/").data["evidence"][0]["archive"]
    archive = client.get(evidence_path(web_evidence, "archive/")).data

    assert summary["state"] == "done"
    assert summary["final_url"] == "https://news.example/rates?page=1"
    assert (summary["title"], summary["published"]) == ("Rates held", "2026-03-02")
    assert "text" not in summary
    assert archive["text"] == "The central bank held its rate."
    assert archive["sha256"] == "ab" * 32


def test_evidence_never_archived_has_no_archive(api_as, fact_checker, file_evidence):
    assert api_as(fact_checker).get(evidence_path(file_evidence, "archive/")).status_code == 404


def test_a_failed_archive_says_why_and_can_be_queued_again(api_as, fact_checker, web_evidence):
    ArchivedPage.objects.create(evidence=web_evidence, state=ArchivedPage.State.FAILED, error="Timed out.")
    client = api_as(fact_checker)
    assert client.get(evidence_path(web_evidence, "archive/")).data["error"] == "Timed out."

    response = client.post(evidence_path(web_evidence, "archive/retry/"))

    assert response.status_code == 202
    assert (response.data["state"], response.data["error"]) == ("pending", "")


def test_a_page_already_archived_is_not_fetched_again(api_as, fact_checker, web_evidence):
    ArchivedPage.objects.create(evidence=web_evidence, state=ArchivedPage.State.DONE)

    response = api_as(fact_checker).post(evidence_path(web_evidence, "archive/retry/"))

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"] == "this page is already archived"


def test_only_web_pages_are_archived(api_as, fact_checker, file_evidence):
    response = api_as(fact_checker).post(evidence_path(file_evidence, "archive/retry/"))

    assert (response.status_code, response.data["detail"]) == (400, "only web pages are archived")


def test_another_fact_checker_cannot_queue_the_archive_again(api_as, other_fact_checker, web_evidence):
    ArchivedPage.objects.create(evidence=web_evidence, state=ArchivedPage.State.FAILED)

    response = api_as(other_fact_checker).post(evidence_path(web_evidence, "archive/retry/"))

    assert (response.status_code, response.data["code"]) == (403, "not_allowed")
