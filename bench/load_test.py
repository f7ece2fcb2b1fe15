"""Load test of the REST API under gunicorn: simulated fact-checkers mixing reads and writes.

    # once: 100,000 claims, 50 fact-checkers with API tokens, a few sources
    .venv/bin/python bench/load_test.py seed --database-url postgres://postgres@127.0.0.1:5432/factcheck_load
    # each run: starts gunicorn on a free loopback port, 50 users for 60 s, prints a table
    .venv/bin/python bench/load_test.py run --database-url postgres://postgres@127.0.0.1:5432/factcheck_load

Both create the PostgreSQL database when missing and migrate it (that is the default
--database-url), and run with DEBUG off and a throwaway SECRET_KEY unless the environment sets one.

Each user acts, pauses (`--think`, 1 s on average; 0 for a stress run), and acts again. The
client is one asyncio process with at most `--connections` requests in flight, so it neither
starves the server of CPU nor opens more sockets than it can serve; the time a request waits
for a free connection is reported apart from its latency.

Per action it reports requests per second, p50/p95/p99 latency and errors (transport failures,
5xx, and any status the action does not expect), and it counts claims handed out twice by
take-next, from the answers and from the database. Loopback only: it refuses other hosts.
"""

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

BASE_DIR = Path(__file__).resolve().parent.parent
STATE_FILE = BASE_DIR / "bench" / ".load_test_users.json"
API = "/api/v1"
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
DATABASE_URL = "postgres://postgres@127.0.0.1:5432/factcheck_load"

# Action weights per user step: mostly reading, as on a desk.
MIX = {"queue": 20, "list": 25, "detail": 25, "evidence": 10, "transition": 10, "take_next": 10}
# Statuses each action may answer without it being an error (409: someone moved first).
EXPECTED = {
    "queue": {200},
    "list": {200},
    "detail": {200, 404},
    "evidence": {201},
    "transition": {200, 409},
    "take_next": {200, 204},
}


def configure(database_url: str) -> None:
    """Django in this process and in the gunicorn it starts: production-like, on a migrated database."""
    sys.path.insert(0, str(BASE_DIR))
    from bench.database import use_database

    # DEBUG off whatever the development .env says; persistent connections, as in production.
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", "load-test-only-" + "k" * 50)
    os.environ.setdefault("DATABASE_CONN_MAX_AGE", "600")
    os.environ.update(ALLOWED_HOSTS="127.0.0.1", SECURE_SSL_REDIRECT="0")
    use_database(database_url)


def seed(claims: int, users: int) -> None:
    """Fill the database once: documents of 100 claims each, fact-checkers with tokens, sources."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.db import transaction

    from claims import roles
    from claims.models import Claim, Document
    from factcheck.tokens import token_issue
    from sources.models import Source

    per_document = 100
    with transaction.atomic():
        existing = Claim.objects.count()
        for start in range(existing, claims, per_document):
            document = Document.objects.create(
                title=f"Load article {start}",
                text="x" * 10,
                language="en",
                content_hash=f"{start:064d}",
                extraction_state=Document.ExtractionState.DONE,
            )
            Claim.objects.bulk_create(
                Claim(
                    document=document,
                    text=f"The rate rose to {n} percent in 2024, officials said.",
                    start=n * 100,
                    end=n * 100 + 50,
                    language="en",
                    score=0.8,
                    priority=Claim.Priority.URGENT if n % 20 == 0 else Claim.Priority.NORMAL,
                )
                for n in range(start, min(start + per_document, claims))
            )
        sources = [Source.objects.get_or_create(name=f"Load source {n}")[0].pk for n in range(5)]
        group = Group.objects.get(name=roles.FACT_CHECKERS)
        tokens = []
        for n in range(users):
            user, _created = get_user_model().objects.get_or_create(username=f"load{n:03d}")
            user.groups.add(group)
            tokens.append(token_issue(user)[1])
    STATE_FILE.write_text(json.dumps({"tokens": tokens, "sources": sources}))
    print(f"{Claim.objects.count()} claims, {len(tokens)} fact-checkers; tokens in {STATE_FILE}")


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    waits: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    taken: list[int] = field(default_factory=list)

    def record(self, action: str, seconds: float, status: int) -> None:
        self.latencies[action].append(seconds)
        self.statuses[(action, status)] += 1
        if status not in EXPECTED[action]:
            self.errors[action] += 1


class Client:
    """HTTP/1.0 over asyncio, one request per connection (gunicorn's sync workers close it anyway),
    at most `connections` in flight: the client stays small next to the server it measures."""

    def __init__(self, base_url: str, connections: int, results: Results):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.slots = asyncio.Semaphore(connections)
        self.results = results

    async def request(self, action: str, token: str, method: str, path: str, body=None):
        payload = json.dumps(body).encode() if body is not None else b""
        head = (
            f"{method} {API}{path} HTTP/1.0\r\nHost: {self.host}\r\nAuthorization: Token {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
        )
        queued = time.perf_counter()
        async with self.slots:
            started = time.perf_counter()
            self.results.waits.append(started - queued)
            writer = None
            try:
                reader, writer = await asyncio.wait_for(asyncio.open_connection(self.host, self.port), 10)
                writer.write(head.encode() + payload)
                raw = await asyncio.wait_for(reader.read(), 30)
                status_line, _, rest = raw.partition(b"\r\n")
                status = int(status_line.split()[1])
                data = rest.partition(b"\r\n\r\n")[2]
            except (TimeoutError, OSError, IndexError, ValueError):
                status, data = 0, b""
            finally:
                if writer is not None:
                    writer.close()
            self.results.record(action, time.perf_counter() - started, status)
        return status, (json.loads(data) if data and 0 < status < 500 else None)


class User:
    """One fact-checker: a token, the claims they took, a pause between actions."""

    def __init__(self, client: Client, token: str, sources: list[int], rng: random.Random, think: float):
        self.client, self.token, self.sources, self.rng, self.think = client, token, sources, rng, think
        self.mine: dict[int, dict] = {}  # claim id -> {"version": int, "sourced": bool}
        self.seen_ids: list[int] = []

    def request(self, action: str, method: str, path: str, body=None):
        return self.client.request(action, self.token, method, path, body)

    async def run(self, stop_at: float) -> None:
        while time.monotonic() < stop_at:
            action = self.rng.choices(list(MIX), weights=list(MIX.values()))[0]
            if action in ("evidence", "transition") and not self.mine:
                action = "take_next"
            await getattr(self, action)()
            if self.think:
                await asyncio.sleep(self.rng.uniform(0.5, 1.5) * self.think)

    async def queue(self):
        await self.request("queue", "GET", "/queues/mine/")

    async def list(self):
        status, body = await self.request("list", "GET", "/claims/?status=unverified")
        if status == 200:
            rows = body.get("results", body) if isinstance(body, dict) else body
            self.seen_ids = [row["id"] for row in rows][:50]

    async def detail(self):
        claim_id = self.rng.choice(self.seen_ids or list(self.mine) or [1])
        await self.request("detail", "GET", f"/claims/{claim_id}/")

    async def take_next(self):
        status, body = await self.request("take_next", "POST", "/claims/next/")
        if status == 200:
            self.mine[body["id"]] = {"version": body["version"], "sourced": False}
            self.client.results.taken.append(body["id"])

    async def evidence(self):
        claim_id = self.rng.choice(list(self.mine))
        body = {"url": f"https://example.org/report-{self.rng.random()}", "stance": "supports"}
        body["source"] = self.rng.choice(self.sources)
        status, _ = await self.request("evidence", "POST", f"/claims/{claim_id}/evidence/", body)
        if status == 201:
            self.mine[claim_id]["sourced"] = True

    async def transition(self):
        ready = [claim_id for claim_id, claim in self.mine.items() if claim["sourced"]]
        if not ready:
            return await self.evidence()
        claim_id = self.rng.choice(ready)
        claim = self.mine.pop(claim_id)
        body = {"to": "sourced", "version": claim["version"]}
        await self.request("transition", "POST", f"/claims/{claim_id}/transition/", body)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(workers: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [str(Path(sys.executable).parent / "gunicorn"), "factcheck.wsgi", "--bind", f"127.0.0.1:{port}"]
    command += ["--workers", str(workers), "--timeout", "60"]
    server = subprocess.Popen(command, cwd=BASE_DIR, start_new_session=True)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("gunicorn did not start")


def percentile(sorted_values: list[float], fraction: float) -> float:
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


def report(results: Results, seconds: float) -> None:
    print(f"\n{'action':<11} {'requests':>8} {'rps':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'errors':>7}")
    for action in MIX:
        values = sorted(results.latencies.get(action, []))
        if not values:
            continue
        p50, p95, p99 = (percentile(values, f) * 1000 for f in (0.5, 0.95, 0.99))
        print(
            f"{action:<11} {len(values):>8} {len(values) / seconds:>7.1f} {p50:>8.1f} {p95:>8.1f} {p99:>8.1f}"
            f" {results.errors[action]:>7}"
        )
    total = sum(len(v) for v in results.latencies.values())
    all_values = [v for values in results.latencies.values() for v in values]
    print(f"{'all':<11} {total:>8} {total / seconds:>7.1f} {statistics.median(all_values) * 1000:>8.1f}")
    print("statuses:", dict(sorted(results.statuses.items())))
    twice = [claim_id for claim_id, count in Counter(results.taken).items() if count > 1]
    print(f"claims taken: {len(results.taken)}; handed out twice (answers): {len(twice)}")
    waits = sorted(results.waits)
    print(
        f"waiting for a free client connection: p50 {percentile(waits, 0.5) * 1000:.1f} ms,"
        f" p95 {percentile(waits, 0.95) * 1000:.1f} ms"
    )


def handed_out_twice_in_database() -> int:
    from django.db.models import Count

    from reviews.models import Assignment

    return (
        Assignment.objects.filter(reviewer__username__startswith="load", released_at__isnull=True)
        .values("claim")
        .annotate(n=Count("id"))
        .filter(n__gt=1)
        .count()
    )


async def simulate(base_url: str, state: dict, users: int, seconds: float, connections: int, think: float):
    results = Results()
    client = Client(base_url, connections, results)
    stop_at = time.monotonic() + seconds
    simulated = [
        User(client, state["tokens"][n], state["sources"], random.Random(n), think).run(stop_at) for n in range(users)
    ]
    await asyncio.gather(*simulated)
    return results


def run(users: int, seconds: float, workers: int, base_url: str | None, connections: int, think: float) -> None:
    state = json.loads(STATE_FILE.read_text())
    if len(state["tokens"]) < users:
        raise SystemExit(f"only {len(state['tokens'])} users seeded; run `seed --users {users}`")
    server = None
    if base_url is None:
        server, base_url = start_gunicorn(workers)
    elif urlsplit(base_url).hostname not in LOOPBACK_HOSTS:
        raise SystemExit("load tests target this machine's loopback address only")
    started = time.monotonic()
    try:
        results = asyncio.run(simulate(base_url, state, users, seconds, connections, think))
    finally:
        if server is not None:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait(timeout=30)
    print(f"{users} users, {seconds:.0f} s, think time {think} s, {connections} client connections, {workers} workers")
    report(results, time.monotonic() - started)
    print(f"claims with two open assignments (database): {handed_out_twice_in_database()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    seeding = commands.add_parser("seed")
    seeding.add_argument("--claims", type=int, default=100_000)
    seeding.add_argument("--users", type=int, default=50)
    running = commands.add_parser("run")
    running.add_argument("--users", type=int, default=50)
    running.add_argument("--seconds", type=float, default=60)
    running.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    running.add_argument("--base-url", help="an already running server on loopback, instead of starting gunicorn")
    running.add_argument("--connections", type=int, default=8, help="requests in flight at most")
    running.add_argument("--think", type=float, default=1.0, help="mean pause between a user's actions, seconds")
    for subcommand in (seeding, running):
        subcommand.add_argument("--database-url", default=DATABASE_URL, help="PostgreSQL, created when missing")
    arguments = parser.parse_args()
    configure(arguments.database_url)
    if arguments.command == "seed":
        seed(arguments.claims, arguments.users)
    else:
        run(
            arguments.users,
            arguments.seconds,
            arguments.workers,
            arguments.base_url,
            arguments.connections,
            arguments.think,
        )


if __name__ == "__main__":
    main()
