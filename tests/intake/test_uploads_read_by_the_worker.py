"""An uploaded article is kept with its document and read by the extraction task, never in the web
request: a file that is slow or impossible to read costs a worker, under its time limit, and the
document then fails with the reason in words."""

import threading

import pytest
from celery.exceptions import SoftTimeLimitExceeded
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from bench import hostile_inputs
from claims import readers, services
from claims.models import Document
from ingest import flow
from ingest.tasks import extract_document
from tests.api.conftest import client_for
from tests.brokers import fake_broker

pytestmark = pytest.mark.django_db

ARTICLE = b"Unemployment fell to 3.5 percent in 2019, officials said."


@pytest.fixture
def api_as():
    return client_for


@pytest.fixture
def checker_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


@pytest.fixture
def broker(monkeypatch):
    """A broker that takes the extraction task and runs nothing, as a deployment's web process sees it."""
    return fake_broker(monkeypatch, extract_document, configured=True)


@pytest.fixture
def reads(monkeypatch):
    """Each reading of an upload, with the thread it ran in."""
    calls = []
    real = readers.read_upload

    def recorded(filename, data):
        calls.append(threading.current_thread().name)
        return real(filename, data)

    monkeypatch.setattr(readers, "read_upload", recorded)
    return calls


def test_the_api_keeps_the_upload_and_leaves_its_reading_to_the_task(
    api_as, fact_checker, broker, reads, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(fact_checker).post(
            "/api/v1/documents/", {"file": SimpleUploadedFile("a.txt", ARTICLE)}, format="multipart"
        )

    assert response.status_code == 202 and response.data["extraction_state"] == "pending"
    document = Document.objects.get()
    assert reads == [] and document.text == ""  # nothing read in the request
    assert broker.sent == [document.pk]
    with document.upload.open("rb") as kept:
        assert kept.read() == ARTICLE

    extract_document.apply(args=[document.pk], throw=True)
    document.refresh_from_db()
    assert len(reads) == 1
    assert (document.extraction_state, document.text) == (Document.ExtractionState.DONE, ARTICLE.decode())


def test_the_desk_keeps_the_upload_and_leaves_its_reading_to_the_task(checker_client, broker, reads):
    response = checker_client.post(reverse("desk:intake"), {"file": SimpleUploadedFile("a.md", ARTICLE)})

    document = Document.objects.get()
    assert response["Location"] == reverse("desk:document", args=[document.pk])
    assert reads == [] and document.extraction_state == Document.ExtractionState.PENDING


def test_the_same_file_twice_is_one_document(fact_checker):
    first, created = flow.document_submit_file("a.txt", ARTICLE, submitted_by=fact_checker)
    again, created_again = flow.document_submit_file("copy.txt", ARTICLE, submitted_by=fact_checker)
    assert (created, created_again, again.pk) == (True, False, first.pk)


def test_what_the_person_gave_wins_over_what_the_file_says(django_capture_on_commit_callbacks):
    page = (
        b"<html><head><title>From the file</title><meta name='author' content='File Author'></head>"
        b"<body><article><p>" + ARTICLE + b"</p></article></body></html>"
    )
    with django_capture_on_commit_callbacks(execute=True):
        document, _created = flow.document_submit_file("a.html", page, byline="Given Author", url="https://x.example/a")
    document.refresh_from_db()
    assert (document.byline, document.url, document.title) == ("Given Author", "https://x.example/a", "From the file")


def test_a_file_that_cannot_be_read_fails_with_its_reason_in_the_api_and_the_desk(
    api_as, fact_checker, checker_client, django_capture_on_commit_callbacks
):
    # 10 KB on the wire, millions of drawing instructions once inflated: refused by the reader, in the worker.
    bomb = hostile_inputs.pdf_with_content(hostile_inputs.pdf_content_stream(3_000_000), compress=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = api_as(fact_checker).post(
            "/api/v1/documents/", {"file": SimpleUploadedFile("report.pdf", bomb)}, format="multipart"
        )
    assert response.status_code == 202  # the request no longer reads it: the task finds the problem

    document = Document.objects.get()
    shown = api_as(fact_checker).get(f"/api/v1/documents/{document.pk}/").data
    assert shown["extraction_state"] == "failed"
    assert "far more drawing instructions" in shown["extraction_error"]
    page = checker_client.get(reverse("desk:document", args=[document.pk])).content.decode()
    assert "far more drawing instructions" in page


def test_a_reading_stopped_at_the_soft_time_limit_fails_in_words(monkeypatch):
    document, _created = flow.document_submit_file("a.txt", ARTICLE)

    def too_slow(filename, data):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(readers, "read_upload", too_slow)
    flow.document_extract(document.pk)
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert document.extraction_error.startswith("Reading this document took longer than the")


def test_a_document_whose_runs_keep_dying_is_given_up_and_not_sent_again(monkeypatch):
    document, _created = flow.document_submit_file("a.txt", ARTICLE)
    # Each run was killed (hard time limit, memory) after taking the lock: nothing recorded its end.
    Document.objects.filter(pk=document.pk).update(unfinished_runs=services.MAX_UNFINISHED_RUNS)

    flow.document_extract(document.pk)

    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert document.extraction_error.startswith("Reading this document was cut short 3 times")
    assert document.pk not in services.stale_document_ids()


def test_a_run_that_ends_forgets_the_runs_cut_short_before_it():
    document, _created = flow.document_submit_file("a.txt", ARTICLE)
    Document.objects.filter(pk=document.pk).update(unfinished_runs=services.MAX_UNFINISHED_RUNS - 1)

    flow.document_extract(document.pk)

    document.refresh_from_db()
    assert (document.extraction_state, document.unfinished_runs) == (Document.ExtractionState.DONE, 0)
