"""API latency on PostgreSQL beside a bare DRF endpoint, under gunicorn (10,000 claims by default,
quick; BENCHMARKS.md records --claims 100000 --samples 500).

    .venv/bin/python bench/bench_api.py --claims 10000 --samples 100 --workers 2

Its database is factcheck_bench_api_<claims> on the local PostgreSQL unless --database-url names one.
Creates the database when missing and fills it once (bulk_create), starts gunicorn on a free
loopback port with DEBUG off and persistent database connections, and times sequential requests
with the standard library's HTTP client (a new connection each: gunicorn's sync workers close it),
each request of an endpoint followed by one to the bare endpoint.
"""

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import ensure_database  # noqa: E402

PORT = None


def configure(database_url: str) -> None:
    ensure_database(database_url)
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789-0123456789-0123456789")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    os.environ["DEBUG"] = ""
    # Each gunicorn worker keeps its connection, as in production.
    os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")
    import django

    django.setup()


def fill(claims: int, samples: int):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection

    from claims import roles
    from claims.models import Claim, Document
    from reviews.models import Evidence
    from sources.models import Source

    call_command("migrate", verbosity=0)
    if Claim.objects.count() >= claims:
        return
    user_model = get_user_model()
    editor, _ = user_model.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    checker, _ = user_model.objects.get_or_create(username="bench-checker")
    checker.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    source = Source.objects.create(name="Bench source", reliability="high")
    documents = Document.objects.bulk_create(
        Document(title=f"Bench {n}", text=f"Bench document {n}.", content_hash=f"bench{n:059d}", language="en")
        for n in range(claims // 100)
    )
    statuses = ["unverified", "unverified", "sourced", "corroborated", "disputed"]
    batch = []
    for n in range(claims):
        batch.append(
            Claim(
                document=documents[n // 100],
                text=f"Bench claim {n}: the rate rose to {n % 97} percent.",
                start=n % 100,
                end=n % 100 + 1,
                language="en",
                score=(n % 100) / 100,
                status=statuses[n % 5],
                assignee=checker if n % 50 == 0 else None,
            )
        )
        if len(batch) == 5000:
            Claim.objects.bulk_create(batch)
            batch = []
    Claim.objects.bulk_create(batch)  # the last, partial batch
    # Claims for the transition timings: unverified, assigned, with sourced evidence.
    movable = Claim.objects.filter(status="unverified", assignee=checker)[:samples]
    Evidence.objects.bulk_create(
        # bulk_create skips Evidence.save(), which fills `domain` from the URL.
        Evidence(
            claim=claim, kind="url", url="https://example.org/", domain="example.org", stance="supports", source=source
        )
        for claim in movable
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def token(username):
    from django.contrib.auth import get_user_model

    from factcheck.tokens import token_issue

    return token_issue(get_user_model().objects.get(username=username))[1]


def request(method, path, key, body=None):
    connection = http.client.HTTPConnection("127.0.0.1", PORT)
    headers = {"Authorization": f"Token {key}", "Content-Type": "application/json"}
    started = time.perf_counter()
    connection.request(method, path, body=json.dumps(body) if body is not None else None, headers=headers)
    response = connection.getresponse()
    data = response.read()
    elapsed = (time.perf_counter() - started) * 1000
    connection.close()
    return response.status, data, elapsed


def percentiles(times):
    return statistics.median(times), statistics.quantiles(times, n=20)[18]


def timed(label, call):
    method, path, key, body, expected = call
    status, data, elapsed = request(method, path, key, body)
    assert status == expected, (label, status, data[:300])
    return elapsed


def timings(lines, bare, samples):
    """Times the bare endpoint alone, then each line's calls alternating with the bare endpoint
    so that both see the same machine (a shared VM drifts by tens of percent within a minute).
    Prints each line's p95 over the alternating bare endpoint's and over the bare endpoint alone's."""
    alone_p50, alone_p95 = percentiles([timed("bare", bare) for _sample in range(samples)])
    print(
        f"{'request':<40} {'n':>5} {'p50':>8} {'p95':>8}   {'bare p50':>8} {'bare p95':>8}   p95 ratio   vs bare alone"
    )
    print(f"{'bare DRF endpoint alone':<40} {samples:5} {alone_p50:6.1f}ms {alone_p95:6.1f}ms")
    for label, calls in lines:
        times, floor = [], []
        for call in calls:
            floor.append(timed("bare", bare))
            times.append(timed(label, call))
        (p50, p95), (bare_p50, bare_p95) = percentiles(times), percentiles(floor)
        print(
            f"{label:<40} {len(times):5} {p50:6.1f}ms {p95:6.1f}ms   {bare_p50:6.1f}ms {bare_p95:6.1f}ms"
            f"   {p95 / bare_p95:9.2f}   {p95 / alone_p95:13.2f}"
        )


def take_next_rounds(keys, rounds=5):
    for _round in range(rounds):
        barrier = threading.Barrier(len(keys))
        taken = [None] * len(keys)

        def take(index, key, barrier=barrier, taken=taken):
            barrier.wait()
            status, data, _elapsed = request("POST", "/api/v1/claims/next/", key)
            taken[index] = json.loads(data)["id"] if status == 200 else None

        threads = [threading.Thread(target=take, args=pair) for pair in enumerate(keys)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert None not in taken and len(set(taken)) == len(keys), taken
    print(f"take-next, {len(keys)} concurrent callers × {rounds} rounds: all distinct")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(workers: int) -> subprocess.Popen:
    global PORT
    PORT = free_port()
    command = [str(Path(sys.executable).parent / "gunicorn"), "factcheck.wsgi", "--bind", f"127.0.0.1:{PORT}"]
    command += ["--workers", str(workers), "--log-level", "warning"]
    return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=100, help="requests per endpoint")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--database-url", help="default: a database of its own for each --claims")
    options = parser.parse_args()
    configure(options.database_url or f"postgres://postgres@127.0.0.1:5432/factcheck_bench_api_{options.claims}")
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from claims import roles
    from claims.models import Claim

    fill(options.claims, options.samples)
    editor, checker = token("bench-editor"), token("bench-checker")
    user_model = get_user_model()
    takers = []
    for n in range(8):
        user, _ = user_model.objects.get_or_create(username=f"bench-taker-{n}")
        user.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
        takers.append(token(user.username))
    samples = options.samples
    detail_ids = list(Claim.objects.order_by("-id").values_list("id", flat=True)[:samples])
    # The claims the transition timing moves to sourced, put back each run: assigned, with evidence.
    movable = list(
        Claim.objects.filter(assignee__username="bench-checker", evidence__isnull=False)
        .distinct()
        .order_by("id")
        .values_list("id", flat=True)[:samples]
    )
    Claim.objects.filter(pk__in=movable).update(status="unverified", version=1)
    server = start_gunicorn(options.workers)
    try:
        for _attempt in range(300):
            try:
                request("GET", "/bench/ping/", editor)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise SystemExit("gunicorn did not start")
        # Every worker opens its database connection and fills its caches before timing.
        ping = ("GET", "/bench/ping/", editor, None, 200)
        warmup = [ping, ("GET", "/api/v1/claims/", editor, None, 200)] * 10
        warmup += [("GET", f"/api/v1/claims/{pk}/", editor, None, 200) for pk in detail_ids[:10]]
        for call in warmup:
            timed("warm-up", call)
        transition = {"to": "sourced", "version": 1}
        timings(
            [
                (
                    "GET /api/v1/claims/?status=unverified",
                    [("GET", "/api/v1/claims/?status=unverified", editor, None, 200)] * samples,
                ),
                ("GET /api/v1/queues/mine/", [("GET", "/api/v1/queues/mine/", checker, None, 200)] * samples),
                (
                    "GET /api/v1/claims/{id}/",
                    [("GET", f"/api/v1/claims/{pk}/", editor, None, 200) for pk in detail_ids],
                ),
                (
                    "POST /api/v1/claims/{id}/transition/",
                    [("POST", f"/api/v1/claims/{pk}/transition/", checker, transition, 200) for pk in movable],
                ),
            ],
            bare=ping,
            samples=samples,
        )
        take_next_rounds(takers)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
