"""Each person reads and clears their own notifications; nobody reaches another's."""

import pytest
from django.utils import timezone

from notifications.models import Notification
from tests import factories

pytestmark = pytest.mark.django_db


def notify(recipient, text, *, read=False):
    return Notification.objects.create(
        recipient=recipient,
        kind=Notification.Kind.ASSIGNED,
        claim=factories.ClaimFactory(),
        text=text,
        dedupe_key=f"test:{recipient.pk}:{text}",
        read_at=timezone.now() if read else None,
    )


@pytest.fixture
def inbox(fact_checker, other_fact_checker):
    notify(fact_checker, "old, read", read=True)
    notify(fact_checker, "older, unread")
    notify(fact_checker, "newest, read", read=True)
    notify(fact_checker, "newest, unread")
    notify(other_fact_checker, "someone else's")


def texts(response):
    return [row["text"] for row in response.data["results"]]


def test_my_notifications_come_unread_first_then_newest(api_as, fact_checker, inbox):
    response = api_as(fact_checker).get("/api/v1/notifications/")

    assert response.status_code == 200
    assert texts(response) == ["newest, unread", "older, unread", "newest, read", "old, read"]
    assert [row["unread"] for row in response.data["results"]] == [True, True, False, False]


def test_the_unread_filter_keeps_one_group(api_as, fact_checker, inbox):
    client = api_as(fact_checker)

    assert texts(client.get("/api/v1/notifications/?unread=true")) == ["newest, unread", "older, unread"]
    assert texts(client.get("/api/v1/notifications/?unread=false")) == ["newest, read", "old, read"]


def test_my_profile_counts_my_unread_notifications(api_as, fact_checker, other_fact_checker, inbox):
    assert api_as(fact_checker).get("/api/v1/users/me/").data["unread_notifications"] == 2
    assert api_as(other_fact_checker).get("/api/v1/users/me/").data["unread_notifications"] == 1


def test_marking_one_read_moves_it_down_and_lowers_the_count(api_as, fact_checker):
    notification = notify(fact_checker, "Claim 7 is yours.")
    client = api_as(fact_checker)

    response = client.post(f"/api/v1/notifications/{notification.pk}/read/")

    assert response.status_code == 200
    assert response.data["unread"] is False
    assert response.data["read_at"] is not None
    assert client.get("/api/v1/users/me/").data["unread_notifications"] == 0


def test_marking_a_read_notification_again_keeps_when_it_was_read(api_as, fact_checker):
    notification = notify(fact_checker, "Claim 7 is yours.", read=True)
    first_read = Notification.objects.get(pk=notification.pk).read_at

    api_as(fact_checker).post(f"/api/v1/notifications/{notification.pk}/read/")

    assert Notification.objects.get(pk=notification.pk).read_at == first_read


def test_someone_elses_notification_is_not_found(api_as, fact_checker, other_fact_checker):
    notification = notify(other_fact_checker, "Claim 7 is yours.")

    response = api_as(fact_checker).post(f"/api/v1/notifications/{notification.pk}/read/")

    assert (response.status_code, response.data["code"]) == (404, "not_found")
    assert Notification.objects.get(pk=notification.pk).read_at is None


def test_read_all_clears_mine_only(api_as, fact_checker, other_fact_checker, inbox):
    response = api_as(fact_checker).post("/api/v1/notifications/read-all/")

    assert response.data == {"marked": 2}
    assert not Notification.objects.filter(recipient=fact_checker, read_at__isnull=True).exists()
    assert Notification.objects.filter(recipient=other_fact_checker, read_at__isnull=True).count() == 1
