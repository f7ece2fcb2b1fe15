"""Monitoring end to end: local news sites → feed polls (Celery beat, each feed every --poll-minutes) →
article fetch → extraction → leads → comparison (the matching queue's compare_leads: each lead against
--factchecks stored rows for repeat alerts, and against the recent leads for grouping), by real Celery
worker processes on Redis and PostgreSQL. Run twice: two workers that do everything ("one machine"), then two
process groups of their own queues, fetching vs extracting and matching ("two machines"), side by side.

    CELERY_BROKER_URL=redis://127.0.0.1:6379/7 .venv/bin/python bench/bench_monitoring.py \
        --stories 1200 --minutes 6 --poll-minutes 5 --factchecks 100000

`make bench` runs a cheap mode (--quick: a few hundred rows, one-minute polls, a minute of stories).

Stories appear on --hosts sites (127.0.0.2, .3, …; one request a second per host, as in production) in
--feeds feeds (RSS, Atom, news sitemaps) at an even pace over --minutes; the moment each appears is known.
Each feed lists its last 150 items at every poll (old items again); 5 % of the stories are republished
later under a new guid and a tracking-parameter address; one story is a wire story carried by two feeds
on two hosts. Feeds are first due at staggered moments over one interval, as feeds registered at
different times are. Measured: articles per hour (stories read, extracted and compared / time from the
first appearance to the last comparison), p50/p95 from appearing in the feed to the first lead stored
(visible in the Monitoring view) and to every lead compared, and from the poll that found the item to its
first lead (the pipeline's own share: an item waits up to a poll interval before any poll can see it),
duplicate documents (must be 0), stories lost, each worker process group's peak resident memory and the
load average (the machine is shared).

With --websub the feeds also name a WebSub hub (bench/monitoring_servers.py's Hub, on 127.0.0.1 in this
process) that pushes each feed's new items to the subscribed callbacks the moment they appear: the bench
serves the site with gunicorn on 127.0.0.1 (FACTCHECK_PUBLIC_URL, the address the hub calls back; the
fetcher may reach the hub through FACTCHECK_FETCH_ALLOW_HOSTS), polls every feed once so that each finds its
hub and subscribes, waits until every subscription is verified, and only then lets the stories appear.
Polling goes on on its interval, as the fallback it is.

The fact-checks are built by bench_matching.py's builder (synthetic rows, COPY) into a template database,
once per --factchecks; with --embeddings 200 of them are real fact-checks embedded by the model and the
others get vectors spread around theirs (as there: real embeddings for 100,000 rows would take hours), and
the shared vector index is built, so that comparison runs both stages as in production after an import.
Each run gets a fresh copy of the template. The Redis database of CELERY_BROKER_URL is flushed at each
run: use one of your own.
"""

import argparse
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.database import ensure_database, use_database  # noqa: E402
from bench.monitoring_servers import Hub, Site, Story, start_sites  # noqa: E402

ALL_QUEUES = "default,extraction,matching,archiving,feeds,notifications"
# (name, queues) of each worker process: all on one machine, or split as two machines would be.
LAYOUTS = {
    "one machine": [("all-1", ALL_QUEUES), ("all-2", ALL_QUEUES)],
    "two machines": [("fetch", "default,archiving,feeds"), ("extract-match", "extraction,matching,notifications")],
}


def clone(template_url: str, name: str) -> str:
    import psycopg

    parts = urlsplit(template_url)
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{parts.path.lstrip("/")}"')
    return parts._replace(path=f"/{name}").geturl()


def build_template(url: str, factchecks: int, embeddings: bool) -> None:
    """The fact-checks every run starts from; with embeddings, their shared vector index too, in a folder
    of the template's (the workers inherit FACTCHECK_VECTOR_INDEX_DIR: each run's copy has the same ids)."""
    from django.db import connection

    from bench import bench_matching

    if embeddings:
        os.environ["FACTCHECK_VECTOR_INDEX_DIR"] = str(ROOT / "var" / f"bench-monitoring-{factchecks}")
    use_database(url)
    bench_matching.load(factchecks, random.Random(7), with_embeddings=embeddings, real_count=200 if embeddings else 0)
    bench_matching.build_indexes()
    if embeddings:
        bench_matching.build_vector_index(threads=2)
    connection.close()


def point_django_at(url: str) -> None:
    from django.db import connections

    connections["default"].close()
    connections["default"].settings_dict["NAME"] = urlsplit(url).path.lstrip("/")


def schedule(options, run: str, start: float) -> list[Story]:
    spacing = options.minutes * 60 / options.stories
    rng = random.Random(11)
    stories = [Story(n, start + n * spacing, n % options.feeds) for n in range(options.stories)]
    for story in rng.sample(stories[: len(stories) * 3 // 4], len(stories) // 20):
        story.republished_at = story.appears_at + options.minutes * 60 / 4
    stories[len(stories) // 3].also_in_feed = (stories[len(stories) // 3].feed + 1) % options.feeds
    return stories


def create_feeds(site: Site, options, start: float) -> None:
    """Feeds first due at staggered moments over one interval from `start` (with --websub, all at once:
    the first polls find the hub)."""
    from datetime import UTC, datetime

    from monitoring.models import Feed

    interval = 0 if options.websub else options.poll_minutes * 60
    for feed in range(options.feeds):
        first_due = datetime.fromtimestamp(start + interval * feed / options.feeds, UTC)
        Feed.objects.create(
            url=site.feed_url(feed),
            language="en",
            poll_minutes=options.poll_minutes,
            next_poll_at=first_due,
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_processes(layout, environment, beat_file: str, web_port: int | None) -> dict[str, subprocess.Popen]:
    """The workers and the beat; with `web_port`, the site too (gunicorn: WebSub hubs call it back)."""
    celery = str(Path(sys.executable).parent / "celery")
    common = ["--loglevel", "WARNING", "--without-mingle", "--without-gossip"]
    processes = {}
    if web_port is not None:
        gunicorn = [str(Path(sys.executable).parent / "gunicorn"), "factcheck.wsgi:application"]
        gunicorn += ["--bind", f"127.0.0.1:{web_port}", "--workers", "1", "--threads", "4", "--log-level", "warning"]
        processes["web"] = subprocess.Popen(gunicorn, cwd=ROOT, env=environment, start_new_session=True)
    for name, queues in layout:
        command = [celery, "-A", "factcheck", "worker", "--queues", queues, "--hostname", f"bench-{name}@%h"]
        command += ["--concurrency", str(environment["BENCH_CONCURRENCY"]), *common]
        processes[name] = subprocess.Popen(command, cwd=ROOT, env=environment, start_new_session=True)
    processes["beat"] = subprocess.Popen(
        [celery, "-A", "factcheck", "beat", "--schedule", beat_file, "--loglevel", "WARNING"],
        cwd=ROOT,
        env=environment,
        start_new_session=True,
    )
    return processes


TICKS = os.sysconf("SC_CLK_TCK")


def group_usage(pgid: int, cpu_by_pid: dict[int, float]) -> tuple[int, int]:
    """(sum of VmRSS now, largest VmHWM) in KiB over the processes of a process group; each one's CPU
    seconds so far (user + system) are kept in `cpu_by_pid`."""
    total = peak = 0
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            stat = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            if int(stat[2]) != pgid:
                continue
            fields = dict(line.split(":", 1) for line in (proc / "status").read_text().splitlines() if ":" in line)
        except (OSError, ValueError, IndexError):
            continue
        cpu_by_pid[int(proc.name)] = (int(stat[11]) + int(stat[12])) / TICKS
        total += int(fields.get("VmRSS", "0 kB").split()[0])
        peak = max(peak, int(fields.get("VmHWM", "0 kB").split()[0]))
    return total, peak


def stop(processes: dict[str, subprocess.Popen]) -> None:
    for process in processes.values():
        process.send_signal(signal.SIGTERM)
    for process in processes.values():
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)


def steady_rate(moments: list[float]) -> float:
    """Completions per hour between the 10th and the 90th percentile of completions: the pace while
    stories keep coming, without the first poll's wait or the last one's tail."""
    if len(moments) < 10:
        return float("nan")
    low, high = round(len(moments) * 0.1), round(len(moments) * 0.9)
    return (high - low) / max(moments[high - 1] - moments[low], 1e-3) * 3600


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))] if ordered else float("nan")


def done_moments() -> dict[int, float]:
    """When each extracted article's pipeline ended (epoch seconds): its last lead compared with the
    fact-checks and the recent leads (`compared_at`, set by the matching queue's compare_leads), or, for
    an article without leads, its extraction done. An article with a lead still waiting is not done."""
    from django.db.models import Max

    from claims.models import Document
    from monitoring.models import Lead

    waiting = set(Lead.objects.filter(compared_at__isnull=True).values_list("document_id", flat=True))
    compared = dict(Lead.objects.values("document").annotate(last=Max("compared_at")).values_list("document", "last"))
    extracted = Document.objects.filter(extraction_state=Document.ExtractionState.DONE, feed_items__isnull=False)
    return {
        pk: (compared.get(pk) or updated).timestamp()
        for pk, updated in extracted.values_list("pk", "updated_at").distinct()
        if pk not in waiting
    }


def wait_for_subscriptions(feeds: int, processes, seconds: float = 240) -> int:
    """Until every feed's hub verified our subscription (or `seconds` passed): how many were."""
    from monitoring.models import PushSubscription

    deadline = time.time() + seconds
    verified = 0
    while time.time() < deadline and verified < feeds:
        time.sleep(2)
        if any(process.poll() is not None for process in processes.values()):
            raise SystemExit("a worker, the beat or the web process ended early")
        verified = PushSubscription.objects.filter(subscribed_until__isnull=False, feed__isnull=False).count()
    return verified


def run_layout(label: str, layout, options, template_url: str, broker: str) -> dict:
    import redis

    run = uuid.uuid4().hex[:6]
    url = clone(template_url, f"{options.database_prefix}_run")
    point_django_at(url)
    redis.Redis.from_url(broker).flushdb()
    start = time.time() + 20  # workers start meanwhile
    site = Site(stories=[], feeds=options.feeds, hosts=options.hosts, run=run)
    hub = Hub(site) if options.websub else None
    site.hub = hub.url if hub else ""
    servers = start_sites(site)
    create_feeds(site, options, start)
    web_port = free_port() if hub else None
    environment = dict(
        os.environ,
        DATABASE_URL=url,
        CELERY_BROKER_URL=broker,
        FACTCHECK_FETCH_ALLOW_HOSTS=",".join(site.addresses + ([hub.address] if hub else [])),
        FACTCHECK_FEED_TIMEOUT_SECONDS="10",
        BENCH_CONCURRENCY=str(options.concurrency),
    )
    if hub:
        environment["FACTCHECK_PUBLIC_URL"] = f"http://127.0.0.1:{web_port}"
    processes = start_processes(layout, environment, f"/tmp/bench-monitoring-beat-{os.getpid()}-{run}", web_port)
    peaks = {name: [0, 0] for name in processes}
    cpu = {name: {} for name in processes}
    loads = []
    matched = {}
    subscribed = None
    stop_pushing = threading.Event()
    try:
        if hub:
            subscribed = wait_for_subscriptions(options.feeds, processes)
            start = time.time() + 5
        site.stories = stories = schedule(options, run, start)
        if hub:
            threading.Thread(target=hub.run_publisher, args=(stop_pushing,), daemon=True).start()
        deadline = start + options.minutes * 60 + options.poll_minutes * 60 + options.drain_seconds
        while time.time() < deadline:
            time.sleep(2)
            for name, process in processes.items():
                total, hwm = group_usage(process.pid, cpu[name])
                peaks[name] = [max(peaks[name][0], total), max(peaks[name][1], hwm)]
            loads.append(os.getloadavg()[0])
            matched = done_moments()
            if time.time() > start + options.minutes * 60 and len(matched) >= len(stories):
                break
    finally:
        stop_pushing.set()
        stop(processes)
        for server in servers:
            server.shutdown()
        if hub:
            hub.close()
    cpu_seconds = {name: sum(by_pid.values()) for name, by_pid in cpu.items()}
    result = measure(label, layout, site, stories, matched, peaks, loads, cpu_seconds, options)
    if hub:
        result["feeds subscribed before the stories"] = f"{subscribed} / {options.feeds}"
        result["pushes answered (status: count)"] = ", ".join(f"{k}: {v}" for k, v in sorted(hub.pushes.items()))
    return result


def measure(label, layout, site, stories, matched, peaks, loads, cpu_seconds, options) -> dict:
    import re

    from django.db.models import Min

    from claims.models import Document
    from monitoring.models import FeedItem, Lead

    by_story: dict[int, list[int]] = {}
    for pk, title in Document.objects.values_list("pk", "title"):
        found = re.match(rf"Story (\d+) of run {site.run}", title or "")
        if found:
            by_story.setdefault(int(found.group(1)), []).append(pk)
    first_lead = dict(
        Lead.objects.values("document").annotate(first=Min("created_at")).values_list("document", "first")
    )
    done_at = matched
    found_by_poll = dict(
        FeedItem.objects.filter(document__isnull=False)
        .values("document")
        .annotate(first=Min("created_at"))
        .values_list("document", "first")
    )
    to_lead, to_match, poll_to_lead = [], [], []
    for story in stories:
        for pk in by_story.get(story.number, []):
            if pk in first_lead:
                to_lead.append(first_lead[pk].timestamp() - story.appears_at)
                poll_to_lead.append((first_lead[pk] - found_by_poll[pk]).total_seconds())
            if pk in done_at:
                to_match.append(done_at[pk] - story.appears_at)
    last = max(done_at.values(), default=time.time())
    wire = stories[len(stories) // 3]
    wire_feeds = set(
        FeedItem.objects.filter(document_id__in=by_story.get(wire.number, [])).values_list("feed", flat=True)
    )
    refetched = sum(count - 1 for path, count in site.requests.items() if "/story-" in path and count > 1)
    return {
        "label": label,
        "workers": ", ".join(f"{name} [{queues}]" for name, queues in layout),
        "stories": len(stories),
        "documents": sum(len(pks) for pks in by_story.values()),
        "not read when the run ended": sum(1 for story in stories if story.number not in by_story),
        "duplicates": sum(len(pks) - 1 for pks in by_story.values()),
        "wire story feeds": len(wire_feeds),
        "articles fetched twice": refetched,
        "failed items": FeedItem.objects.filter(state=FeedItem.State.FAILED).count(),
        "articles without a lead": sum(1 for pks in by_story.values() if not set(pks) & set(first_lead)),
        "leads": Lead.objects.count(),
        "articles done (leads compared)": len(done_at),
        "articles/hour, 10th→90th pct of completions": round(steady_rate(sorted(done_at.values()))),
        "articles/hour, first appearance → last comparison": round(
            len(done_at) / max(last - stories[0].appears_at, 1) * 3600
        ),
        "arrival rate/hour": round(options.stories / (options.minutes * 60) * 3600),
        "appeared → lead p50/p95 s": f"{statistics.median(to_lead):.0f} / {percentile(to_lead, 0.95):.0f}"
        if to_lead
        else "-",
        "appeared → leads compared p50/p95 s": f"{statistics.median(to_match):.0f} / {percentile(to_match, 0.95):.0f}"
        if to_match
        else "-",
        "found by a poll (or a push) → lead p50/p95 s": f"{statistics.median(poll_to_lead):.0f} / "
        f"{percentile(poll_to_lead, 0.95):.0f}"
        if poll_to_lead
        else "-",
        **{
            f"peak RSS {name} (group now-sum / one process) MiB": f"{a // 1024} / {b // 1024}"
            for name, (a, b) in peaks.items()
        },
        **{f"CPU s of {name}": round(seconds, 1) for name, seconds in cpu_seconds.items()},
        # What the workers and the beat spent per article (PostgreSQL's and Redis's own CPU not counted):
        # the pace two idle cores would sustain, since the measured pace is whatever share others left.
        "worker CPU ms per article": round(sum(cpu_seconds.values()) / max(len(done_at), 1) * 1000),
        "articles/hour on 2 idle cores (from CPU)": round(
            2 * 3600 * max(len(done_at), 1) / max(sum(cpu_seconds.values()), 1e-3)
        ),
        "load average max/mean": f"{max(loads, default=0):.1f} / {statistics.mean(loads) if loads else 0:.1f}",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=int, default=1200)
    parser.add_argument("--minutes", type=float, default=6, help="stories appear over this long")
    parser.add_argument("--poll-minutes", type=int, default=5)
    parser.add_argument("--hosts", type=int, default=8)
    parser.add_argument("--feeds", type=int, default=24)
    parser.add_argument("--factchecks", type=int, default=100_000)
    parser.add_argument("--embeddings", action="store_true", help="rows get (random) embeddings: both stages")
    parser.add_argument("--concurrency", type=int, default=2, help="pool processes per worker")
    parser.add_argument("--drain-seconds", type=int, default=180, help="wait after the last poll at most")
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--quick", action="store_true", help="make bench: small and short")
    parser.add_argument("--websub", action="store_true", help="the feeds name a hub that pushes each new item")
    parser.add_argument(
        "--database-prefix",
        default="factcheck_bench_monitoring",
        help="names of the template and run databases (PostgreSQL on 127.0.0.1)",
    )
    options = parser.parse_args()
    if options.quick:
        options.stories, options.minutes, options.poll_minutes, options.factchecks = 60, 1, 1, 500
        options.hosts, options.feeds, options.drain_seconds = 4, 6, 60
    broker = os.environ.get("CELERY_BROKER_URL", "")
    parts = urlsplit(broker)
    if parts.hostname not in ("127.0.0.1", "localhost") or parts.path in ("", "/", "/0", "/15"):
        raise SystemExit("set CELERY_BROKER_URL to a Redis database of your own on this machine (not 0 or 15)")
    template_url = f"postgres://postgres@127.0.0.1:5432/{options.database_prefix}_{options.factchecks}"
    template_url += "_e" if options.embeddings else ""
    ensure_database(template_url)
    build_template(template_url, options.factchecks, options.embeddings)
    results = [run_layout(label, LAYOUTS[label], options, template_url, broker) for label in options.layouts.split(",")]
    keys = list(dict.fromkeys(key for result in results for key in result))
    width = max(len(key) for key in keys)
    for key in keys:
        print(f"{key:<{width}}  " + "  |  ".join(str(result.get(key, "")) for result in results))


if __name__ == "__main__":
    main()
