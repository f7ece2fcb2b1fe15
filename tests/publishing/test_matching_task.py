"""Looking for matches runs as a task once the claims are committed, not in the request."""

import pytest

from claims.models import Candidate
from factcheck.celery import app
from ingest import flow
from publishing.models import ClaimMatch
from publishing.tasks import suggest_matches
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def queued(monkeypatch):
    """With a broker: the ids of every suggest_matches task sent, none of them run."""
    sent = []
    app.conf.task_always_eager = False  # put back by the tasks_run_in_process fixture
    monkeypatch.setattr(suggest_matches, "delay", sent.append)
    return sent


@pytest.fixture
def checked_before(publish):
    return publish(text="Unemployment fell by 1,900 people in 2025.", rating="false")


def promote(fact_checker, django_capture_on_commit_callbacks):
    document = factories.DocumentFactory()
    candidate = Candidate.objects.create(
        document=document, text="Unemployment dropped by 1900 people in 2025", start=0, end=10
    )
    with django_capture_on_commit_callbacks(execute=True):
        return flow.candidate_promote(candidate, actor=fact_checker)


def test_a_promotion_queues_the_search_and_does_not_run_it(
    checked_before, fact_checker, queued, django_capture_on_commit_callbacks
):
    claim = promote(fact_checker, django_capture_on_commit_callbacks)
    assert queued == [[claim.pk]]
    assert not ClaimMatch.objects.filter(claim=claim).exists()


def test_the_task_stores_suggestions_once_however_often_it_runs(checked_before):
    claim = factories.ClaimFactory(text="In 2025 unemployment fell by 1,900 people.")
    suggest_matches.apply(args=[[claim.pk]], throw=True)
    suggest_matches.apply(args=[[claim.pk]], throw=True)
    assert list(ClaimMatch.objects.filter(claim=claim).values_list("matched_claim_id", flat=True)) == [
        checked_before.claim_id
    ]


def test_a_claim_deleted_before_the_task_runs_is_skipped():
    suggest_matches.apply(args=[[987654]], throw=True)
    assert not ClaimMatch.objects.exists()
