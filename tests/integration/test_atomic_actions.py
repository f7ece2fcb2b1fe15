"""When the database connection drops in the middle of an action, the action happens whole,
with its event, or not at all: never a status, assignment or verdict without its audit record."""

import psycopg
import pytest
from django.db import DatabaseError, connection

from claims import workflow
from claims.models import Claim, ClaimEvent
from publishing import services as publishing_services
from reviews import services
from reviews.models import Assignment, Verdict
from tests import factories

pytestmark = [pytest.mark.integration, pytest.mark.postgres]


def terminate_our_backend() -> None:
    """Kill this test's server process from another connection, as a crash or failover would."""
    ours = connection.connection.info.backend_pid
    db = connection.settings_dict
    with psycopg.connect(
        dbname=db["NAME"], user=db["USER"], password=db["PASSWORD"] or None, host=db["HOST"], port=db["PORT"] or None
    ) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [ours])


@pytest.fixture(params=["before the event", "after the event"])
def connection_lost(request, monkeypatch):
    """Drop the connection just before the audit record is written, or just after it
    (so the commit is what fails)."""
    record_event = workflow.record_event

    def record_event_on_a_dying_connection(*args, **kwargs):
        if request.param == "before the event":
            terminate_our_backend()
            return record_event(*args, **kwargs)
        event = record_event(*args, **kwargs)
        terminate_our_backend()
        return event

    monkeypatch.setattr(workflow, "record_event", record_event_on_a_dying_connection)
    yield
    monkeypatch.undo()
    connection.close()  # the next query opens a fresh connection


def run_until_the_connection_drops(action) -> None:
    with pytest.raises(DatabaseError):
        action()
    connection.close()


@pytest.mark.django_db(transaction=True)
def test_a_transition_is_not_half_made(connection_lost, editor):
    claim = factories.ClaimFactory()
    factories.EvidenceFactory(claim=claim)
    events_before = ClaimEvent.objects.filter(claim=claim).count()
    version = claim.version

    run_until_the_connection_drops(lambda: workflow.transition(claim, Claim.Status.SOURCED, actor=editor))

    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Claim.Status.UNVERIFIED, version)
    assert ClaimEvent.objects.filter(claim=claim).count() == events_before


@pytest.mark.django_db(transaction=True)
def test_an_assignment_is_not_half_made(connection_lost, editor, fact_checker):
    claim = factories.ClaimFactory()
    version = claim.version

    run_until_the_connection_drops(lambda: services.claim_assign(claim, reviewer=fact_checker, actor=editor))

    claim.refresh_from_db()
    assert (claim.assignee_id, claim.due_at, claim.version) == (None, None, version)
    assert not Assignment.objects.filter(claim=claim).exists()
    assert not ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.ASSIGNED).exists()


@pytest.mark.django_db(transaction=True)
def test_an_approval_is_not_half_made(connection_lost, editor, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.DISPUTED)
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker, state=Verdict.State.SUBMITTED)
    version = claim.version

    run_until_the_connection_drops(lambda: publishing_services.verdict_approve(verdict, actor=editor))

    verdict.refresh_from_db()
    claim.refresh_from_db()
    assert (verdict.state, verdict.decided_by_id, verdict.decided_at) == (Verdict.State.SUBMITTED, None, None)
    assert (claim.closed_at, claim.version) == (None, version)
    assert not ClaimEvent.objects.filter(claim=claim, kind=ClaimEvent.Kind.VERDICT_APPROVED).exists()
