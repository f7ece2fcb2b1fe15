"""A notification made while Redis is down is in the inbox at once, and its email goes once Redis is back."""

import time

import pytest
from celery.contrib.testing.worker import start_worker
from django.core import mail

from factcheck.celery import app
from notifications import services as notification_services
from notifications.models import Notification
from reviews import services
from tests import factories
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]


@pytest.mark.django_db(transaction=True)
def test_the_email_of_a_notice_made_while_redis_is_down_is_sent_once_it_is_back(private_redis, settings):
    editor = factories.editor(username="edith")
    checker = factories.fact_checker(username="fiona")
    with celery_broker(private_redis.url):
        private_redis.stop()

        started = time.monotonic()
        services.claim_assign(factories.ClaimFactory(), reviewer=checker, actor=editor)
        assert time.monotonic() - started < 5, "publishing must give up quickly while the broker is down"
        notification = Notification.objects.get(recipient=checker)
        assert (notification.email_queued_at, notification.emailed_at) == (None, None)

        private_redis.start()
        settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0  # the sweep's wait has passed
        assert notification_services.notifications_requeue_unsent() == [notification.pk]
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):

            def sent():
                notification.refresh_from_db()
                return notification.emailed_at is not None

            assert wait_for(sent, timeout=30)

    assert [message.to for message in mail.outbox] == [["fiona@example.org"]]
    assert notification_services.notifications_requeue_unsent() == []
