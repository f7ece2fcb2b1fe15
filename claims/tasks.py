from celery import shared_task
from django.db import InterfaceError, OperationalError

from claims import services
from factcheck.fetch import FetchFailed


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    # Only transient faults reach here: services record the permanent ones on the document.
    autoretry_for=(OperationalError, InterfaceError, FetchFailed),
    retry_backoff=True,
    max_retries=5,
)
def extract_document(document_id: int) -> None:
    services.document_extract(document_id)


@shared_task
def requeue_stale_documents() -> int:
    return len(services.documents_requeue_stale())
