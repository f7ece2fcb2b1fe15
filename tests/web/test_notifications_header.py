"""The header counts unread notifications and links to the inbox, which looks like the desk."""

import pytest
from django.urls import reverse

from notifications.models import Notification
from notifications.services import notify
from tests import factories
from tests.web.conftest import signed_in

pytestmark = pytest.mark.django_db


def tell(user, key="k"):
    return notify(user, Notification.Kind.ASSIGNED, claim=factories.ClaimFactory(), text="Look <here>", dedupe_key=key)


def test_the_header_shows_how_many_notifications_are_unread(checker_client, fact_checker):
    tell(fact_checker, "a")
    tell(fact_checker, "b")
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert '<span class="unread-count">2 unread</span>' in page


def test_the_header_shows_no_count_once_everything_is_read(checker_client, fact_checker):
    tell(fact_checker)
    checker_client.post(reverse("notifications:mark_all_read"))
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert 'id="notifications-link"' in page
    assert "unread-count" not in page


def test_someone_elses_notifications_are_not_counted(checker_client, other_fact_checker):
    tell(other_fact_checker)
    assert "unread-count" not in checker_client.get(reverse("desk:queue_mine")).content.decode()


def test_the_inbox_uses_the_desk_layout_and_links_to_the_claim(checker_client, fact_checker):
    notice = tell(fact_checker)
    page = checker_client.get(reverse("notifications:inbox")).content.decode()
    assert 'class="site-header"' in page
    assert "Look &lt;here&gt;" in page
    assert reverse("desk:claim", args=[notice.claim_id]) in page
    assert reverse("notifications:mark_read", args=[notice.pk]) in page


def test_the_inbox_in_french(checker_client, fact_checker):
    tell(fact_checker)
    checker_client.post(reverse("set_language"), {"language": "fr"})
    page = checker_client.get(reverse("notifications:inbox")).content.decode()
    assert "Tout marquer comme lu" in page


def test_an_outsider_sees_no_notifications_link(outsider):
    page = signed_in(outsider).get(reverse("desk:home"))
    assert page.status_code == 403
    assert 'id="notifications-link"' not in page.content.decode()


def test_the_inbox_counts_its_queries(checker_client, fact_checker, django_assert_num_queries):
    for key in "abcde":
        tell(fact_checker, key)
    # session, user with their permissions, the unread count, the list
    with django_assert_num_queries(4):
        checker_client.get(reverse("notifications:inbox"))
