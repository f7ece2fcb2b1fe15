"""A claim past its due time is flagged once: one event, one notice each to its assignee and the editors."""

import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from claims import selectors
from claims.models import ClaimEvent
from notifications.models import Notification
from reviews import services
from reviews.models import Assignment
from reviews.tasks import flag_overdue_assignments
from tests import factories

pytestmark = pytest.mark.django_db


def assign_due(claim, reviewer, actor, hours_from_now):
    return services.claim_assign(
        claim, reviewer=reviewer, actor=actor, due=timezone.now() + timedelta(hours=hours_from_now)
    )


@pytest.fixture
def late_claim(editor, fact_checker):
    return assign_due(factories.ClaimFactory(), fact_checker, editor, -1)


def test_the_sweep_tells_the_assignee_and_the_editors(late_claim, fact_checker, editor):
    Notification.objects.all().delete()  # the assignment's own notice
    assert flag_overdue_assignments.delay().get() == 1
    recipients = set(Notification.objects.filter(kind="overdue").values_list("recipient__username", flat=True))
    assert recipients == {"fiona", "edith"}
    assert late_claim.events.filter(kind=ClaimEvent.Kind.OVERDUE).count() == 1
    assert Assignment.objects.get(claim=late_claim).overdue_notified_at is not None


def test_running_the_sweep_twice_notifies_once(late_claim, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        flag_overdue_assignments.delay()
        flag_overdue_assignments.delay()
    assert Notification.objects.filter(kind="overdue").count() == 2
    assert len([m for m in mail.outbox if "overdue" in m.subject]) == 2
    assert late_claim.events.filter(kind=ClaimEvent.Kind.OVERDUE).count() == 1


def test_claims_not_yet_due_released_or_closed_are_left_alone(editor, fact_checker):
    assign_due(factories.ClaimFactory(), fact_checker, editor, +1)
    released = assign_due(factories.ClaimFactory(), fact_checker, editor, -1)
    services.claim_release(released, actor=editor)
    closed = assign_due(factories.ClaimFactory(), fact_checker, editor, -1)
    Assignment.objects.filter(claim=closed).update(completed_at=timezone.now())
    assert services.assignments_flag_overdue() == 0


def test_a_new_due_date_after_reassignment_can_be_overdue_again(late_claim, editor, other_fact_checker):
    services.assignments_flag_overdue()
    assign_due(late_claim, other_fact_checker, editor, -1)
    assert services.assignments_flag_overdue() == 1
    assert late_claim.events.filter(kind=ClaimEvent.Kind.OVERDUE).count() == 2


def test_my_queue_shows_overdue_claims_first_and_marked(editor, fact_checker):
    later = assign_due(factories.ClaimFactory(), fact_checker, editor, +5)
    late = assign_due(factories.ClaimFactory(), fact_checker, editor, -2)
    queue = list(selectors.queue_mine(fact_checker))
    assert [(claim.pk, claim.is_overdue) for claim in queue] == [(late.pk, True), (later.pk, False)]


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_concurrent_sweeps_notify_once():
    editor = factories.editor()
    reviewers = [factories.fact_checker() for _ in range(3)]
    for reviewer in reviewers:
        assign_due(factories.ClaimFactory(), reviewer, editor, -1)
    Notification.objects.all().delete()
    start = threading.Barrier(2)
    flagged = []

    def sweep():
        start.wait()
        try:
            flagged.append(services.assignments_flag_overdue())
        finally:
            connection.close()

    threads = [threading.Thread(target=sweep) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sum(flagged) == 3
    assert Notification.objects.filter(kind="overdue").count() == 6  # each assignee, and the editor for each
    assert ClaimEvent.objects.filter(kind=ClaimEvent.Kind.OVERDUE).count() == 3
