"""A worker killed with SIGKILL in the middle of an extraction loses nothing: Redis hands the
unacknowledged task to the next worker, which takes over the dead run's lock without waiting for
it to go stale, and the document ends with one set of claims."""

import os
import signal
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from claims import extraction
from claims.models import ClaimEvent, Document
from ingest import flow
from tests.integration.article import ARTICLE
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]


def database_url_of_the_test_database() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def start_worker_process(broker_url: str, log_path, queues: str = "extraction", **env) -> subprocess.Popen:
    environment = {
        **os.environ,
        "DATABASE_URL": database_url_of_the_test_database(),
        "CELERY_BROKER_URL": broker_url,
        "DATABASE_CONN_MAX_AGE": "0",
        **env,
    }
    command = [sys.executable, "-m", "celery", "-A", "tests.integration.slow_extraction_worker", "worker"]
    command += ["--queues", queues, "--concurrency", "1", "--loglevel", "INFO"]
    command += ["--without-mingle", "--without-gossip", "--without-heartbeat"]
    log = open(log_path, "ab")  # noqa: SIM115  (the worker writes to it until it ends)
    # A session of its own, so the test can kill the worker and its pool children at once.
    return subprocess.Popen(
        command, cwd=settings.BASE_DIR, env=environment, stdout=log, stderr=log, start_new_session=True
    )


def stop(worker: subprocess.Popen, sig=signal.SIGTERM) -> None:
    if worker.poll() is None:
        os.killpg(worker.pid, sig)
        worker.wait(timeout=30)


@pytest.mark.django_db(transaction=True)
def test_an_extraction_cut_short_by_sigkill_runs_again_on_the_next_worker(private_redis, tmp_path):
    expected_spans = {(sentence.start, sentence.end) for sentence in extraction.extract(ARTICLE).claims}
    started_file = tmp_path / "extraction-started"
    log_path = tmp_path / "workers.log"

    with celery_broker(private_redis.url):
        document, _created = flow.document_submit(text=ARTICLE)

    first = start_worker_process(
        private_redis.url, log_path, EXTRACTION_STARTED_FILE=str(started_file), EXTRACTION_DELAY_SECONDS="120"
    )
    try:
        assert wait_for(started_file.exists, timeout=30), log_path.read_text()
        stop(first, signal.SIGKILL)
    finally:
        stop(first, signal.SIGKILL)

    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.RUNNING
    assert not document.claims.exists()
    dead_run = document.extraction_task_id
    assert dead_run

    # Redis hands the unacknowledged task out again after its visibility timeout (shortened
    # here); arriving under the same task id, it takes over the dead run's lock at once.
    started_file.unlink()
    second = start_worker_process(
        private_redis.url, log_path, EXTRACTION_STARTED_FILE=str(started_file), VISIBILITY_TIMEOUT="2"
    )
    try:

        def extracted():
            document.refresh_from_db()
            return document.extraction_state == Document.ExtractionState.DONE

        assert wait_for(extracted, timeout=45, interval=0.25), log_path.read_text()
    finally:
        stop(second)

    assert document.extraction_task_id == dead_run
    assert set(document.claims.values_list("start", "end")) == expected_spans
    assert document.claims.count() == len(expected_spans)
    assert ClaimEvent.objects.filter(claim__document=document, kind=ClaimEvent.Kind.CREATED).count() == len(
        expected_spans
    )
