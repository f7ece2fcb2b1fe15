"""The sweep re-sends documents whose task was never queued or was lost, not those waiting in line."""

from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Document
from ingest import flow
from ingest.tasks import extract_document
from tests.brokers import fake_broker

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(monkeypatch):
    return fake_broker(monkeypatch, extract_document)


def submit(text: str, django_capture_on_commit_callbacks) -> Document:
    with django_capture_on_commit_callbacks(execute=True):
        document, _created = flow.document_submit(text=text)
    document.refresh_from_db()
    return document


def test_documents_waiting_in_line_are_not_sent_again_but_one_never_queued_is(
    broker, settings, django_capture_on_commit_callbacks
):
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0  # any document left unqueued is due at once
    waiting = [submit(f"Article number {n} says 3 percent.", django_capture_on_commit_callbacks) for n in range(100)]
    broker.down = True
    unqueued = submit("This one was submitted while the broker was down.", django_capture_on_commit_callbacks)
    assert all(document.queued_at is not None for document in waiting)
    assert unqueued.queued_at is None

    broker.down, broker.sent = False, []
    assert flow.documents_requeue_stale() == [unqueued.pk]
    assert broker.sent == [unqueued.pk]
    unqueued.refresh_from_db()
    assert unqueued.queued_at is not None
    assert flow.documents_requeue_stale() == []


def test_a_document_queued_past_the_stale_limit_is_sent_again(broker, settings, django_capture_on_commit_callbacks):
    lost = submit("Its message was lost with the broker's memory.", django_capture_on_commit_callbacks)
    recent = submit("This one is still waiting its turn.", django_capture_on_commit_callbacks)
    long_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES + 1)
    Document.objects.filter(pk=lost.pk).update(queued_at=long_ago, updated_at=long_ago)
    Document.objects.filter(pk=recent.pk).update(updated_at=long_ago)
    assert flow.documents_requeue_stale() == [lost.pk]


def test_a_running_document_is_sent_again_only_past_the_stale_limit(broker, settings):
    now = timezone.now()
    stale = now - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES + 1)
    dead = Document.objects.create(
        text="a", content_hash="1" * 64, extraction_state="running", extraction_started_at=stale, queued_at=stale
    )
    Document.objects.create(
        text="b", content_hash="2" * 64, extraction_state="running", extraction_started_at=now, queued_at=stale
    )
    assert flow.documents_requeue_stale() == [dead.pk]
