"""Settings of fetching from named local hosts and of monitoring (feeds), star-imported at the end of
settings.py, which has read the development .env into the environment by then."""

import os

# Host names ("feeds.local", "127.0.0.1:8001": a port, when given, must match too) that fetches may
# reach although they resolve to loopback or private addresses: for tests and demos only. Empty by
# default; `check --deploy` warns when it is set with DEBUG off (factcheck.W002).
FACTCHECK_FETCH_ALLOW_HOSTS = [
    host.strip().lower() for host in os.environ.get("FACTCHECK_FETCH_ALLOW_HOSTS", "").split(",") if host.strip()
]

# Seconds between two requests to one host (feeds, their articles, robots.txt), whichever worker sends them.
FACTCHECK_FEED_HOST_INTERVAL_SECONDS = float(os.environ.get("FACTCHECK_FEED_HOST_INTERVAL_SECONDS", "1"))
# Longest wait for a feed's or an article's server to answer and to send its page.
FACTCHECK_FEED_TIMEOUT_SECONDS = float(os.environ.get("FACTCHECK_FEED_TIMEOUT_SECONDS", "15"))
# Failures in a row after which a feed is paused (with the reason shown to editors) until one resumes it.
FACTCHECK_FEED_MAX_FAILURES = int(os.environ.get("FACTCHECK_FEED_MAX_FAILURES", "5"))
# Largest feed read.
FACTCHECK_FEED_MAX_BYTES = int(os.environ.get("FACTCHECK_FEED_MAX_BYTES", str(5 * 1024 * 1024)))
# Leads older than this leave the Monitoring view (archived, never deleted).
FACTCHECK_LEAD_ARCHIVE_DAYS = int(os.environ.get("FACTCHECK_LEAD_ARCHIVE_DAYS", "14"))

FEEDS_BEAT_SCHEDULE = {
    # Polls the feeds that are due (each has its own interval) and re-sends items whose task was lost.
    "poll-due-feeds": {"task": "ingest.tasks.poll_due_feeds", "schedule": 30.0},
    "archive-old-leads": {"task": "ingest.tasks.archive_old_leads", "schedule": 3600.0},
}
FEEDS_TASK_ROUTES = {
    "ingest.tasks.poll_due_feeds": {"queue": "default"},
    "ingest.tasks.archive_old_leads": {"queue": "default"},
    # Feeds and their articles wait on the network, like evidence pages. Polls have a queue of their own:
    # behind a poll's hundreds of article reads, the next feeds' polls (and their items) would wait
    # minutes (measured: bench_monitoring.py, BENCHMARKS.md); the worker takes from both in turn.
    "ingest.tasks.poll_feed": {"queue": "feeds"},
    "ingest.tasks.read_feed_item": {"queue": "archiving"},
}
