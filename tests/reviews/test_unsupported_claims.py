"""Claims a registry change left unsupported are listed to editors with what each lacks now, whatever
path made the change (service, admin form, API), and drop off once fixed."""

import pytest
from django.urls import reverse

from claims.models import Claim
from reviews import selectors, services
from tests import factories

pytestmark = pytest.mark.django_db

LACKS_ONE_SOURCE = "needs supporting evidence from 1 more independent source"


def corroborated_by_two(assignee=None):
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=assignee)
    first = factories.EvidenceFactory(claim=claim).source
    second = factories.EvidenceFactory(claim=claim).source
    return claim, first, second


def test_a_merge_lists_the_claim_with_what_it_lacks_now(editor):
    claim, first, second = corroborated_by_two()
    still_fine, *_ = corroborated_by_two()
    services.source_merge(first, [second], actor=editor)

    rows = selectors.claims_unsupported_by_registry(editor)

    assert [(row.claim.pk, row.unmet) for row in rows] == [(claim.pk, (LACKS_ONE_SOURCE,))]
    assert rows[0].change.startswith("Corroborated no longer holds")
    assert still_fine.pk not in [row.claim.pk for row in rows]


def test_a_reliability_change_through_the_service_lists_and_reports_the_claim(editor):
    claim, first, _second = corroborated_by_two()

    change = services.source_change(first, actor=editor, reliability="low")

    assert [(affected.claim_id, affected.unmet) for affected in change.affected] == [(claim.pk, (LACKS_ONE_SOURCE,))]
    assert [row.claim.pk for row in selectors.claims_unsupported_by_registry(editor)] == [claim.pk]


def test_a_claim_fixed_since_the_change_drops_off(editor):
    claim, first, second = corroborated_by_two()
    services.source_merge(first, [second], actor=editor)
    factories.EvidenceFactory(claim=claim)  # a new independent source

    assert selectors.claims_unsupported_by_registry(editor) == []


def test_a_closed_claim_is_not_listed(editor):
    claim, first, second = corroborated_by_two()
    services.source_merge(first, [second], actor=editor)
    Claim.objects.filter(pk=claim.pk).update(closed_at="2026-12-01T10:00:00Z")

    assert selectors.claims_unsupported_by_registry(editor) == []


def test_only_editors_get_the_list(editor, fact_checker, outsider):
    _claim, first, second = corroborated_by_two(assignee=fact_checker)
    services.source_merge(first, [second], actor=editor)

    assert selectors.claims_unsupported_by_registry(fact_checker) == []
    assert selectors.claims_unsupported_by_registry(outsider) == []


def test_the_list_takes_the_same_queries_for_one_claim_or_many(editor, django_assert_num_queries):
    def merge_one():
        _claim, first, second = corroborated_by_two()
        services.source_merge(first, [second], actor=editor)

    merge_one()
    with django_assert_num_queries(2):
        assert len(selectors.claims_unsupported_by_registry(editor)) == 1
    merge_one()
    merge_one()
    with django_assert_num_queries(2):
        assert len(selectors.claims_unsupported_by_registry(editor)) == 3


def test_the_dashboard_shows_editors_the_claims_and_links_their_workspace(client, editor, fact_checker):
    claim, first, second = corroborated_by_two(assignee=fact_checker)
    services.source_merge(first, [second], actor=editor)

    client.force_login(editor)
    page = client.get(reverse("desk:dashboard")).content.decode()
    assert reverse("desk:claim", args=[claim.pk]) in page
    assert LACKS_ONE_SOURCE in page
    full = client.get(reverse("desk:claims_unsupported"))
    assert full.status_code == 200 and LACKS_ONE_SOURCE in full.content.decode()

    client.force_login(fact_checker)
    assert LACKS_ONE_SOURCE not in client.get(reverse("desk:dashboard")).content.decode()
    assert client.get(reverse("desk:claims_unsupported")).status_code == 403


def test_the_admin_change_form_warns_of_the_claims_it_left_unsupported(client, editor):
    claim, first, _second = corroborated_by_two()
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    form = {
        "name": first.name, "kind": first.kind, "reliability": "low", "notes": "", "active": "on",
        "domains-TOTAL_FORMS": "0", "domains-INITIAL_FORMS": "0",
        "events-TOTAL_FORMS": "0", "events-INITIAL_FORMS": "0",
    }  # fmt: skip

    response = client.post(reverse("admin:sources_source_change", args=[first.pk]), form, follow=True)

    shown = [str(message) for message in response.context["messages"]]
    assert f"Claim {claim.pk} (Corroborated) no longer holds: {LACKS_ONE_SOURCE}" in shown


def test_the_admin_merge_warns_of_the_claims_it_left_unsupported(client, editor):
    claim, first, second = corroborated_by_two()
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    selection = {"action": "merge_sources", "_selected_action": [first.pk, second.pk], "apply": "1"}

    response = client.post(reverse("admin:sources_source_changelist"), {**selection, "survivor": first.pk}, follow=True)

    shown = [str(message) for message in response.context["messages"]]
    assert f"Claim {claim.pk} (Corroborated) no longer holds: {LACKS_ONE_SOURCE}" in shown
