import logging
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.utils.dateparse import parse_datetime

from claims import services as claim_services
from factcheck.celery import runs_in_process
from factcheck.fetch import FetchFailed
from ingest import flow
from monitoring.services import comparison as comparison_services
from monitoring.services import digests as digest_services
from monitoring.services import leads as lead_services
from monitoring.services import topics as topic_services
from monitoring.services import websub as websub_services

logger = logging.getLogger(__name__)

# While another run holds a document, ask again every minute: if that run is dead, its lock goes
# stale after FACTCHECK_EXTRACTION_STALE_MINUTES and the next attempt takes over.
BUSY_RETRY_SECONDS = 60


def busy_retries() -> int:
    """Enough attempts to outlast a stale lock, and no more."""
    return settings.FACTCHECK_EXTRACTION_STALE_MINUTES * 60 // BUSY_RETRY_SECONDS + 1


# Each task keeps the name it had before it moved here from the claims app, so messages queued by
# an older release are still understood.
@shared_task(
    name="claims.tasks.extract_document",
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    # Only transient faults reach here: services record the permanent ones on the document.
    autoretry_for=(OperationalError, InterfaceError, FetchFailed),
    retry_backoff=True,
    retry_kwargs={"max_retries": 5},
    # Each kind of retry sets its own bound: passing max_retries to self.retry() would stay
    # on the task object (Celery's override_max_retries) and change the bound of the next run.
    max_retries=None,
)
def extract_document(self, document_id: int) -> None:
    try:
        flow.document_extract(document_id, task_id=self.request.id or "")
    except claim_services.ExtractionRunning as running:
        if self.app.conf.task_always_eager:
            # No broker to wait on, and the run holding the lock runs in-process too: it will finish.
            logger.info("Extraction of document %s is already running", document_id)
            return
        if self.request.retries >= busy_retries():
            raise  # the lock never went stale; the sweep re-sends the document if it does
        raise self.retry(exc=running, countdown=BUSY_RETRY_SECONDS) from running


@shared_task(name="claims.tasks.requeue_stale_documents")
def requeue_stale_documents() -> int:
    return len(flow.documents_requeue_stale())


# Monitoring. A poll or an item read holds its row's lease, so a task delivered twice, or two beats,
# never work on one feed or one item at once; what a lost task leaves pending, the sweep sends again.
@shared_task(name="ingest.tasks.poll_due_feeds")
def poll_due_feeds() -> int:
    return len(flow.feeds_poll_due())


@shared_task(
    name="ingest.tasks.poll_feed",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 3},
)
def poll_feed(feed_id: int) -> int:
    return len(flow.feed_poll(feed_id))


@shared_task(
    name="ingest.tasks.read_feed_item",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 3},
)
def read_feed_item(item_id: int, slot_at: str | None = None) -> None:
    flow.feed_item_read(item_id, slot_at=parse_datetime(slot_at) if slot_at else None)


# WebSub. A request to a hub is idempotent (the hub renews a subscription asked twice); one the hub
# could not take is tried again here a few times, then by the beat's sweep, backing off; a refusal is not.
@shared_task(name="ingest.tasks.ask_hub", bind=True, max_retries=3, autoretry_for=(OperationalError, InterfaceError))
def ask_hub(self, subscription_id: int) -> str:
    try:
        return websub_services.subscription_request(subscription_id)
    except websub_services.HubUnavailable as unavailable:
        if runs_in_process():
            return ""  # recorded: the sweep asks again once its wait is over
        raise self.retry(exc=unavailable, countdown=30 * 2**self.request.retries) from unavailable


@shared_task(name="ingest.tasks.ask_hubs")
def ask_hubs() -> int:
    return len(flow.hubs_ask_due())


@shared_task(
    name="ingest.tasks.read_feed_push",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 3},
)
def read_feed_push(push_id: int) -> int:
    return len(flow.feed_push_read(push_id))


@shared_task(name="ingest.tasks.archive_old_leads")
def archive_old_leads() -> int:
    return lead_services.leads_archive()


# Topics and the morning digest. Re-tagging is idempotent (it sets the tags the terms say) and gives
# way to a newer version of the terms; a digest is made once per person and morning (a unique row)
# and its email claimed before it leaves.
@shared_task(
    name="ingest.tasks.retag_topic",
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 3},
)
def retag_topic(topic_id: int, version: int) -> bool:
    return topic_services.topic_retag(topic_id, version)


@shared_task(name="ingest.tasks.retag_changed_topics")
def retag_changed_topics() -> int:
    return len(flow.topics_retag_changed())


@shared_task(name="ingest.tasks.send_morning_digests")
def send_morning_digests() -> int:
    return len(flow.digests_send_due())


@shared_task(name="ingest.tasks.email_digest", bind=True, max_retries=5)
def email_digest(self, digest_id: int) -> bool:
    try:
        return digest_services.digest_email(digest_id)
    except (SMTPException, OSError) as failure:
        if runs_in_process():
            raise
        raise self.retry(exc=failure, countdown=60 * 2**self.request.retries) from failure


@shared_task(
    name="ingest.tasks.compare_leads",
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    retry_kwargs={"max_retries": 5},
)
def compare_leads(document_id: int) -> int:
    return comparison_services.leads_compare(document_id)


@shared_task(name="ingest.tasks.requeue_uncompared_leads")
def requeue_uncompared_leads() -> int:
    return len(flow.leads_requeue_uncompared())
