"""A lead promoted while a worker compares it with the fact-checks: whichever takes the lead first, the
sentence is one repeat, the ticket's once linked (PostgreSQL: real concurrent transactions)."""

import threading

import pytest
from django.db.models import Q

from ingest import flow
from monitoring.models import Lead
from monitoring.services import comparison, grouping
from publishing import embedding, matching
from publishing.models import Repeat

from .test_alerts import REPEATED, imported, lead_said  # noqa: F401 (a fixture)
from .test_races import at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_a_lead_promoted_while_it_is_compared_is_one_repeat(imported, fact_checker, editor, monkeypatch):  # noqa: F811
    grouping_lock = grouping.grouping_lock
    both_ready = threading.Barrier(2)

    def lock_when_the_promotion_starts():
        both_ready.wait(timeout=60)
        grouping_lock()

    monkeypatch.setattr(grouping, "grouping_lock", lock_when_the_promotion_starts)
    embedding.embed_queries(["load the model before the race"])
    for attempt in range(4):  # a few rounds: either may take the lead first
        lead = lead_said(REPEATED, url=f"https://courier.example/{attempt}")
        both_ready.reset()

        def promote(lead=lead):
            both_ready.wait(timeout=60)
            return flow.lead_promote(lead, actor=fact_checker)

        work = iter([lambda lead=lead: comparison.leads_compare(lead.document_id), promote])
        at_once(2, lambda work=work: next(work)())

        claim = Lead.objects.get(pk=lead.pk).claim
        matching.match_link(claim.matches.get(matched_external=imported), actor=editor)
        assert list(
            Repeat.objects.filter(Q(appearance=f"lead:{lead.pk}") | Q(claim=claim)).values_list("claim", flat=True)
        ) == [claim.pk]
