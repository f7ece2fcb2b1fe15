"""A new claim's search for matches stays pending until it has run: the sweep re-sends the
searches that could not be queued or were lost, not those waiting in line."""

import logging
from datetime import timedelta

import pytest
from django.utils import timezone

from claims.models import Candidate
from factcheck.celery import app
from ingest import flow
from publishing import matching
from publishing.models import ClaimMatch, PendingMatching
from publishing.tasks import requeue_unmatched_claims, suggest_matches
from tests import factories
from tests.brokers import fake_broker

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(monkeypatch):
    return fake_broker(monkeypatch, suggest_matches, configured=True)


@pytest.fixture
def promote(fact_checker, django_capture_on_commit_callbacks):
    """Promote a sentence to a claim, running what waits for the commit."""

    def run(text):
        candidate = Candidate.objects.create(document=factories.DocumentFactory(), text=text, start=0, end=10)
        with django_capture_on_commit_callbacks(execute=True):
            return flow.candidate_promote(candidate, actor=fact_checker)

    return run


def pending(claim) -> PendingMatching | None:
    return PendingMatching.objects.filter(claim=claim).first()


def test_a_new_claim_is_pending_until_its_search_has_run_and_running_it_again_changes_nothing(broker, promote):
    claim = promote("Unemployment dropped by 1900 people in 2025")
    assert broker.sent == [[claim.pk]]
    assert pending(claim).queued_at is not None

    suggest_matches.apply(args=[[claim.pk]], throw=True)
    assert pending(claim) is None
    suggest_matches.apply(args=[[claim.pk]], throw=True)
    assert pending(claim) is None
    assert matching.claims_requeue_unmatched() == []


def test_it_requeues_matching_that_could_not_be_queued(broker, promote, settings, caplog):
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0  # any search left unqueued is due at once
    waiting = [promote(f"Claim number {n} says 3 percent.") for n in range(20)]
    broker.down = True
    with caplog.at_level(logging.WARNING, logger="publishing.matching"):
        lost = promote("This one was promoted while the broker was down.")
    assert all(pending(claim).queued_at is not None for claim in waiting)
    assert pending(lost).queued_at is None
    assert f"Could not queue matching of claims [{lost.pk}] (broker unreachable)" in caplog.text

    broker.down, broker.sent = False, []
    assert matching.claims_requeue_unmatched() == [lost.pk]
    assert broker.sent == [[lost.pk]]
    assert pending(lost).queued_at is not None
    assert matching.claims_requeue_unmatched() == []


def test_a_search_never_queued_waits_out_the_grace_period(broker, promote, settings):
    broker.down = True
    lost = promote("Promoted while the broker was down, a moment ago.")
    broker.down = False
    assert matching.claims_requeue_unmatched() == []  # its caller may still be queueing it

    a_while_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES + 1)
    PendingMatching.objects.filter(claim=lost).update(created_at=a_while_ago)
    assert matching.claims_requeue_unmatched() == [lost.pk]


def test_a_search_queued_past_the_stale_limit_is_sent_again(broker, promote, settings):
    lost = promote("Its message was lost with the broker's memory.")
    recent = promote("This one is still waiting its turn.")
    long_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_MATCHING_STALE_MINUTES + 1)
    PendingMatching.objects.filter(claim=lost).update(created_at=long_ago, queued_at=long_ago)
    PendingMatching.objects.filter(claim=recent).update(created_at=long_ago)
    assert matching.claims_requeue_unmatched() == [lost.pk]


def test_a_broker_still_down_leaves_the_claims_pending_for_the_next_sweep(broker, promote, settings):
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0
    lost = promote("Promoted while the broker was down.")
    long_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_MATCHING_STALE_MINUTES + 1)
    PendingMatching.objects.filter(claim=lost).update(queued_at=long_ago)
    broker.down = True
    assert matching.claims_requeue_unmatched() == [lost.pk]
    assert pending(lost).queued_at is None
    broker.down = False
    assert matching.claims_requeue_unmatched() == [lost.pk]


def test_the_sweep_sends_many_claims_in_batches(broker, settings):
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0
    claims = [factories.ClaimFactory() for _ in range(matching.REQUEUE_BATCH + 1)]
    PendingMatching.objects.bulk_create(PendingMatching(claim=claim) for claim in claims)
    ids = [claim.pk for claim in claims]
    assert matching.claims_requeue_unmatched() == ids
    assert broker.sent == [ids[: matching.REQUEUE_BATCH], ids[matching.REQUEUE_BATCH :]]


def test_a_claim_made_while_the_broker_was_down_gets_its_suggestions_from_the_sweep(
    broker, promote, publish, settings, monkeypatch
):
    checked_before = publish(text="Unemployment fell by 1,900 people in 2025.", rating="false")
    broker.down = True
    claim = promote("In 2025 unemployment fell by 1,900 people.")
    assert not ClaimMatch.objects.filter(claim=claim).exists()

    # The broker is back, and the beat runs the sweep (in-process here).
    monkeypatch.undo()
    app.conf.task_always_eager = True
    settings.FACTCHECK_PENDING_REQUEUE_MINUTES = 0
    assert requeue_unmatched_claims.apply().get() == 1
    assert list(ClaimMatch.objects.filter(claim=claim).values_list("matched_claim_id", flat=True)) == [
        checked_before.claim_id
    ]
    assert pending(claim) is None


def test_without_a_broker_a_failed_search_is_logged_as_failed_and_stays_pending(promote, monkeypatch, caplog):
    def broken(claim):
        raise RuntimeError("index is corrupt")

    monkeypatch.setattr(matching, "suggest_matches", broken)
    with caplog.at_level(logging.WARNING, logger="publishing.matching"):
        claim = promote("Unemployment dropped by 1900 people in 2025")
    assert f"Looking for matches of claims [{claim.pk}] failed" in caplog.text
    assert "Could not queue" not in caplog.text
    assert pending(claim).queued_at is None


def test_the_sweep_runs_every_minute_on_the_default_queue(settings):
    (entry,) = [
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "publishing.tasks.requeue_unmatched_claims"
    ]
    assert entry["schedule"] == 60.0
    assert app.amqp.router.route({}, "publishing.tasks.requeue_unmatched_claims")["queue"].name == "default"
