"""Comparing a monitored article's new leads, on the matching queue: with the published and imported
fact-checks (repeat alerts, services.alerts) and with the recent leads (grouping by meaning,
services.grouping). Each lead is compared once (`compared_at`); running again, or two workers at once,
change nothing more.

Cost: one embedding per lead (in batches) serves both comparisons; leads under
FACTCHECK_LEAD_COMPARE_FLOOR are not compared at all (they stay in the group of their exact words).
"""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from monitoring.models import Lead
from monitoring.services import alerts, grouping
from publishing import embedding

# Documents the sweep queues at most per run, so a sweep after a long outage does not flood the queue.
SWEEP_LIMIT = 500


def leads_compare(document_id: int) -> int:
    """Compare the document's leads not compared yet; returns how many were compared by this call."""
    waiting = list(Lead.objects.filter(document_id=document_id, compared_at__isnull=True).order_by("pk"))
    if not waiting:
        return 0
    worth = [lead for lead in waiting if lead.score >= settings.FACTCHECK_LEAD_COMPARE_FLOOR]
    # The slow part (the model, the search over the fact-checks) runs before any lock is taken.
    grouping.leads_embed(worth)
    found = {lead.pk: alerts.best_factcheck(lead, embedding.from_bytes(lead.embedding)) for lead in worth}
    embeddings = {lead.pk: lead.embedding for lead in worth}
    with transaction.atomic():
        grouping.grouping_lock()
        # Again under the lock: another run may have compared them meanwhile.
        leads = list(
            Lead.objects.select_for_update(of=("self",))
            .filter(pk__in=[lead.pk for lead in waiting], compared_at__isnull=True)
            .select_related("document__publisher")
            .order_by("pk")
        )
        now = timezone.now()
        for lead in leads:
            lead.embedding = embeddings.get(lead.pk)
        grouping.leads_group(leads, now=now)
        for lead in leads:
            lead.compared_at = now
            if found.get(lead.pk) is not None:
                alerts.lead_match_record(lead, found[lead.pk])
        Lead.objects.bulk_update(
            leads, ["embedding", "group_key", "compared_at", "matched_claim", "matched_external", "match_score"]
        )
    return len(leads)


def documents_with_uncompared_leads(limit: int = SWEEP_LIMIT) -> list[int]:
    """Documents whose leads still wait for their comparison FACTCHECK_LEAD_COMPARE_REQUEUE_MINUTES after
    they were found (the broker was down, or the task was lost), oldest first."""
    before = timezone.now() - timedelta(minutes=settings.FACTCHECK_LEAD_COMPARE_REQUEUE_MINUTES)
    rows = (
        Lead.objects.filter(compared_at__isnull=True, created_at__lt=before)
        .order_by("created_at", "pk")
        .values_list("document_id", flat=True)
    )
    return list(dict.fromkeys(rows[: limit * 10]))[:limit]
