"""Worker side of bench_monitoring.py (loaded with `celery worker --include`): each monitored article,
once extracted, has every lead matched against the stored fact-checks (publishing.match_search.search,
both stages when rows have embeddings) on the matching queue, and the moment is noted in Redis.

The desk does not match leads yet (repeat alerts are another engineer's work); this stands in for it so
that the bench's pipeline ends where the issue's does: poll → fetch → extraction → leads → matching.
"""

import os
import time

import redis
from celery import shared_task
from django.db import transaction
from django.db.models.signals import post_save

DONE_KEY = "bench:monitoring:matched"


def _redis():
    return redis.Redis.from_url(os.environ["CELERY_BROKER_URL"])


@shared_task(name="bench.match_leads", ignore_result=True, acks_late=True)
def match_leads(document_id: int) -> None:
    from monitoring.models import Lead
    from publishing.match_search import search

    found = 0
    for text, language in Lead.objects.filter(document_id=document_id).values_list("text", "language"):
        found += bool(search(text, language=language))
    _redis().hset(DONE_KEY, document_id, f"{time.time()}:{found}")


def _extracted(sender, instance, **kwargs):
    from claims.models import Document
    from monitoring.selectors import is_monitored

    if instance.extraction_state == Document.ExtractionState.DONE and is_monitored(instance.pk):
        transaction.on_commit(lambda: match_leads.apply_async((instance.pk,), queue="matching"))


post_save.connect(_extracted, sender="claims.Document", dispatch_uid="bench-monitoring-matching")
