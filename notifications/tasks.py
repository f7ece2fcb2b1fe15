from smtplib import SMTPException

from celery import shared_task
from celery.utils.time import get_exponential_backoff_interval

from factcheck.celery import runs_in_process
from notifications import services

EMAIL_RETRIES = 5


@shared_task(bind=True, max_retries=EMAIL_RETRIES)
def send_notification_email(self, notification_id: int) -> bool:
    try:
        return services.notification_email(notification_id)
    except (SMTPException, OSError) as failure:
        # Without a broker nothing can run a retry later: the first attempt is the last, and the
        # failure itself is logged, not a Retry that will never run.
        if runs_in_process():
            raise
        countdown = get_exponential_backoff_interval(factor=1, retries=self.request.retries, maximum=600)
        raise self.retry(exc=failure, countdown=countdown) from failure


@shared_task
def requeue_unsent_emails() -> int:
    return len(services.notifications_requeue_unsent())
