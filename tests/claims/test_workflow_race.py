"""Two people move the same claim from the same version: exactly one wins."""

import threading

import pytest
from django.db import connection

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews.models import Evidence
from tests import factories


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_exactly_one_of_two_concurrent_moves_wins(fact_checker, editor):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.SUPPORTS)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.SUPPORTS)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.CONTRADICTS)
    start = threading.Barrier(2)
    outcomes = {}

    def move(actor, to):
        start.wait()
        try:
            workflow.transition(claim, to, actor=actor, version=1)
            outcomes[to] = "moved"
        except workflow.Conflict:
            outcomes[to] = "conflict"
        finally:
            connection.close()  # each thread has its own real connection

    threads = [
        threading.Thread(target=move, args=(fact_checker, Claim.Status.CORROBORATED)),
        threading.Thread(target=move, args=(editor, Claim.Status.DISPUTED)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(outcomes.values()) == ["conflict", "moved"]
    claim.refresh_from_db()
    winner = next(to for to, outcome in outcomes.items() if outcome == "moved")
    assert (claim.status, claim.version) == (winner, 2)
    assert list(ClaimEvent.objects.filter(claim=claim).values_list("to_status", flat=True)) == [winner]
