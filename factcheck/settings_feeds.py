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
# The address this site is reached at from outside ("https://desk.example.org"): WebSub hubs call it back
# (/websub/<token>/) to confirm subscriptions and push new items. Empty: no feed is pushed, all are polled.
FACTCHECK_PUBLIC_URL = os.environ.get("FACTCHECK_PUBLIC_URL", "").strip().rstrip("/")
# The lease asked of hubs (each hub grants its own; it is renewed before it ends), and the most pushes a
# minute taken from one feed's hub (more are answered 429: the hub sends them again later).
FACTCHECK_WEBSUB_LEASE_SECONDS = int(os.environ.get("FACTCHECK_WEBSUB_LEASE_SECONDS", str(10 * 24 * 3600)))
FACTCHECK_WEBSUB_PUSHES_PER_MINUTE = int(os.environ.get("FACTCHECK_WEBSUB_PUSHES_PER_MINUTE", "60"))
# Leads older than this leave the Monitoring view (archived, never deleted).
FACTCHECK_LEAD_ARCHIVE_DAYS = int(os.environ.get("FACTCHECK_LEAD_ARCHIVE_DAYS", "14"))


# The morning digest: its default hour and time zone (editors change both in the desk), how many
# leads of each topic it lists, and how late it may still leave (a digest the workers could not send
# by then waits for the next morning: a morning list in the evening is news no longer).
FACTCHECK_DIGEST_HOUR = int(os.environ.get("FACTCHECK_DIGEST_HOUR", "7"))
FACTCHECK_DIGEST_TIME_ZONE = os.environ.get("FACTCHECK_DIGEST_TIME_ZONE", os.environ.get("TIME_ZONE", "Europe/Paris"))
FACTCHECK_DIGEST_LEADS_PER_TOPIC = int(os.environ.get("FACTCHECK_DIGEST_LEADS_PER_TOPIC", "5"))
FACTCHECK_DIGEST_LATE_HOURS = int(os.environ.get("FACTCHECK_DIGEST_LATE_HOURS", "6"))
# Leads are compared with the published and imported fact-checks (repeat alerts) and with the recent
# leads (grouping by meaning) on the matching queue. Leads scoring under this check-worthiness are
# grouped by their exact words only and matched with nothing: the comparison is the costly step.
FACTCHECK_LEAD_COMPARE_FLOOR = float(os.environ.get("FACTCHECK_LEAD_COMPARE_FLOOR", "0.5"))
# A new lead joins the open group of the last this many hours closest in meaning, when at least this close
# (words and meaning, 0-1: monitoring/similarity.py; chosen on shared data, BENCHMARKS.md).
FACTCHECK_LEAD_GROUP_HOURS = int(os.environ.get("FACTCHECK_LEAD_GROUP_HOURS", "24"))
# The sweep queues again a comparison still not done this many minutes after its leads were found:
# longer than a busy matching queue takes, so a backlog is not sent twice.
FACTCHECK_LEAD_COMPARE_REQUEUE_MINUTES = int(os.environ.get("FACTCHECK_LEAD_COMPARE_REQUEUE_MINUTES", "15"))
FACTCHECK_LEAD_GROUP_THRESHOLD = float(os.environ.get("FACTCHECK_LEAD_GROUP_THRESHOLD", "0.55"))

FEEDS_BEAT_SCHEDULE = {
    # Polls the feeds that are due (each has its own interval) and re-sends items whose task was lost.
    "poll-due-feeds": {"task": "ingest.tasks.poll_due_feeds", "schedule": 30.0},
    # WebSub: asks hubs for new subscriptions, renews leases before they end, unsubscribes paused and
    # deleted feeds, and re-sends pushes whose reading task was lost.
    "ask-hubs": {"task": "ingest.tasks.ask_hubs", "schedule": 60.0},
    "archive-old-leads": {"task": "ingest.tasks.archive_old_leads", "schedule": 3600.0},
    # Each minute: is it the desk's digest hour in its time zone, and is anyone's digest not yet made?
    "send-morning-digests": {"task": "ingest.tasks.send_morning_digests", "schedule": 60.0},
    # Re-sends the re-tagging of topics whose task was lost.
    "retag-changed-topics": {"task": "ingest.tasks.retag_changed_topics", "schedule": 300.0},
    # Leads whose comparison was never queued or whose task was lost (the broker was down).
    "requeue-uncompared-leads": {"task": "ingest.tasks.requeue_uncompared_leads", "schedule": 120.0},
}
FEEDS_TASK_ROUTES = {
    "ingest.tasks.poll_due_feeds": {"queue": "default"},
    "ingest.tasks.archive_old_leads": {"queue": "default"},
    # It asks matching whether each lead was checked already: where the embedding model is loaded.
    "ingest.tasks.send_morning_digests": {"queue": "matching"},
    "ingest.tasks.retag_changed_topics": {"queue": "default"},
    "ingest.tasks.retag_topic": {"queue": "default"},
    "ingest.tasks.email_digest": {"queue": "notifications"},
    "ingest.tasks.requeue_uncompared_leads": {"queue": "default"},
    "ingest.tasks.compare_leads": {"queue": "matching"},
    # Feeds and their articles wait on the network, like evidence pages. Polls have a queue of their own:
    # behind a poll's hundreds of article reads, the next feeds' polls (and their items) would wait
    # minutes (measured: bench_monitoring.py, BENCHMARKS.md); the worker takes from both in turn.
    "ingest.tasks.poll_feed": {"queue": "feeds"},
    # A push is a poll's answer that came by itself; a hub is asked over the network, as a feed is.
    "ingest.tasks.read_feed_push": {"queue": "feeds"},
    "ingest.tasks.ask_hub": {"queue": "feeds"},
    "ingest.tasks.ask_hubs": {"queue": "default"},
    "ingest.tasks.read_feed_item": {"queue": "archiving"},
}
