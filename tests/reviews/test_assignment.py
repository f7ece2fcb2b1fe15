import threading
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews import services
from reviews.models import Assignment
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_editor_assigns_with_a_default_due_date_from_priority(editor, fact_checker):
    claim = factories.ClaimFactory(priority=Claim.Priority.URGENT)
    assigned = services.claim_assign(claim, reviewer=fact_checker, actor=editor)
    assert assigned.assignee == fact_checker
    assert timedelta(hours=3, minutes=59) < assigned.due_at - timezone.now() <= timedelta(hours=4)
    event = assigned.events.get()
    assert (event.kind, event.details["reviewer"]) == (ClaimEvent.Kind.ASSIGNED, "fiona")


def test_a_normal_claim_is_due_in_a_day(editor, fact_checker):
    assigned = services.claim_assign(factories.ClaimFactory(), reviewer=fact_checker, actor=editor)
    assert timedelta(hours=23, minutes=59) < assigned.due_at - timezone.now() <= timedelta(hours=24)


def test_reassigning_closes_the_previous_assignment(editor, fact_checker, other_fact_checker):
    claim = services.claim_assign(factories.ClaimFactory(), reviewer=fact_checker, actor=editor)
    claim = services.claim_assign(claim, reviewer=other_fact_checker, actor=editor)
    history = list(Assignment.objects.filter(claim=claim).order_by("assigned_at", "id"))
    assert [row.reviewer for row in history] == [fact_checker, other_fact_checker]
    assert history[0].released_at is not None and history[1].released_at is None
    assert claim.events.last().details["previous"] == "fiona"


def test_a_fact_checker_cannot_assign(fact_checker, other_fact_checker):
    with pytest.raises(workflow.NotAllowed):
        services.claim_assign(factories.ClaimFactory(), reviewer=other_fact_checker, actor=fact_checker)


def test_it_refuses_to_assign_to_someone_outside_the_desk(editor, outsider):
    with pytest.raises(workflow.Refused):
        services.claim_assign(factories.ClaimFactory(), reviewer=outsider, actor=editor)


def test_a_stale_assignment_is_a_conflict(editor, fact_checker):
    claim = factories.ClaimFactory(version=3)
    with pytest.raises(workflow.Conflict):
        services.claim_assign(claim, reviewer=fact_checker, actor=editor, version=2)


def test_release_puts_the_claim_back_in_the_unassigned_queue(editor, fact_checker):
    claim = services.claim_assign(factories.ClaimFactory(), reviewer=fact_checker, actor=editor)
    released = services.claim_release(claim, actor=fact_checker)
    assert released.assignee is None
    assert Assignment.objects.get(claim=claim).released_at is not None
    assert released.events.last().kind == ClaimEvent.Kind.RELEASED


def test_another_fact_checker_cannot_release_my_claim(editor, fact_checker, other_fact_checker):
    claim = services.claim_assign(factories.ClaimFactory(), reviewer=fact_checker, actor=editor)
    with pytest.raises(workflow.NotAllowed):
        services.claim_release(claim, actor=other_fact_checker)


def test_take_next_gives_urgent_claims_first_then_the_oldest(fact_checker):
    oldest = factories.ClaimFactory()
    factories.ClaimFactory()
    urgent = factories.ClaimFactory(priority=Claim.Priority.URGENT)
    assert services.claim_take_next(actor=fact_checker) == urgent
    assert services.claim_take_next(actor=fact_checker) == oldest


def test_take_next_gives_urgent_first_then_the_most_check_worthy_then_the_oldest(fact_checker):
    oldest_plain = factories.ClaimFactory(score=0.6)
    newer_plain = factories.ClaimFactory(score=0.6)
    worthy = factories.ClaimFactory(score=0.95)
    urgent_low = factories.ClaimFactory(priority=Claim.Priority.URGENT, score=0.55)
    order = [services.claim_take_next(actor=fact_checker) for _ in range(4)]
    assert order == [urgent_low, worthy, oldest_plain, newer_plain]


def test_take_next_only_gives_claims_in_a_language_i_read():
    reader = factories.fact_checker(languages=["fr"])
    factories.ClaimFactory(language="en")
    french = factories.ClaimFactory(language="fr")
    assert services.claim_take_next(actor=reader) == french
    assert services.claim_take_next(actor=reader) is None


def test_take_next_skips_assigned_and_closed_claims(fact_checker, editor):
    factories.ClaimFactory(assignee=editor)
    factories.ClaimFactory(closed_at=timezone.now())
    assert services.claim_take_next(actor=fact_checker) is None


def test_an_outsider_cannot_take_claims(outsider):
    factories.ClaimFactory()
    with pytest.raises(workflow.NotAllowed):
        services.claim_take_next(actor=outsider)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_take_next_from_eight_threads_never_hands_out_a_claim_twice():
    takers = [factories.fact_checker() for _ in range(8)]
    for _ in range(6):
        factories.ClaimFactory()
    start = threading.Barrier(len(takers))
    taken = []

    def take(user):
        start.wait()
        try:
            for _ in range(2):
                claim = services.claim_take_next(actor=user)
                if claim:
                    taken.append(claim.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(user,)) for user in takers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(taken) == 6
    assert len(set(taken)) == 6
    assert Assignment.objects.count() == 6


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_take_next_by_check_worthiness_from_eight_threads_never_hands_out_a_claim_twice():
    """The same guarantee when every caller wants the same most check-worthy claim first."""
    takers = [factories.fact_checker() for _ in range(8)]
    for index in range(6):
        factories.ClaimFactory(score=0.5 + index / 20, priority=Claim.Priority.URGENT if index == 0 else "normal")
    start = threading.Barrier(len(takers))
    taken = []

    def take(user):
        start.wait()
        try:
            claim = services.claim_take_next(actor=user)
            if claim:
                taken.append(claim.pk)
        finally:
            connection.close()

    threads = [threading.Thread(target=take, args=(user,)) for user in takers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(taken) == sorted(Claim.objects.values_list("pk", flat=True))
    assert Assignment.objects.count() == 6
