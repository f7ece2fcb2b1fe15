"""The desk's topic and digest pages under Monitoring: editors keep the topics and the digest's
hour, members subscribe and read their own digests; bad input is a form error that changes nothing."""

import pytest
from django.urls import reverse

from monitoring.models import Digest, DigestEntry, DigestSchedule, DigestSubscription, Feed, Topic
from tests import factories
from tests.api.test_monitoring import lead_in

pytestmark = pytest.mark.django_db


def test_an_editor_adds_a_topic_from_the_desk(client, editor, django_capture_on_commit_callbacks):
    client.force_login(editor)
    lead = lead_in(factories.DocumentFactory(text="Oil output rose 9 percent."), "Oil output rose 9 percent.", 0.9)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("desk:topic_new"), {"name": "Energy", "any_en": "oil\ngas\n", "exclude_fr": "football"}
        )

    assert response.status_code == 302
    topic = Topic.objects.get()
    assert (topic.any_en, topic.exclude_fr) == (["oil", "gas"], ["football"])
    assert list(topic.tagged_leads.all()) == [lead]
    page = client.get(reverse("desk:topics")).content.decode()
    assert "Energy" in page and reverse("desk:topic_edit", args=[topic.pk]) in page


def test_a_bad_topic_is_a_form_error_that_changes_nothing(client, editor):
    client.force_login(editor)
    topic = Topic.objects.create(name="Energy", any_en=["oil"])

    response = client.post(reverse("desk:topic_edit", args=[topic.pk]), {"name": "Energy", "any_en": "the"})

    assert response.status_code == 400
    assert "has no word to look for" in response.content.decode()
    topic.refresh_from_db()
    assert topic.any_en == ["oil"]


def test_fact_checkers_read_the_topics_but_cannot_change_them(client, fact_checker, outsider):
    topic = Topic.objects.create(name="Energy", any_en=["oil"])
    client.force_login(fact_checker)
    page = client.get(reverse("desk:topics"))
    assert page.status_code == 200 and reverse("desk:topic_edit", args=[topic.pk]) not in page.content.decode()
    assert client.get(reverse("desk:topic_new")).status_code == 403
    assert client.post(reverse("desk:topic_edit", args=[topic.pk]), {"name": "X"}).status_code == 403
    client.force_login(outsider)
    assert client.get(reverse("desk:topics")).status_code == 403
    assert client.get(reverse("desk:digests")).status_code == 403
    assert Topic.objects.get().name == "Energy"


def test_a_member_subscribes_and_only_editors_set_the_hour(client, fact_checker, editor):
    energy = Topic.objects.create(name="Energy")
    client.force_login(fact_checker)

    subscribed = client.post(reverse("desk:digest_subscribe"), {"topics": [energy.pk], "language": "fr"})
    refused = client.post(reverse("desk:digest_subscribe"), {"language": "fr"})
    hour = client.post(reverse("desk:digest_schedule"), {"hour": 5, "time_zone": "Europe/Paris"})

    assert subscribed.status_code == 302 and refused.status_code == 400
    subscription = DigestSubscription.objects.get(user=fact_checker)
    assert (subscription.all_topics, list(subscription.topics.all()), subscription.language) == (False, [energy], "fr")
    assert hour.status_code == 403
    client.force_login(editor)
    assert client.post(reverse("desk:digest_schedule"), {"hour": 6, "time_zone": "Nowhere/City"}).status_code == 400
    assert client.post(reverse("desk:digest_schedule"), {"hour": 6, "time_zone": "Europe/Lisbon"}).status_code == 302
    assert (DigestSchedule.objects.get().hour, DigestSchedule.objects.get().time_zone) == (6, "Europe/Lisbon")


def make_digest(recipient, entries: int, edition="2026-12-04") -> Digest:
    digest = Digest.objects.create(recipient=recipient, edition=edition, language="en")
    for position in range(1, entries + 1):
        document = factories.DocumentFactory(text=f"Oil output rose {position} percent.", outlet="Courier")
        DigestEntry.objects.create(
            digest=digest, topic_name="Energy", lead=lead_in(document, document.text, 0.5), position=position
        )
    return digest


def test_the_digest_page_is_its_recipients_and_costs_the_same_queries(
    client, fact_checker, other_fact_checker, django_assert_num_queries
):
    client.force_login(fact_checker)
    small, large = make_digest(fact_checker, 1), make_digest(other_fact_checker, 1)
    assert client.get(reverse("desk:digest", args=[large.pk])).status_code == 404
    # session, user, the digest, its entries with their leads and articles, the header's unread count
    with django_assert_num_queries(5):
        page = client.get(reverse("desk:digest", args=[small.pk])).content.decode()
    assert "Oil output rose 1 percent." in page
    large = make_digest(fact_checker, 6, edition="2026-12-05")
    with django_assert_num_queries(5):
        page = client.get(reverse("desk:digest", args=[large.pk])).content.decode()
    assert page.count("Oil output rose") == 6


def test_the_monitoring_view_filters_by_outlet_and_speaker_at_a_constant_cost(
    client, fact_checker, django_assert_num_queries
):
    client.force_login(fact_checker)
    outlet = factories.SourceFactory(name="Harbour Courier")
    feed = Feed.objects.create(url="https://news.example/rss", language="en", source=outlet)

    def add_leads(count):
        for n in range(count):
            document = factories.DocumentFactory(
                text=f"Prices rose {n}.{count} percent.", url=f"https://a.example/{n}x{count}"
            )
            feed.items.create(entry_key=f"{n}x{count}", url=document.url, url_key=f"{n}x{count}", document=document)
            lead_in(document, document.text, 0.5, speaker="Ruth Okafor")

    add_leads(1)
    other = factories.DocumentFactory(text="Crime fell.", url="https://b.example/1")
    lead_in(other, other.text, 0.9, speaker="Someone Else")
    url = reverse("desk:monitoring")

    assert "Crime fell." not in client.get(url, {"outlet": outlet.pk}).content.decode()
    assert "Crime fell." not in client.get(url, {"speaker": "okafor"}).content.decode()
    assert "Crime fell." in client.get(url, {"speaker": "else"}).content.decode()
    assert client.get(url, {"outlet": "nope"}).status_code == 400
    with django_assert_num_queries(15):
        client.get(url, {"outlet": outlet.pk})
    add_leads(5)
    with django_assert_num_queries(15):
        assert client.get(url, {"outlet": outlet.pk}).content.decode().count("Prices rose") == 6
