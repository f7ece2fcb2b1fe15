"""Embeddings lost while the broker was down are asked for again by the beat sweep, in batches,
and only once they are overdue."""

from datetime import timedelta

import pytest
from django.utils import timezone

from factcheck.celery import app
from publishing import match_index
from publishing.models import ClaimText, ExternalFactCheck
from publishing.tasks import embed_rows, requeue_missing_embeddings
from tests import factories

pytestmark = pytest.mark.django_db


class EmbeddingBroker:
    """Takes embed_rows messages without running them; `down` makes it refuse them."""

    def __init__(self):
        self.down = False
        self.sent = []

    def delay(self, kind, ids):
        if self.down:
            raise ConnectionError("broker unreachable")
        self.sent.append((kind, list(ids)))


@pytest.fixture
def broker(monkeypatch):
    fake = EmbeddingBroker()
    app.conf.task_always_eager = False  # put back by the tasks_run_in_process fixture
    monkeypatch.setattr(embed_rows, "delay", fake.delay)
    return fake


def claims_indexed_while_down(broker, django_capture_on_commit_callbacks, count):
    broker.down = True
    with django_capture_on_commit_callbacks(execute=True):
        claims = [factories.ClaimFactory(text=f"Claim number {n} says rents rose by 3 percent.") for n in range(count)]
    broker.down = False
    return claims


def test_embeddings_lost_while_the_broker_was_down_are_queued_again_once_overdue(
    broker, django_capture_on_commit_callbacks, settings
):
    claims = claims_indexed_while_down(broker, django_capture_on_commit_callbacks, 3)
    assert broker.sent == []
    assert ClaimText.objects.filter(embedding__isnull=True).count() == 3

    # Asked a moment ago: maybe only waiting its turn.
    assert requeue_missing_embeddings.apply().get() == 0
    assert broker.sent == []

    ClaimText.objects.update(embedding_queued_at=timezone.now() - timedelta(minutes=3))
    assert requeue_missing_embeddings.apply().get() == 3
    assert broker.sent == [("claim", sorted(claim.pk for claim in claims))]

    # Just queued again: the next sweep leaves them to the worker.
    assert requeue_missing_embeddings.apply().get() == 0


def test_the_sweep_queues_a_batch_at_a_time_oldest_first(broker, django_capture_on_commit_callbacks, monkeypatch):
    claims = claims_indexed_while_down(broker, django_capture_on_commit_callbacks, 5)
    long_ago = timezone.now() - timedelta(hours=1)
    for minutes, claim in enumerate(reversed(claims)):
        ClaimText.objects.filter(claim=claim).update(embedding_queued_at=long_ago + timedelta(minutes=minutes))
    monkeypatch.setattr(match_index, "EMBEDDING_BATCH", 2)

    waiting = match_index.embeddings_requeue_missing(limit=3)

    oldest_three = [claim.pk for claim in reversed(claims)][:3]
    assert waiting["claim"] == oldest_three
    assert broker.sent == [("claim", oldest_three[:2]), ("claim", oldest_three[2:])]
    assert match_index.embeddings_requeue_missing(limit=3)["claim"] == [claim.pk for claim in reversed(claims)][3:]


def test_rows_already_embedded_or_never_queued_are_handled(broker, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        factcheck = ExternalFactCheck.objects.create(
            url="https://archive.example/fc/1", claim_reviewed="Goldfish remember three seconds.", rating_name="False"
        )
    # Stored before the sweep existed (or by a bulk load): never asked for, so due at once.
    assert factcheck.embedding_queued_at is None
    embedded = factories.ClaimFactory(text="Crime doubled in Marseille.")
    ClaimText.objects.filter(claim=embedded).update(embedding=b"\0" * 768, embedding_queued_at=None)

    waiting = match_index.embeddings_requeue_missing()

    assert waiting == {"claim": [], "external": [factcheck.pk]}
