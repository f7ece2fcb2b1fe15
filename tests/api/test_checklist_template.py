"""The desk-wide checklist through the API: the same services and rules as the desk's /checklist/."""

import pytest

from reviews.models import ChecklistItem, ChecklistTick
from tests import factories

pytestmark = pytest.mark.django_db

URL = "/api/v1/checklist/"


def test_members_read_the_active_steps_in_order(api_as, fact_checker):
    second = ChecklistItem.objects.create(text="Find the primary source", position=2)
    first = ChecklistItem.objects.create(text="Contact the speaker", position=1)
    ChecklistItem.objects.create(text="A retired step", position=3, active=False)
    assert api_as(fact_checker).get(URL).data == [
        {"id": first.pk, "text": "Contact the speaker", "position": 1},
        {"id": second.pk, "text": "Find the primary source", "position": 2},
    ]


def test_an_editor_adds_a_step_at_the_end(api_as, editor):
    ChecklistItem.objects.create(text="Contact the speaker", position=4)
    response = api_as(editor).post(URL, {"text": "  Reverse-search   the images "}, format="json")
    assert response.status_code == 201, response.data
    assert response.data["text"] == "Reverse-search the images" and response.data["position"] == 5
    assert ChecklistItem.objects.get(pk=response.data["id"]).active


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": "   "}, {"text": "x" * 201}, {"text": 3}, {"text": None}])
def test_a_bad_step_gets_a_400_with_field_errors_and_adds_nothing(api_as, editor, body):
    response = api_as(editor).post(URL, body, format="json")
    assert response.status_code == 400 and response.data["fields"]
    assert not ChecklistItem.objects.exists()


def test_a_fact_checker_can_neither_add_nor_retire(api_as, fact_checker):
    step = ChecklistItem.objects.create(text="Contact the speaker")
    client = api_as(fact_checker)
    assert client.post(URL, {"text": "Skip the sources"}, format="json").status_code == 403
    assert client.delete(f"{URL}{step.pk}/").status_code == 403
    assert list(ChecklistItem.objects.values_list("text", "active")) == [("Contact the speaker", True)]


def test_an_editor_retires_a_step_and_its_ticks_stay(api_as, editor, fact_checker):
    step = ChecklistItem.objects.create(text="Contact the speaker")
    claim = factories.ClaimFactory(assignee=fact_checker)
    ChecklistTick.objects.create(claim=claim, item=step, ticked_by=fact_checker)
    client = api_as(editor)
    assert client.delete(f"{URL}{step.pk}/").status_code == 204
    assert client.get(URL).data == [] and ChecklistTick.objects.filter(item=step).exists()
    # Retired already: nothing left to retire.
    assert client.delete(f"{URL}{step.pk}/").status_code == 404
    assert client.delete(f"{URL}{step.pk + 1}/").status_code == 404
