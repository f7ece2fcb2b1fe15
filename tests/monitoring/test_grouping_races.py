"""Two workers comparing two wordings of one claim at the same moment make one group, not two
(PostgreSQL: real concurrent transactions; the grouping lock orders them)."""

import threading

import pytest

from monitoring.models import Lead
from monitoring.services import comparison, grouping
from publishing import embedding

from .test_grouping import REWORDED, SAID, lead_in
from .test_races import at_once

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("second", [SAID, REWORDED], ids=["same words", "other words"])
def test_two_workers_grouping_one_claim_at_once_make_one_group(second, monkeypatch):
    grouping_lock = grouping.grouping_lock
    both_ready = threading.Barrier(2)

    def lock_when_both_have_embedded():
        # Both workers reach the lock together, however long each took to embed its leads.
        both_ready.wait(timeout=60)
        grouping_lock()

    monkeypatch.setattr(grouping, "grouping_lock", lock_when_both_have_embedded)
    first = lead_in("Courier", SAID)
    other = lead_in("Gazette", second, score=0.8)
    embedding.embed_queries(["load the model before the race"])
    for _attempt in range(3):  # a few rounds: a race that loses once in a while would show
        Lead.objects.update(compared_at=None, embedding=None)
        Lead.objects.filter(pk=other.pk).update(group_key=other.group_key)
        both_ready.reset()

        documents = iter([first.document_id, other.document_id])
        at_once(2, lambda documents=documents: comparison.leads_compare(next(documents)))

        assert Lead.objects.values("group_key").distinct().count() == 1
