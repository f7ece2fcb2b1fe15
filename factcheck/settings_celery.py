"""Celery settings, star-imported by factcheck/settings.py: the broker, time limits, queues, routes and the beat."""

import os

from kombu import Exchange, Queue

from factcheck.settings_feeds import FEEDS_BEAT_SCHEDULE, FEEDS_TASK_ROUTES

# Celery. Without a broker, tasks run in-process so `make run` needs no Redis.
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# Longest task (a URL fetch plus extraction) is bounded by this hard limit; the
# broker's visibility timeout is longer so an unacked task is not redelivered early.
CELERY_TASK_TIME_LIMIT = int(os.environ.get("CELERY_TASK_TIME_LIMIT", "300"))
CELERY_TASK_SOFT_TIME_LIMIT = CELERY_TASK_TIME_LIMIT - 30
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": CELERY_TASK_TIME_LIMIT * 4}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Publishing gives up within a few seconds when the broker is down, so a request that
# submits a document is not held up: the document stays pending and the sweep queues it.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS.update(socket_connect_timeout=2, socket_timeout=10)
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5, "interval_max": 1}
# Extraction is idempotent, so a task cut off by a lost broker connection may safely run again.
CELERY_WORKER_CANCEL_LONG_RUNNING_TASKS_ON_CONNECTION_LOSS = True
CELERY_TASK_DEFAULT_QUEUE = "default"
# A worker started without --queues consumes them all (one development worker does everything).
CELERY_TASK_QUEUES = [
    Queue(name, Exchange(name), routing_key=name)
    for name in ("default", "extraction", "matching", "archiving", "feeds", "notifications")
]
# One queue per kind of work, each consumed by its own worker (see Procfile), so a flood
# of one kind waits in its own line. The sweeps are quick and must not wait behind extractions;
# nor must matching (quick, one query per claim), or a claim extracted at the start of a large
# import would get its suggestions only once the whole import is extracted.
CELERY_TASK_ROUTES = {
    "claims.tasks.requeue_stale_documents": {"queue": "default"},
    "publishing.tasks.requeue_unmatched_claims": {"queue": "default"},
    "publishing.tasks.requeue_imports": {"queue": "default"},
    "factcheck.tasks.delete_expired_tokens": {"queue": "default"},
    "notifications.tasks.requeue_unsent_emails": {"queue": "default"},
    "claims.tasks.*": {"queue": "extraction"},
    "publishing.tasks.suggest_matches": {"queue": "matching"},
    # A large import is long work, like an extraction: it waits in that line, not before the sweeps.
    "publishing.tasks.import_claimreviews": {"queue": "extraction"},
    "publishing.tasks.embed_rows": {"queue": "matching"},
    "publishing.tasks.update_vector_index": {"queue": "matching"},
    "reviews.tasks.archive_*": {"queue": "archiving"},
    "notifications.tasks.*": {"queue": "notifications"},
    **FEEDS_TASK_ROUTES,
}
CELERY_BEAT_SCHEDULE = {
    "requeue-stale-documents": {"task": "claims.tasks.requeue_stale_documents", "schedule": 60.0},
    "requeue-unmatched-claims": {"task": "publishing.tasks.requeue_unmatched_claims", "schedule": 60.0},
    "requeue-imports": {"task": "publishing.tasks.requeue_imports", "schedule": 60.0},
    "delete-expired-tokens": {"task": "factcheck.tasks.delete_expired_tokens", "schedule": 3600.0},
    "requeue-missing-embeddings": {"task": "publishing.tasks.requeue_missing_embeddings", "schedule": 60.0},
    "requeue-unsent-emails": {"task": "notifications.tasks.requeue_unsent_emails", "schedule": 60.0},
    "flag-overdue-assignments": {"task": "reviews.tasks.flag_overdue_assignments", "schedule": 300.0},
    **FEEDS_BEAT_SCHEDULE,
}
