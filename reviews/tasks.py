from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck.fetch import FetchFailed
from reviews import services

ARCHIVE_RETRIES = 4


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    max_retries=ARCHIVE_RETRIES,
)
def archive_evidence(self, evidence_id: int) -> None:
    try:
        services.evidence_archive(evidence_id, final_attempt=self.request.retries >= ARCHIVE_RETRIES)
    except FetchFailed as failure:  # only transient ones reach here, and not on the final attempt
        raise self.retry(exc=failure, countdown=30 * 2**self.request.retries) from failure


@shared_task
def flag_overdue_assignments() -> int:
    return services.assignments_flag_overdue()
