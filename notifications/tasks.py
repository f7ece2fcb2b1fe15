from smtplib import SMTPException

from celery import shared_task

from notifications import services


@shared_task(autoretry_for=(SMTPException, OSError), retry_backoff=True, max_retries=5)
def send_notification_email(notification_id: int) -> bool:
    return services.notification_email(notification_id)
