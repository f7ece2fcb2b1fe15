import pytest
from django.urls import reverse

from claims.models import Claim, ClaimEvent
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_editor(editor):
    editor.is_staff = True
    editor.save()
    return editor


@pytest.mark.parametrize(
    "url_name",
    ["admin:claims_claim_changelist", "admin:claims_document_changelist", "admin:sources_source_changelist",
     "admin:reviews_verdict_changelist"],
)  # fmt: skip
def test_an_editor_opens_the_admin_lists(client, staff_editor, url_name):
    factories.EvidenceFactory()
    client.force_login(staff_editor)
    assert client.get(reverse(url_name)).status_code == 200


def test_the_claim_page_shows_its_events_read_only(client, staff_editor, fact_checker):
    claim = factories.ClaimFactory()
    from reviews import services

    services.claim_assign(claim, reviewer=fact_checker, actor=staff_editor)
    client.force_login(staff_editor)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert response.status_code == 200
    assert b"Assigned" in response.content
    assert b'name="status"' not in response.content


def test_an_admin_move_goes_through_the_workflow_and_shows_its_refusal(client, staff_editor):
    claim = factories.ClaimFactory()
    client.force_login(staff_editor)
    response = client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "move_to_sourced", "_selected_action": [claim.pk], "index": 0},
        follow=True,
    )
    assert "needs at least one evidence item linked to a source" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == Claim.Status.UNVERIFIED


def test_an_admin_move_that_holds_is_recorded(client, staff_editor):
    claim = factories.ClaimFactory()
    factories.EvidenceFactory(claim=claim)
    client.force_login(staff_editor)
    client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "move_to_sourced", "_selected_action": [claim.pk], "index": 0},
    )
    claim.refresh_from_db()
    assert claim.status == Claim.Status.SOURCED
    assert claim.events.get().kind == ClaimEvent.Kind.STATUS


def test_the_assign_action_uses_the_chosen_reviewer(client, staff_editor, fact_checker):
    claim = factories.ClaimFactory()
    client.force_login(staff_editor)
    client.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "assign_to_reviewer", "_selected_action": [claim.pk], "reviewer": fact_checker.pk, "index": 0},
    )
    claim.refresh_from_db()
    assert claim.assignee == fact_checker
