"""The desk's Monitoring view: leads ranked and grouped, filtered, promoted or dismissed."""

import pytest
from django.urls import reverse

from claims.models import Claim
from monitoring.models import Feed, Lead
from monitoring.services.leads import group_key
from tests import factories

pytestmark = pytest.mark.django_db


def lead_in(document, text, score):
    start = document.text.index(text)
    return Lead.objects.create(
        document=document, text=text, start=start, end=start + len(text), score=score, group_key=group_key(text)
    )


@pytest.fixture
def leads():
    feed = Feed.objects.create(url="https://news.example/rss", language="en", paused_reason="Paused: 500 x5")
    first = factories.DocumentFactory(text="Taxes rose 9 percent. Crime fell.", url="https://a.example/1", outlet="A")
    second = factories.DocumentFactory(text="Taxes rose 9 percent!", url="https://b.example/2", outlet="B")
    feed.items.create(entry_key="1", url=first.url, url_key="1", document=first)
    return {
        "feed": feed,
        "top": lead_in(first, "Taxes rose 9 percent.", 0.9),
        "echo": lead_in(second, "Taxes rose 9 percent!", 0.8),
        "low": lead_in(first, "Crime fell.", 0.6),
    }


def test_leads_are_shown_once_per_group_best_first_with_their_outlets(client, fact_checker, leads):
    client.force_login(fact_checker)

    page = client.get(reverse("desk:monitoring")).content.decode()

    assert page.count("Taxes rose 9 percent") == 1, "the echo is an appearance of the top lead, not a row"
    assert page.index("Taxes rose 9 percent.") < page.index("Crime fell.")
    assert "said in 2 outlets" in page
    assert "Paused: 500 x5" in page, "a paused feed says why"


def test_the_view_filters_and_refuses_a_bad_filter(client, fact_checker, leads):
    client.force_login(fact_checker)
    other = Feed.objects.create(url="https://other.example/rss", language="en")

    assert "Crime fell." not in client.get(reverse("desk:monitoring"), {"feed": other.pk}).content.decode()
    assert "Crime fell." in client.get(reverse("desk:monitoring"), {"feed": leads["feed"].pk}).content.decode()
    assert client.get(reverse("desk:monitoring"), {"day": "someday"}).status_code == 400


def test_promoting_from_the_desk_opens_the_new_claim_and_dismissing_is_recorded(client, fact_checker, leads):
    client.force_login(fact_checker)

    promoted = client.post(reverse("desk:lead_promote", args=[leads["top"].pk]))
    dismissed = client.post(reverse("desk:lead_dismiss", args=[leads["low"].pk]))
    again = client.post(reverse("desk:lead_promote", args=[leads["top"].pk]), follow=True)

    claim = Claim.objects.get()
    assert promoted.url == reverse("desk:claim", args=[claim.pk])
    assert dismissed.status_code == 302
    leads["low"].refresh_from_db()
    assert (leads["low"].state, leads["low"].decided_by) == (Lead.State.DISMISSED, fact_checker)
    assert "already promoted" in again.content.decode()
    assert Claim.objects.count() == 1


def test_only_members_see_or_decide_leads(client, outsider, leads):
    client.force_login(outsider)
    assert client.get(reverse("desk:monitoring")).status_code == 403
    assert client.post(reverse("desk:lead_dismiss", args=[leads["top"].pk])).status_code == 403
    leads["top"].refresh_from_db()
    assert leads["top"].state == Lead.State.OPEN
