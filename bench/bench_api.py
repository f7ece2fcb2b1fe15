"""API latency on PostgreSQL with 100,000 claims, beside a bare DRF endpoint.

    createdb -h 127.0.0.1 -U postgres factcheck_bench
    BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/factcheck_bench .venv/bin/python bench/bench_api.py

Fills the database once (bulk_create), starts `manage.py runserver --noreload` with DEBUG
off on 127.0.0.1, and times sequential requests with the standard library's HTTP client.
"""

import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8765
CLAIMS = 100_000
SAMPLES = 200

os.environ["DATABASE_URL"] = os.environ["BENCH_DATABASE_URL"]
os.environ.setdefault("SECRET_KEY", "bench-only-secret-key-0123456789-0123456789-0123456789")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings"
os.environ["ALLOWED_HOSTS"] = "127.0.0.1"
os.environ["DEBUG"] = ""
sys.path.insert(0, str(ROOT))

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from rest_framework.authtoken.models import Token  # noqa: E402

from claims import roles  # noqa: E402
from claims.models import Claim, Document  # noqa: E402
from reviews.models import Evidence, Source  # noqa: E402


def fill():
    call_command("migrate", verbosity=0)
    if Claim.objects.count() >= CLAIMS:
        return
    user_model = get_user_model()
    editor, _ = user_model.objects.get_or_create(username="bench-editor")
    editor.groups.add(Group.objects.get(name=roles.EDITORS))
    checker, _ = user_model.objects.get_or_create(username="bench-checker")
    checker.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    source = Source.objects.create(name="Bench source", reliability="high")
    documents = Document.objects.bulk_create(
        Document(title=f"Bench {n}", text=f"Bench document {n}.", content_hash=f"bench{n:059d}", language="en")
        for n in range(CLAIMS // 100)
    )
    statuses = ["unverified", "unverified", "sourced", "corroborated", "disputed"]
    batch = []
    for n in range(CLAIMS):
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
    # Claims for the transition timings: unverified, assigned, with sourced evidence.
    movable = Claim.objects.filter(status="unverified", assignee=checker)[: SAMPLES * 3]
    Evidence.objects.bulk_create(
        Evidence(claim=claim, kind="url", url="https://example.org/", stance="supports", source=source)
        for claim in movable
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def token(username):
    return Token.objects.get_or_create(user=get_user_model().objects.get(username=username))[0].key


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


def timings(label, calls):
    times = []
    for method, path, key, body, expected in calls:
        status, data, elapsed = request(method, path, key, body)
        assert status == expected, (label, status, data[:300])
        times.append(elapsed)
    p50 = statistics.median(times)
    p95 = statistics.quantiles(times, n=20)[18]
    print(f"{label:<44} p50 {p50:6.1f} ms   p95 {p95:6.1f} ms")
    return p50, p95


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


def main():
    fill()
    editor, checker = token("bench-editor"), token("bench-checker")
    user_model = get_user_model()
    takers = []
    for n in range(8):
        user, _ = user_model.objects.get_or_create(username=f"bench-taker-{n}")
        user.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
        takers.append(token(user.username))
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{PORT}"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _attempt in range(100):
            try:
                request("GET", "/bench/ping/", editor)
                break
            except OSError:
                time.sleep(0.1)
        detail_ids = list(Claim.objects.order_by("-id").values_list("id", flat=True)[:SAMPLES])
        movable = list(
            Claim.objects.filter(status="unverified", version=1, evidence__isnull=False)
            .distinct()
            .values_list("id", flat=True)[:SAMPLES]
        )
        warmup = [("GET", "/bench/ping/", editor, None, 200)] * 20
        timings("(warm-up)", warmup)
        ping = timings("bare DRF endpoint (token auth)", [("GET", "/bench/ping/", editor, None, 200)] * SAMPLES)
        listing = timings(
            "GET /api/v1/claims/?status=unverified (50)",
            [("GET", "/api/v1/claims/?status=unverified", editor, None, 200)] * SAMPLES,
        )
        timings("GET /api/v1/queues/mine/", [("GET", "/api/v1/queues/mine/", checker, None, 200)] * SAMPLES)
        timings("GET /api/v1/claims/{id}/", [("GET", f"/api/v1/claims/{pk}/", editor, None, 200) for pk in detail_ids])
        timings(
            "POST /api/v1/claims/{id}/transition/",
            [
                ("POST", f"/api/v1/claims/{pk}/transition/", checker, {"to": "sourced", "version": 1}, 200)
                for pk in movable
            ],
        )
        print(f"list p95 / bare p95 = {listing[1] / ping[1]:.2f}")
        take_next_rounds(takers)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()
