"""The claim workspace costs the same number of queries with 3 evidence items as with 30."""

import pytest
from django.urls import reverse

from tests import factories
from tests.web.conftest import signed_in

pytestmark = pytest.mark.django_db


def add_history(claim, count, actor):
    for _index in range(count):
        factories.EvidenceFactory(claim=claim, added_by=actor, source=factories.SourceFactory())
        claim.events.create(kind="evidence_added", actor=actor)


# session and user, the claim, its evidence, verdicts, timeline, matches, publication, the header's count…;
# an editor's page also lists the fact-checkers to assign the claim to.
@pytest.mark.parametrize("persona,queries", [("fact_checker", 11), ("editor", 12)])
def test_the_workspace_queries_do_not_grow_with_evidence(
    request, fact_checker, persona, queries, django_assert_num_queries
):
    caller = request.getfixturevalue(persona)
    claim = factories.ClaimFactory(assignee=fact_checker)
    factories.VerdictFactory(claim=claim, author=fact_checker)
    add_history(claim, 3, fact_checker)
    client = signed_in(caller)
    page = reverse("desk:claim", args=[claim.pk])
    client.get(page)
    with django_assert_num_queries(queries):
        assert client.get(page).status_code == 200
    add_history(claim, 27, fact_checker)
    with django_assert_num_queries(queries):
        assert client.get(page).status_code == 200
