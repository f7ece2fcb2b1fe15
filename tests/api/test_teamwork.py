"""Comments and watching through the API: the same rules as the desk."""

import pytest

from notifications.models import Notification
from reviews.models import ChecklistItem, ClaimComment, ClaimWatch
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def test_a_comment_with_a_mention_notifies_and_lists(api_as, fact_checker, editor, outsider, claim):
    client = api_as(fact_checker)
    url = f"/api/v1/claims/{claim.pk}/comments/"
    response = client.post(url, {"text": f"@{editor.username} @{outsider.username} see <b>this</b>"}, format="json")
    assert response.status_code == 201, response.data
    assert response.data["mentioned"] == [editor.username] and response.data["author"] == fact_checker.username
    assert response.data["text"] == f"@{editor.username} @{outsider.username} see <b>this</b>"
    assert list(Notification.objects.values_list("recipient", flat=True)) == [editor.pk]
    listed = client.get(url).data["results"]
    assert [row["id"] for row in listed] == [response.data["id"]]


@pytest.mark.parametrize("body", [{}, {"text": ""}, {"text": "   "}, {"text": "x" * 5001}, {"text": 3}])
def test_bad_comments_get_a_400(api_as, fact_checker, claim, body):
    response = api_as(fact_checker).post(f"/api/v1/claims/{claim.pk}/comments/", body, format="json")
    assert response.status_code == 400 and not ClaimComment.objects.exists()


def test_watch_and_unwatch(api_as, editor, claim):
    client = api_as(editor)
    url = f"/api/v1/claims/{claim.pk}/watch/"
    assert client.get(url).data == {"watching": False, "watchers": 0}
    assert client.put(url).data == {"watching": True, "watchers": 1}
    assert client.put(url).data == {"watching": True, "watchers": 1}
    assert client.delete(url).data == {"watching": False, "watchers": 0}


def test_outsiders_can_neither_comment_nor_watch(api_as, outsider, claim):
    client = api_as(outsider)
    assert client.post(f"/api/v1/claims/{claim.pk}/comments/", {"text": "hi"}, format="json").status_code == 404
    assert client.put(f"/api/v1/claims/{claim.pk}/watch/").status_code == 404
    assert not ClaimComment.objects.exists() and not ClaimWatch.objects.exists()


def test_tags_are_set_and_filter_the_claims_list(api_as, fact_checker, other_fact_checker, claim):
    factories.ClaimFactory()
    url = f"/api/v1/claims/{claim.pk}/tags/"
    response = api_as(fact_checker).put(url, {"tags": ["Health", "energy", "HEALTH"]}, format="json")
    assert response.status_code == 200 and response.data == {"tags": ["energy", "Health"]}
    assert api_as(other_fact_checker).put(url, {"tags": []}, format="json").status_code == 403
    assert api_as(other_fact_checker).get(url).data == {"tags": ["energy", "Health"]}
    listed = api_as(other_fact_checker).get("/api/v1/claims/", {"tag": "health"}).data["results"]
    assert [row["id"] for row in listed] == [claim.pk]


@pytest.mark.parametrize("body", [{}, {"tags": "health"}, {"tags": ["x" * 41]}, {"tags": [str(n) for n in range(11)]}])
def test_bad_tags_get_a_400(api_as, fact_checker, claim, body):
    assert api_as(fact_checker).put(f"/api/v1/claims/{claim.pk}/tags/", body, format="json").status_code == 400
    assert not claim.tags.exists()


def test_the_checklist_is_read_by_members_and_ticked_by_the_assignee(api_as, fact_checker, other_fact_checker, claim):
    step = ChecklistItem.objects.create(text="Find the primary source")
    url = f"/api/v1/claims/{claim.pk}/checklist/"
    assert api_as(other_fact_checker).get(url).data == [
        {"id": step.pk, "text": "Find the primary source", "done": False, "ticked_by": None, "ticked_at": None}
    ]
    assert api_as(other_fact_checker).post(f"{url}{step.pk}/", {"done": True}, format="json").status_code == 403
    assert api_as(fact_checker).post(f"{url}{step.pk}/", {"done": "maybe"}, format="json").status_code == 400
    [row] = api_as(fact_checker).post(f"{url}{step.pk}/", {"done": True}, format="json").data
    assert row["done"] and row["ticked_by"] == fact_checker.username


def test_the_claims_list_filters_the_claims_i_watch(api_as, fact_checker, editor, claim):
    watched_by_both, watched_by_editor = factories.ClaimFactory(), factories.ClaimFactory()
    for watched in (watched_by_both, claim):
        ClaimWatch.objects.create(claim=watched, user=fact_checker)
    for watched in (watched_by_both, watched_by_editor):
        ClaimWatch.objects.create(claim=watched, user=editor)
    ids = {row["id"] for row in api_as(fact_checker).get("/api/v1/claims/?watching=1").data["results"]}
    assert ids == {watched_by_both.pk, claim.pk}
    assert len(api_as(fact_checker).get("/api/v1/claims/?watching=0").data["results"]) == 3


def test_a_bad_watching_filter_gets_a_400(api_as, fact_checker):
    response = api_as(fact_checker).get("/api/v1/claims/?watching=maybe")
    assert response.status_code == 400 and "watching" in response.data["fields"]
