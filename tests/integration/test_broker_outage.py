"""A document submitted while Redis is down is kept, and extracted once Redis is back."""

import time

import pytest
from celery.contrib.testing.worker import start_worker

from claims import extraction
from claims.models import ClaimEvent, Document
from factcheck.celery import app
from ingest import flow
from tests.integration.article import ARTICLE
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]


@pytest.mark.django_db(transaction=True)
def test_a_document_submitted_while_redis_is_down_is_extracted_once_it_is_back(private_redis, settings):
    expected_spans = {(sentence.start, sentence.end) for sentence in extraction.extract(ARTICLE).claims}
    assert expected_spans
    with celery_broker(private_redis.url):
        private_redis.stop()

        started = time.monotonic()
        document, created = flow.document_submit(text=ARTICLE)
        assert created
        assert time.monotonic() - started < 5, "publishing must give up quickly while the broker is down"
        document.refresh_from_db()
        assert document.extraction_state == Document.ExtractionState.PENDING

        private_redis.start()
        settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0  # the sweep's wait has passed
        assert flow.documents_requeue_stale() == [document.pk]
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):

            def extracted():
                document.refresh_from_db()
                return document.extraction_state == Document.ExtractionState.DONE

            assert wait_for(extracted, timeout=30)

    assert set(document.claims.values_list("start", "end")) == expected_spans
    assert document.claims.count() == len(expected_spans)
    assert ClaimEvent.objects.filter(claim__document=document, kind=ClaimEvent.Kind.CREATED).count() == len(
        expected_spans
    )
