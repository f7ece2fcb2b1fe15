from celery import shared_task
from django.db import InterfaceError, OperationalError

from publishing import importing, match_index, matching, vector_index


@shared_task(
    # Idempotent (a suggestion is stored once per pair), so a run cut short may run again.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def suggest_matches(claim_ids: list[int]) -> None:
    matching.suggest_for_claims(claim_ids)


@shared_task
def requeue_unmatched_claims() -> int:
    return len(matching.claims_requeue_unmatched())


@shared_task(
    # Idempotent (rows are upserted by review URL), so a run cut short may run again.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def import_claimreviews(import_id: int) -> None:
    importing.claimreviews_import_run(import_id)


@shared_task
def requeue_imports() -> int:
    return len(importing.imports_requeue())


@shared_task(
    # Idempotent: only rows still without an embedding are embedded.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def embed_rows(kind: str, ids: list[int]) -> int:
    return match_index.embed_rows(kind, ids)


@shared_task(
    # Idempotent: only rows embedded since the index was written are folded in.
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OperationalError, InterfaceError),
    retry_backoff=True,
    max_retries=5,
)
def update_vector_index(kind: str) -> int:
    return vector_index.update(kind)


@shared_task
def requeue_missing_embeddings() -> int:
    return sum(len(ids) for ids in match_index.embeddings_requeue_missing().values())
