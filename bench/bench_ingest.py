"""Ingestion end to end: articles submitted, queued in Redis, extracted by Celery worker processes.

    CELERY_BROKER_URL=redis://127.0.0.1:6379/9 .venv/bin/python bench/bench_ingest.py --articles 1000 --workers 2 \
        --database-url postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest

Starts `--workers` Celery worker processes (one task at a time each) on the extraction queue,
submits the articles through ingest.flow.document_submit (as the API and the web app do),
and times from the first submission until every article is extracted: articles per second end
to end, broker and database included. The broker must be on this machine; use a Redis database
of your own, since the workers consume whatever extraction tasks it holds. The PostgreSQL
database (that is the default --database-url) is created when missing and migrated.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import use_database  # noqa: E402

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
# Matching reads which words are common from the planner's statistics, which autovacuum keeps
# (its naptime is a minute); on a server where it is off, the bench analyses as often.
AUTOANALYZE_SECONDS = 60


def analyse_matching_table() -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE publishing_claimtext")


def start_workers(count: int) -> list[subprocess.Popen]:
    celery = str(Path(sys.executable).parent / "celery")
    options = ["--queues", "extraction", "--concurrency", "1", "--loglevel", "WARNING"]
    options += ["--without-mingle", "--without-gossip"]
    return [
        subprocess.Popen(
            [celery, "-A", "factcheck", "worker", *options, "--hostname", f"bench-ingest-{n}-{os.getpid()}@%h"],
            cwd=ROOT,
            start_new_session=True,
        )
        for n in range(count)
    ]


def wait_until_ready(workers: list[subprocess.Popen]) -> None:
    from factcheck.celery import app

    names = {f"bench-ingest-{n}-{os.getpid()}" for n in range(len(workers))}
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        answered = {name.split("@")[0] for reply in app.control.ping(timeout=1) for name in reply}
        if names <= answered:
            return
    raise SystemExit("the Celery workers did not start")


def stop(workers: list[subprocess.Popen]) -> None:
    # The main process only: its warm shutdown stops its pool child in turn.
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        try:
            worker.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2, help="Celery worker processes")
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/factcheck_bench_ingest")
    options = parser.parse_args()
    broker = os.environ.get("CELERY_BROKER_URL", "")
    if urlsplit(broker).hostname not in LOOPBACK_HOSTS:
        raise SystemExit("set CELERY_BROKER_URL to a Redis database of your own on this machine")
    # The worker processes inherit this database (and DEBUG, SECRET_KEY) through the environment.
    use_database(options.database_url)
    from django.db import connection

    from bench.bench_extraction import build_articles
    from claims.models import Claim, Document
    from ingest.flow import document_submit

    run = uuid.uuid4().hex[:8]
    texts = build_articles(20)
    # Each article is distinct (the same text would be the same document) and has its own figures:
    # otherwise every claim would come back fifty times and matching would be suggesting dozens of
    # twins for each, which real intake does not see.
    articles = [
        (language, re.sub(r"\d+", lambda figure, n=n: str(int(figure.group()) + 7 * n), text) + f"\nRun {run}.")
        for n, (language, text) in ((n, texts[n % len(texts)]) for n in range(options.articles))
    ]
    words = sum(len(text.split()) for _language, text in articles) / len(articles)
    claims_before = Claim.objects.count()
    with connection.cursor() as cursor:
        cursor.execute("SHOW autovacuum")
        autovacuum = cursor.fetchone()[0] == "on"
    if not autovacuum:
        print(f"autovacuum is off on this server: ANALYZE publishing_claimtext every {AUTOANALYZE_SECONDS} s instead")
        analyse_matching_table()
    workers = start_workers(options.workers)
    try:
        wait_until_ready(workers)
        started = time.perf_counter()
        ids = [
            document_submit(text=text, language=language, title=f"Bench {run} {n}")[0].pk
            for n, (language, text) in enumerate(articles)
        ]
        submitted = time.perf_counter() - started
        finished = {Document.ExtractionState.DONE, Document.ExtractionState.FAILED}
        analysed_at = time.monotonic()
        while Document.objects.filter(pk__in=ids).exclude(extraction_state__in=finished).exists():
            time.sleep(0.2)
            if not autovacuum and time.monotonic() - analysed_at > AUTOANALYZE_SECONDS:
                analyse_matching_table()
                analysed_at = time.monotonic()
        elapsed = time.perf_counter() - started
    finally:
        stop(workers)
    failed = Document.objects.filter(pk__in=ids, extraction_state=Document.ExtractionState.FAILED).count()
    print(f"{len(ids)} articles of {words:.0f} words, {options.workers} worker processes, broker {broker}")
    print(f"submitted in {submitted:.1f} s ({len(ids) / submitted:.0f} articles/s)")
    print(
        f"all extracted in {elapsed:.1f} s: {len(ids) / elapsed:.1f} articles/s end to end;"
        f" {Claim.objects.count() - claims_before} claims created, {failed} failed"
    )


if __name__ == "__main__":
    main()
