"""A file slow to read holds a worker, not the request: the upload answers at once, the worker's
task stops at its soft time limit, and the document fails with the reason in words."""

import os
import signal
import subprocess
import sys
import time

import pytest
from django.conf import settings

from claims.models import Document
from ingest import flow
from ingest.tasks import extract_document
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for
from tests.integration.test_worker_killed import database_url_of_the_test_database

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]

ARTICLE = b"Unemployment fell to 3.5 percent in 2019, officials said."
SOFT_LIMIT_SECONDS = 3


def start_slow_reading_worker(broker_url: str, log_path) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url_of_the_test_database(),
        "CELERY_BROKER_URL": broker_url,
        "DATABASE_CONN_MAX_AGE": "0",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        # The soft limit is 30 seconds below the hard one (factcheck/settings.py).
        "CELERY_TASK_TIME_LIMIT": str(SOFT_LIMIT_SECONDS + 30),
        "READING_DELAY_SECONDS": "60",
    }
    command = [sys.executable, "-m", "celery", "-A", "tests.integration.slow_reading_worker", "worker"]
    command += ["--queues", "extraction", "--concurrency", "1", "--loglevel", "INFO"]
    command += ["--without-mingle", "--without-gossip", "--without-heartbeat"]
    log = open(log_path, "ab")  # noqa: SIM115  (the worker writes to it until it ends)
    return subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=environment, stdout=log, stderr=log, start_new_session=True
    )


@pytest.mark.django_db(transaction=True)
def test_a_slow_upload_returns_at_once_and_fails_at_the_soft_time_limit(private_redis, tmp_path, monkeypatch):
    log_path = tmp_path / "worker.log"
    # The sender stamps the task's limits on its message, and the worker obeys those.
    monkeypatch.setattr(extract_document, "time_limit", SOFT_LIMIT_SECONDS + 30)
    monkeypatch.setattr(extract_document, "soft_time_limit", SOFT_LIMIT_SECONDS)
    monkeypatch.setattr(extract_document, "_exec_options", None)  # Celery caches them at the first send
    with celery_broker(private_redis.url):
        started = time.monotonic()
        document, created = flow.document_submit_file("slow.txt", ARTICLE)
        submitted_in = time.monotonic() - started
    assert created and submitted_in < 2  # nothing was read: the worker is not even started yet
    document.refresh_from_db()
    assert (document.extraction_state, document.text) == (Document.ExtractionState.PENDING, "")

    worker = start_slow_reading_worker(private_redis.url, log_path)
    try:

        def failed():
            document.refresh_from_db()
            return document.extraction_state == Document.ExtractionState.FAILED

        assert wait_for(failed, timeout=60, interval=0.25), log_path.read_text()
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)

    assert document.extraction_error.startswith(
        f"Reading this document took longer than the {SOFT_LIMIT_SECONDS} seconds allowed"
    )
