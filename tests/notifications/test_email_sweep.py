"""A notification's email that could not be queued (the broker was down) is queued again by the
sweep; without a broker a failed email is logged as a failure, tried once, and stays unsent."""

import logging
from datetime import timedelta
from smtplib import SMTPServerDisconnected

import pytest
from django.core import mail
from django.utils import timezone

from factcheck.celery import app
from notifications import services
from notifications.models import Notification
from notifications.tasks import requeue_unsent_emails, send_notification_email
from reviews import services as review_services
from tests import factories
from tests.brokers import fake_broker

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(monkeypatch):
    return fake_broker(monkeypatch, send_notification_email, configured=True)


@pytest.fixture
def assign(editor, django_capture_on_commit_callbacks):
    """An editor assigns a new claim to `reviewer`, who is told; returns the notification."""

    def run(reviewer):
        with django_capture_on_commit_callbacks(execute=True):
            review_services.claim_assign(factories.ClaimFactory(), reviewer=reviewer, actor=editor)
        return Notification.objects.filter(recipient=reviewer).latest("pk")

    return run


def made_ago(notification, **delta) -> None:
    Notification.objects.filter(pk=notification.pk).update(created_at=timezone.now() - timedelta(**delta))


def test_it_requeues_an_email_that_could_not_be_queued(broker, assign, fact_checker, other_fact_checker, caplog):
    queued = assign(fact_checker)
    broker.down = True
    with caplog.at_level(logging.WARNING, logger="notifications.services"):
        unqueued = assign(other_fact_checker)
    assert f"Could not queue the email for notification {unqueued.pk} (broker unreachable)" in caplog.text
    assert queued.email_queued_at is not None
    assert (unqueued.email_queued_at, unqueued.emailed_at) == (None, None)

    broker.down, broker.sent = False, []
    assert services.notifications_requeue_unsent() == []  # its caller may still be queueing it
    made_ago(queued, minutes=5)
    made_ago(unqueued, minutes=5)
    assert services.notifications_requeue_unsent() == [unqueued.pk]
    assert broker.sent == [unqueued.pk]
    unqueued.refresh_from_db()
    assert unqueued.email_queued_at is not None
    assert services.notifications_requeue_unsent() == []


def test_an_email_queued_but_never_sent_is_queued_again_only_once_its_task_must_be_lost(
    broker, assign, fact_checker, settings
):
    settings.FACTCHECK_EMAIL_STALE_MINUTES = 15
    waiting = assign(fact_checker)  # queued; the worker has not run it (the fake broker runs nothing)
    assert (waiting.email_queued_at is not None, waiting.emailed_at) == (True, None)
    made_ago(waiting, minutes=30)
    Notification.objects.filter(pk=waiting.pk).update(email_queued_at=timezone.now() - timedelta(minutes=14))
    broker.sent = []
    assert services.notifications_requeue_unsent() == [], "waiting its turn in a busy queue"

    Notification.objects.filter(pk=waiting.pk).update(email_queued_at=timezone.now() - timedelta(minutes=16))
    assert services.notifications_requeue_unsent() == [waiting.pk]
    assert broker.sent == [waiting.pk]
    assert services.notifications_requeue_unsent() == [], "queued again a moment ago"


def test_an_email_already_sent_is_not_queued_again(assign, fact_checker):
    sent = assign(fact_checker)  # in-process: sent at once
    assert sent.emailed_at is not None
    made_ago(sent, minutes=5)
    assert services.notifications_requeue_unsent() == []


def test_a_notice_older_than_a_day_keeps_its_place_in_the_inbox_but_gets_no_late_email(broker, assign, fact_checker):
    broker.down = True
    stale = assign(fact_checker)
    broker.down = False
    made_ago(stale, hours=25)
    assert services.notifications_requeue_unsent() == []
    made_ago(stale, hours=23)
    assert services.notifications_requeue_unsent() == [stale.pk]


def test_the_email_of_a_notice_made_while_the_broker_was_down_is_sent_by_the_sweep(
    broker, assign, fact_checker, monkeypatch
):
    broker.down = True
    notification = assign(fact_checker)
    assert mail.outbox == []

    # The broker is back, and the beat runs the sweep (in-process here).
    monkeypatch.undo()
    app.conf.task_always_eager = True
    made_ago(notification, minutes=5)
    assert requeue_unsent_emails.apply().get() == 1
    assert [message.to for message in mail.outbox] == [["fiona@example.org"]]
    assert requeue_unsent_emails.apply().get() == 0
    assert len(mail.outbox) == 1


@pytest.fixture
def smtp_down(monkeypatch):
    """The mail server drops every connection; returns the attempts made."""
    attempts = []

    def refuse(**kwargs):
        attempts.append(kwargs["recipient_list"])
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(services, "send_mail", refuse)
    return attempts


def test_without_a_broker_a_failed_email_is_logged_with_its_cause_and_tried_once(
    assign, fact_checker, smtp_down, caplog
):
    with caplog.at_level(logging.WARNING, logger="notifications.services"):
        notification = assign(fact_checker)
    assert f"Sending the email for notification {notification.pk} failed" in caplog.text
    assert "Could not queue" not in caplog.text
    assert "SMTPServerDisconnected: Connection unexpectedly closed" in caplog.text
    assert "Retry in" not in caplog.text  # nothing could run a retry later
    assert smtp_down == [["fiona@example.org"]]
    assert notification.emailed_at is None  # still in the inbox, unsent


def test_with_a_broker_a_failed_email_is_retried_by_the_task(fact_checker, monkeypatch):
    app.conf.task_always_eager = False  # put back by the tasks_run_in_process fixture
    notification = Notification.objects.create(
        recipient=fact_checker, kind=Notification.Kind.OVERDUE, text="late", dedupe_key="overdue:1"
    )
    replies = iter([SMTPServerDisconnected("Connection unexpectedly closed"), None])

    def flaky(**kwargs):
        reply = next(replies)
        if reply:
            raise reply
        mail.outbox.append(kwargs["recipient_list"])

    monkeypatch.setattr(services, "send_mail", flaky)
    # apply() runs the task as a worker would, replaying each retry at once, with no broker needed.
    send_notification_email.apply(args=[notification.pk], throw=False)
    assert mail.outbox == [["fiona@example.org"]]
    notification.refresh_from_db()
    assert notification.emailed_at is not None


def test_the_sweep_runs_every_minute_on_the_default_queue(settings):
    (entry,) = [
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "notifications.tasks.requeue_unsent_emails"
    ]
    assert entry["schedule"] == 60.0
    assert app.amqp.router.route({}, "notifications.tasks.requeue_unsent_emails")["queue"].name == "default"
