from celery import shared_task
from django.db import InterfaceError, OperationalError

from factcheck.celery import runs_in_process
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
    # Without a broker nothing can run a retry later: the first attempt is the last, and a
    # failure is recorded on the archive, where the retry button offers to try again.
    final_attempt = self.request.retries >= ARCHIVE_RETRIES or runs_in_process()
    try:
        services.evidence_archive(evidence_id, final_attempt=final_attempt)
    except FetchFailed as failure:  # only transient ones reach here, and not on the final attempt
        raise self.retry(exc=failure, countdown=30 * 2**self.request.retries) from failure


@shared_task
def flag_overdue_assignments() -> int:
    return services.assignments_flag_overdue()
