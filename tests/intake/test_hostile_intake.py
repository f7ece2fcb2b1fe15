"""Hostile input at intake: one size cap on every way in, readers that refuse bombs in words, a stopped
extraction that says why, and matching queries that cannot run for minutes."""

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import OperationalError, connection
from django.urls import reverse
from rest_framework.test import APIClient

from bench import hostile_inputs
from claims import readers, workflow
from claims.models import Document
from ingest import flow
from publishing import matching
from publishing.models import PendingMatching
from tests import factories
from tests.intake.conftest import Reply

pytestmark = pytest.mark.django_db

CAP = 1000
OVERSIZE = b"Unemployment fell to 3.5 percent in 2019, officials said. " * 20  # 1,180 bytes


@pytest.fixture(autouse=True)
def small_cap(settings):
    settings.FACTCHECK_INTAKE_MAX_BYTES = CAP


def test_the_api_refuses_a_file_or_a_text_over_the_intake_cap(fact_checker):
    client = APIClient()
    client.force_authenticate(fact_checker)
    upload = SimpleUploadedFile("a.txt", OVERSIZE)
    by_file = client.post("/api/v1/documents/", {"file": upload}, format="multipart")
    by_text = client.post("/api/v1/documents/", {"text": OVERSIZE.decode()}, format="json")
    assert by_file.status_code == 400
    assert "larger than 1000" in str(by_file.data)
    assert by_text.status_code == 400
    assert Document.objects.count() == 0


def test_the_desk_form_refuses_a_file_over_the_intake_cap(client, fact_checker):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:intake"), {"file": SimpleUploadedFile("a.txt", OVERSIZE)})
    assert response.status_code == 422
    assert "larger than 1000" in response.content.decode()
    assert Document.objects.count() == 0


def test_the_ingest_command_refuses_a_file_over_the_intake_cap(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes(OVERSIZE)
    with pytest.raises(CommandError, match="larger than 1000"):
        call_command("ingest", str(path))
    assert Document.objects.count() == 0


def test_a_fetched_page_over_the_intake_cap_fails_with_the_reason(local_server, django_capture_on_commit_callbacks):
    local_server.routes["/big"] = Reply(body=OVERSIZE, headers={"Content-Type": "text/plain"})
    with django_capture_on_commit_callbacks(execute=True):
        document, _created = flow.document_submit_url(local_server.url("/big"))
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert document.extraction_error


def test_text_read_from_a_small_file_is_held_to_the_cap_too():
    html = b"<!DOCTYPE html><html><body><article><p>" + OVERSIZE[:900] + b"</p></article></body></html>"
    with pytest.raises(workflow.Refused):
        flow.document_submit_file("a.html", html.replace(b"said.", b"said. " * 3))


def test_a_pdf_that_inflates_far_beyond_its_size_is_refused_in_words(settings):
    settings.FACTCHECK_INTAKE_MAX_BYTES = 10 * 1024 * 1024
    bomb = hostile_inputs.pdf_with_content(hostile_inputs.pdf_content_stream(3_000_000), compress=True)
    assert len(bomb) < 10_000
    with pytest.raises(readers.UnreadableInput, match="far more drawing instructions"):
        readers.read_upload("report.pdf", bomb)


def test_a_pdf_with_arrays_nested_too_deep_is_refused_as_damaged():
    nested = hostile_inputs.pdf_with_content(b"BT " + b"[" * 50_000 + b"] TJ ET", compress=False)
    with pytest.raises(readers.UnreadableInput, match="may be damaged"):
        readers.read_upload("report.pdf", nested)


def test_an_extraction_stopped_at_the_soft_time_limit_says_why_in_words(settings, monkeypatch):
    document = factories.DocumentFactory(text="Unemployment fell to 3.5 percent in 2019, officials said.")

    def too_slow(*args, **kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr("claims.extraction.extract", too_slow)
    flow.document_extract(document.pk)
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert document.extraction_error.startswith("Reading this document took longer than the")
    assert "SoftTimeLimitExceeded" not in document.extraction_error


def _cancelled() -> OperationalError:
    class QueryCanceled(Exception):
        sqlstate = "57014"

    error = OperationalError("canceling statement due to statement timeout")
    error.__cause__ = QueryCanceled()
    return error


def test_a_matching_search_that_times_out_is_recorded_and_not_queued_again(monkeypatch, settings):
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0
    claim = factories.ClaimFactory()
    PendingMatching.objects.update_or_create(claim=claim)

    def cancelled(claim):
        raise _cancelled()

    monkeypatch.setattr(matching, "suggest_matches", cancelled)
    matching.suggest_for_claims([claim.pk])
    pending = PendingMatching.objects.get(claim=claim)
    assert pending.timed_out_at is not None
    assert claim.pk not in matching.claims_requeue_unmatched()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_postgresql_cancels_a_matching_query_past_the_timeout(monkeypatch, settings):
    settings.FACTCHECK_MATCHING_TIMEOUT_MS = 50
    claim = factories.ClaimFactory()
    PendingMatching.objects.update_or_create(claim=claim)

    def slow(claim):
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_sleep(2)")

    monkeypatch.setattr(matching, "suggest_matches", slow)
    matching.suggest_for_claims([claim.pk])
    assert PendingMatching.objects.get(claim=claim).timed_out_at is not None
    with connection.cursor() as cursor:
        cursor.execute("SHOW statement_timeout")
        assert cursor.fetchone()[0] == "0"  # SET LOCAL ended with the transaction
