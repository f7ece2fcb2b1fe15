"""Topics, lead filters and digests through the REST API: editors write topics, every member reads;
bad input is a 400 naming its field and changes nothing; a digest is its recipient's alone."""

from datetime import timedelta

import pytest
from django.utils import timezone

from monitoring.models import Digest, DigestEntry, DigestSchedule, DigestSubscription, Feed, Lead, Topic
from tests import factories
from tests.api.test_monitoring import lead_in

pytestmark = pytest.mark.django_db


def test_an_editor_adds_and_changes_a_topic_and_its_leads_are_tagged(
    api_as, editor, fact_checker, django_capture_on_commit_callbacks
):
    document = factories.DocumentFactory(text="Le prix des logements a augmenté de 12 %.", language="fr")
    lead = lead_in(document, document.text, 0.9)
    body = {"name": "Logement", "any_fr": ["logement"], "exclude_en": ["football"]}

    with django_capture_on_commit_callbacks(execute=True):
        created = api_as(editor).post("/api/v1/topics/", body, format="json")
    assert created.status_code == 201, created.content
    topic_id = created.json()["id"]
    assert created.json()["any_fr"] == ["logement"] and created.json()["all_en"] == []
    assert list(Topic.objects.get().tagged_leads.all()) == [lead]

    with django_capture_on_commit_callbacks(execute=True):
        changed = api_as(editor).patch(f"/api/v1/topics/{topic_id}/", {"any_fr": ["salaire"]}, format="json")
    assert changed.status_code == 200 and changed.json()["name"] == "Logement"
    assert list(Topic.objects.get().tagged_leads.all()) == []

    listed = api_as(fact_checker).get("/api/v1/topics/").json()["results"]
    assert [topic["name"] for topic in listed] == ["Logement"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"any_en": ["oil"]}, "name"),
        ({"name": "", "any_en": ["oil"]}, "name"),
        ({"name": "Energy", "any_en": "oil"}, "any_en"),
        ({"name": "Energy", "any_en": ["the", "and"]}, "any_en"),
        ({"name": "Energy", "all_fr": ["x" * 101]}, "all_fr"),
        ({"name": "Energy", "exclude_fr": [""]}, "exclude_fr"),
        ({"name": "Existing"}, "name"),
    ],
)
def test_bad_topic_input_is_refused_with_its_field_and_changes_nothing(api_as, editor, body, field):
    Topic.objects.create(name="Existing")

    response = api_as(editor).post("/api/v1/topics/", body, format="json")

    assert response.status_code == 400, response.content
    assert field in response.json()["fields"]
    assert list(Topic.objects.values_list("name", flat=True)) == ["Existing"]


def test_a_bad_change_is_refused_and_changes_nothing(api_as, editor):
    topic = Topic.objects.create(name="Energy", any_en=["oil"], terms_version=1, tagged_version=1)

    response = api_as(editor).patch(f"/api/v1/topics/{topic.pk}/", {"any_en": ["of"]}, format="json")

    assert response.status_code == 400 and "any_en" in response.json()["fields"]
    topic.refresh_from_db()
    assert (topic.any_en, topic.terms_version) == (["oil"], 1)


def test_fact_checkers_read_topics_but_cannot_write_them_and_outsiders_see_nothing(api_as, fact_checker, outsider):
    topic = Topic.objects.create(name="Energy")

    assert api_as(fact_checker).post("/api/v1/topics/", {"name": "X"}, format="json").status_code == 403
    assert api_as(fact_checker).patch(f"/api/v1/topics/{topic.pk}/", {"name": "X"}, format="json").status_code == 403
    assert api_as(outsider).get("/api/v1/topics/").status_code == 403
    assert list(Topic.objects.values_list("name", flat=True)) == ["Energy"]


@pytest.fixture
def filtered(editor):
    outlet = factories.SourceFactory(name="Harbour Courier")
    feed = Feed.objects.create(url="https://news.example/rss", language="en", source=outlet)
    other_feed = Feed.objects.create(url="https://other.example/rss", language="fr")
    first = factories.DocumentFactory(text="Oil output rose 9 percent.", url="https://a.example/1")
    second = factories.DocumentFactory(text="Le pétrole a baissé de 3 %.", url="https://b.example/2", language="fr")
    feed.items.create(entry_key="1", url=first.url, url_key="1", document=first)
    other_feed.items.create(entry_key="2", url=second.url, url_key="2", document=second)
    english = lead_in(first, first.text, 0.9, speaker="Ruth Okafor")
    french = lead_in(second, second.text, 0.8, speaker="Élisabeth Borne")
    topic = Topic.objects.create(name="Energy", any_en=["oil"])
    english.topics.add(topic)
    Lead.objects.filter(pk=french.pk).update(created_at=timezone.now() - timedelta(days=1))
    return {"outlet": outlet, "feed": feed, "english": english, "french": french}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["english", "french"]),
        ("topic=Energy", ["english"]),
        ("topic=Sport", []),
        ("outlet={outlet}", ["english"]),
        ("speaker=okafor", ["english"]),
        ("speaker=Borne", ["french"]),
        ("language=fr", ["french"]),
        ("day={today}", ["english"]),
        ("feed={feed}&topic=Energy&outlet={outlet}&speaker=ruth&language=en&day={today}", ["english"]),
    ],
)
def test_leads_filter_by_topic_outlet_speaker_language_and_day(api_as, fact_checker, filtered, query, expected):
    query = query.format(outlet=filtered["outlet"].pk, feed=filtered["feed"].pk, today=timezone.localdate())

    rows = api_as(fact_checker).get(f"/api/v1/leads/?{query}").json()["results"]

    assert [row["id"] for row in rows] == [filtered[name].pk for name in expected]


def test_a_lead_shows_its_topics(api_as, fact_checker, filtered):
    rows = api_as(fact_checker).get("/api/v1/leads/").json()["results"]
    assert [row["topics"] for row in rows] == [["Energy"], []]


@pytest.mark.parametrize("query", ["outlet=abc", "outlet=0", "day=monday", "speaker=" + "x" * 201])
def test_a_bad_lead_filter_is_a_400_naming_it(api_as, fact_checker, query):
    response = api_as(fact_checker).get(f"/api/v1/leads/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()["fields"]


def make_digest(recipient, entries: int, edition="2026-12-04") -> Digest:
    digest = Digest.objects.create(recipient=recipient, edition=edition, language="en")
    for position in range(1, entries + 1):
        document = factories.DocumentFactory(text=f"Oil output rose {position} percent.")
        lead = lead_in(document, document.text, 0.5)
        DigestEntry.objects.create(digest=digest, topic_name="Energy", lead=lead, position=position)
    return digest


def test_a_member_reads_their_own_digests_only(api_as, fact_checker, other_fact_checker, outsider):
    mine = make_digest(fact_checker, 2)
    theirs = make_digest(other_fact_checker, 1)

    listed = api_as(fact_checker).get("/api/v1/digests/").json()["results"]
    detail = api_as(fact_checker).get(f"/api/v1/digests/{mine.pk}/").json()

    assert [row["id"] for row in listed] == [mine.pk]
    assert [(entry["topic"], entry["position"], entry["text"]) for entry in detail["entries"]] == [
        ("Energy", 1, "Oil output rose 1 percent."),
        ("Energy", 2, "Oil output rose 2 percent."),
    ]
    assert api_as(fact_checker).get(f"/api/v1/digests/{theirs.pk}/").status_code == 404
    assert api_as(outsider).get("/api/v1/digests/").status_code == 403


def test_the_digest_endpoints_cost_the_same_queries_whatever_their_length(
    api_as, fact_checker, django_assert_num_queries
):
    client = api_as(fact_checker)
    small = make_digest(fact_checker, 1, edition="2026-12-03")
    client.get("/api/v1/digests/")  # the token's first use writes its last-used time
    # token, count, page
    with django_assert_num_queries(3):
        assert len(client.get("/api/v1/digests/").json()["results"]) == 1
    # token, the digest, its entries with their leads and articles
    with django_assert_num_queries(3):
        client.get(f"/api/v1/digests/{small.pk}/")
    large = make_digest(fact_checker, 6)
    with django_assert_num_queries(3):
        assert len(client.get("/api/v1/digests/").json()["results"]) == 2
    with django_assert_num_queries(3):
        assert len(client.get(f"/api/v1/digests/{large.pk}/").json()["entries"]) == 6


def test_a_member_sets_reads_and_ends_their_digest_subscription_as_in_the_desk(api_as, fact_checker, editor):
    energy = Topic.objects.create(name="Energy")
    housing = Topic.objects.create(name="Housing")
    client = api_as(fact_checker)
    assert client.get("/api/v1/digests/subscription/").json() == {
        "subscribed": False,
        "all_topics": False,
        "topics": [],
        "language": "",
    }

    chosen = {"topics": [housing.pk, energy.pk], "language": "fr"}
    response = client.put("/api/v1/digests/subscription/", chosen, format="json")

    expected = {"subscribed": True, "all_topics": False, "topics": sorted([energy.pk, housing.pk]), "language": "fr"}
    assert response.status_code == 200, response.content
    assert response.json() == expected == client.get("/api/v1/digests/subscription/").json()
    subscription = DigestSubscription.objects.get(user=fact_checker)
    assert (subscription.all_topics, set(subscription.topics.all())) == (False, {energy, housing})

    everything = client.put("/api/v1/digests/subscription/", {"all_topics": True, "language": "en"}, format="json")
    assert everything.json() == {"subscribed": True, "all_topics": True, "topics": [], "language": "en"}
    assert api_as(editor).get("/api/v1/digests/subscription/").json()["subscribed"] is False, "each their own"

    assert client.delete("/api/v1/digests/subscription/").status_code == 204
    assert not DigestSubscription.objects.exists()


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"topics": [999999], "language": "en"}, {"topics"}),
        ({"topics": ["energy"], "language": "en"}, {"topics"}),
        ({"topics": [], "language": "en"}, {"topics"}),
        ({"all_topics": True, "language": "de"}, {"language"}),
        ({"all_topics": "yes please", "language": "en"}, {"all_topics"}),
        ({"all_topics": True}, {"language"}),
    ],
)
def test_a_bad_subscription_is_a_400_naming_its_field_and_changes_nothing(api_as, fact_checker, body, fields):
    response = api_as(fact_checker).put("/api/v1/digests/subscription/", body, format="json")

    assert response.status_code == 400, response.content
    assert set(response.json()["fields"]) == fields
    assert not DigestSubscription.objects.exists()


def test_an_editor_or_admin_sets_the_digest_hour_and_every_member_reads_it(
    api_as, editor, admin_user, fact_checker, settings
):
    settings.FACTCHECK_DIGEST_HOUR, settings.FACTCHECK_DIGEST_TIME_ZONE = 7, "Europe/Paris"
    assert api_as(fact_checker).get("/api/v1/digests/schedule/").json() == {"hour": 7, "time_zone": "Europe/Paris"}

    montreal = {"hour": 6, "time_zone": "America/Montreal"}
    response = api_as(editor).put("/api/v1/digests/schedule/", montreal, format="json")
    assert response.status_code == 200 and response.json() == montreal
    utc = {"hour": 5, "time_zone": "UTC"}
    assert api_as(admin_user).put("/api/v1/digests/schedule/", utc, format="json").status_code == 200

    schedule = DigestSchedule.objects.get()
    assert (schedule.hour, schedule.time_zone) == (5, "UTC")
    assert api_as(fact_checker).get("/api/v1/digests/schedule/").json() == {"hour": 5, "time_zone": "UTC"}


def test_only_editors_set_the_digest_hour_and_outsiders_read_nothing(api_as, fact_checker, outsider, client):
    body = {"hour": 6, "time_zone": "UTC"}
    assert api_as(fact_checker).put("/api/v1/digests/schedule/", body, format="json").status_code == 403
    assert api_as(outsider).get("/api/v1/digests/schedule/").status_code == 403
    every_topic = {"all_topics": True, "language": "en"}
    assert api_as(outsider).put("/api/v1/digests/subscription/", every_topic, format="json").status_code == 403
    assert client.get("/api/v1/digests/schedule/").status_code == 401
    assert client.put("/api/v1/digests/subscription/", {}, content_type="application/json").status_code == 401
    assert not DigestSchedule.objects.filter(hour=6).exists() and not DigestSubscription.objects.exists()


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        ({"hour": 24, "time_zone": "UTC"}, {"hour"}),
        ({"hour": -1, "time_zone": "UTC"}, {"hour"}),
        ({"hour": "seven", "time_zone": "UTC"}, {"hour"}),
        ({"hour": 6, "time_zone": "Mars/Olympus"}, {"time_zone"}),
        ({"hour": 24, "time_zone": "Mars/Olympus"}, {"hour", "time_zone"}),
        ({"time_zone": "UTC"}, {"hour"}),
    ],
)
def test_a_bad_digest_hour_is_a_400_naming_its_field_and_changes_nothing(api_as, editor, settings, body, fields):
    settings.FACTCHECK_DIGEST_HOUR, settings.FACTCHECK_DIGEST_TIME_ZONE = 7, "Europe/Paris"

    response = api_as(editor).put("/api/v1/digests/schedule/", body, format="json")

    assert response.status_code == 400, response.content
    assert set(response.json()["fields"]) == fields
    assert not DigestSchedule.objects.exclude(hour=7, time_zone="Europe/Paris").exists()
