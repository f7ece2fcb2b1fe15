"""A claim made while Redis is down gets its match suggestions once Redis is back, by the sweep."""

import time

import pytest
from celery.contrib.testing.worker import start_worker

from claims.models import Candidate
from factcheck.celery import app
from ingest import flow
from publishing import matching
from publishing.models import ClaimMatch, PendingMatching
from tests import factories
from tests.integration.conftest import celery_broker, needs_redis_server, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.postgres, pytest.mark.celery_worker, needs_redis_server]


@pytest.mark.django_db(transaction=True)
def test_a_claim_made_while_redis_is_down_gets_its_suggestions_once_it_is_back(private_redis, settings):
    earlier = factories.ClaimFactory(text="Unemployment fell by 1,900 people in 2025.")
    checker = factories.fact_checker(username="fiona")
    candidate = Candidate.objects.create(
        document=factories.DocumentFactory(), text="In 2025 unemployment fell by 1,900 people.", start=0, end=10
    )
    with celery_broker(private_redis.url):
        private_redis.stop()

        started = time.monotonic()
        claim = flow.candidate_promote(candidate, actor=checker)
        assert time.monotonic() - started < 5, "publishing must give up quickly while the broker is down"
        assert PendingMatching.objects.get(claim=claim).queued_at is None

        private_redis.start()
        settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0  # the sweep's wait has passed
        assert matching.claims_requeue_unmatched() == [claim.pk]
        with start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10):
            assert wait_for(lambda: not PendingMatching.objects.filter(claim=claim).exists(), timeout=30)

    assert list(ClaimMatch.objects.filter(claim=claim).values_list("matched_claim_id", flat=True)) == [earlier.pk]
