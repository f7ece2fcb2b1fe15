"""A redelivered or duplicate extraction task neither gives up nor runs twice at once."""

import pytest
from celery.exceptions import Retry
from django.utils import timezone

from claims import services
from claims.models import ClaimEvent, Document
from factcheck.celery import app
from ingest.tasks import BUSY_RETRY_SECONDS, busy_retries, extract_document

pytestmark = pytest.mark.django_db

TEXT = "The unemployment rate fell to 3.5 percent in 2019, the Labor Department said. It was a good year."


@pytest.fixture
def with_a_broker():
    """apply() runs the task here as a worker would, retries included, with no broker needed."""
    app.conf.task_always_eager = False


def running_document(task_id: str) -> Document:
    return Document.objects.create(
        text=TEXT,
        content_hash="e" * 64,
        extraction_state=Document.ExtractionState.RUNNING,
        extraction_started_at=timezone.now(),
        extraction_task_id=task_id,
    )


def test_the_same_task_delivered_again_takes_its_lock_over_at_once(with_a_broker):
    # Its worker died mid-extraction: the broker hands the unacknowledged task out again.
    document = running_document("task-1")
    extract_document.apply(args=[document.pk], task_id="task-1", throw=True)
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.DONE
    assert document.claims.exists()
    assert ClaimEvent.objects.filter(kind=ClaimEvent.Kind.CREATED).count() == document.claims.count()


def test_another_task_waits_for_the_run_holding_the_lock_and_asks_again_later(with_a_broker):
    document = running_document("task-1")
    with pytest.raises(Retry) as retry:
        extract_document.apply(args=[document.pk], task_id="task-2", throw=True)
    assert retry.value.when == BUSY_RETRY_SECONDS
    document.refresh_from_db()
    assert (document.extraction_state, document.extraction_task_id) == (Document.ExtractionState.RUNNING, "task-1")
    assert not document.claims.exists()


def test_the_waits_outlast_a_stale_lock_then_stop(with_a_broker, settings):
    assert busy_retries() * BUSY_RETRY_SECONDS > settings.FACTCHECK_EXTRACTION_STALE_MINUTES * 60
    document = running_document("task-1")
    with pytest.raises(services.ExtractionRunning):
        extract_document.apply(args=[document.pk], task_id="task-2", retries=busy_retries(), throw=True)


def test_without_a_broker_a_busy_document_is_left_to_the_run_in_progress():
    document = running_document("task-1")
    extract_document.delay(document.pk)
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.RUNNING


def test_a_run_records_its_task_id_and_a_second_run_of_the_same_task_adds_nothing(with_a_broker):
    document = Document.objects.create(text=TEXT, content_hash="f" * 64)
    extract_document.apply(args=[document.pk], task_id="task-1", throw=True)
    document.refresh_from_db()
    claims = list(document.claims.values_list("pk", flat=True))
    assert claims and document.extraction_task_id == "task-1"
    extract_document.apply(args=[document.pk], task_id="task-1", throw=True)
    assert list(document.claims.values_list("pk", flat=True)) == claims
