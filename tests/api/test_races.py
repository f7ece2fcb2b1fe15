"""Concurrent callers on PostgreSQL: one stale move loses with 409, and take-next never
hands out a claim twice."""

import threading

import pytest
from django.db import connection

from claims.models import Claim
from tests import factories
from tests.api.conftest import client_for

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def run_together(calls):
    """Start every call at the same moment, each in its own thread and connection."""
    barrier = threading.Barrier(len(calls))
    results = [None] * len(calls)

    def run(index, call):
        try:
            barrier.wait()
            results[index] = call()
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(index, call)) for index, call in enumerate(calls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_of_two_moves_from_the_same_version_one_wins_and_one_gets_409(fact_checker, editor):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim, stance="contradicts")
    url = f"/api/v1/claims/{claim.pk}/transition/"
    callers = [(client_for(fact_checker), "corroborated"), (client_for(editor), "disputed")]

    responses = run_together(
        [lambda c=client, to=to: c.post(url, {"to": to, "version": 1}, format="json") for client, to in callers]
    )

    assert sorted(response.status_code for response in responses) == [200, 409]
    claim.refresh_from_db()
    assert claim.version == 2
    conflict = next(response for response in responses if response.status_code == 409)
    assert conflict.data["current"] == {"status": claim.status, "version": 2}


def test_eight_callers_taking_the_next_claim_get_eight_different_claims():
    factories.ClaimFactory.create_batch(12)
    clients = [client_for(factories.fact_checker()) for _index in range(8)]

    responses = run_together([lambda c=client: c.post("/api/v1/claims/next/") for client in clients])

    assert [response.status_code for response in responses] == [200] * 8
    taken = [response.data["id"] for response in responses]
    assert len(set(taken)) == 8
    assert Claim.objects.filter(assignee__isnull=False).count() == 8
