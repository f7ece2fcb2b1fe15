"""A real Celery worker, on the real broker, extracts an ingested document."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.conf import settings

from claims.models import Document
from factcheck.celery import app
from ingest import flow

needs_broker = pytest.mark.skipif(
    not settings.CELERY_BROKER_URL, reason="no broker: set CELERY_BROKER_URL (CI sets it to Redis)"
)


@needs_broker
@pytest.mark.celery_worker
@pytest.mark.django_db(transaction=True)
def test_a_worker_extracts_a_submitted_document():
    app.control.purge()
    with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
        document, created = flow.document_submit(
            text="The unemployment rate fell to 3.5 percent in 2019, the Labor Department said. It was a good year."
        )
        assert created
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            document.refresh_from_db()
            if document.extraction_state == Document.ExtractionState.DONE:
                break
            time.sleep(0.2)
    assert document.extraction_state == Document.ExtractionState.DONE
    assert document.claims.exists()
