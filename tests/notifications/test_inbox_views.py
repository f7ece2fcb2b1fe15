import pytest
from django.urls import reverse

from notifications.models import Notification
from notifications.services import notify
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def notice(fact_checker):
    claim = factories.ClaimFactory()
    return notify(fact_checker, Notification.Kind.ASSIGNED, claim=claim, text="Check <this> claim", dedupe_key="k")


def test_my_inbox_lists_my_notices_escaped_with_the_unread_count(client, fact_checker, notice):
    client.force_login(fact_checker)
    content = client.get(reverse("notifications:inbox")).content.decode()
    assert "Check &lt;this&gt; claim" in content
    assert "1 unread" in content


def test_someone_else_does_not_see_my_notices(client, other_fact_checker, notice):
    client.force_login(other_fact_checker)
    assert "Check" not in client.get(reverse("notifications:inbox")).content.decode()


def test_marking_read(client, fact_checker, notice):
    client.force_login(fact_checker)
    response = client.post(reverse("notifications:mark_read", args=[notice.pk]))
    assert response.status_code == 302
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_marking_all_read(client, fact_checker, notice):
    client.force_login(fact_checker)
    client.post(reverse("notifications:mark_all_read"))
    notice.refresh_from_db()
    assert notice.read_at is not None


def test_marking_read_needs_a_post(client, fact_checker, notice):
    client.force_login(fact_checker)
    assert client.get(reverse("notifications:mark_read", args=[notice.pk])).status_code == 405


def test_nobody_marks_my_notices_read(client, other_fact_checker, notice):
    client.force_login(other_fact_checker)
    assert client.post(reverse("notifications:mark_read", args=[notice.pk])).status_code == 404
    notice.refresh_from_db()
    assert notice.read_at is None


@pytest.mark.parametrize("name", ["notifications:inbox", "notifications:mark_all_read"])
def test_an_outsider_is_refused(client, outsider, name):
    client.force_login(outsider)
    assert client.post(reverse(name)).status_code == 403


def test_an_anonymous_visitor_is_sent_to_sign_in(client):
    response = client.get(reverse("notifications:inbox"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
