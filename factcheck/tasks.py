from celery import shared_task

from factcheck.tokens import tokens_delete_expired


@shared_task
def delete_expired_tokens() -> int:
    return tokens_delete_expired()
