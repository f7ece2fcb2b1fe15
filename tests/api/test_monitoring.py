"""Feeds and leads through the REST API: the same rules as the services, bad input refused whole."""

import pytest

from claims.models import Claim
from monitoring.models import Feed, Lead
from monitoring.services.leads import group_key
from tests import factories

pytestmark = pytest.mark.django_db


def lead_in(document, text, score, **fields):
    start = document.text.index(text)
    return Lead.objects.create(
        document=document,
        text=text,
        start=start,
        end=start + len(text),
        score=score,
        language=document.language,
        group_key=group_key(text),
        **fields,
    )


def test_an_editor_registers_a_feed_with_its_source_and_topics(api_as, editor):
    source = factories.SourceFactory()
    body = {"url": "https://news.example/rss", "language": "fr", "source": source.pk, "topics": ["santé", "économie"]}

    response = api_as(editor).post("/api/v1/feeds/", body, format="json")

    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["url"], data["language"], data["source"], data["paused"]) == (body["url"], "fr", source.pk, False)
    assert set(data["topics"]) == {"économie", "santé"}
    assert api_as(editor).get("/api/v1/feeds/").json()["results"][0]["id"] == data["id"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "not an address", "language": "en"}, "url"),
        ({"url": "https://news.example/rss", "language": "de"}, "language"),
        ({"url": "https://news.example/rss", "language": "en", "poll_minutes": 0}, "poll_minutes"),
        ({"url": "https://news.example/rss", "language": "en", "source": 999999}, "source"),
        ({"url": "https://news.example/rss", "language": "en", "topics": "economy"}, "topics"),
        ({"url": "ftp://news.example/rss", "language": "en"}, "url"),
    ],
)
def test_bad_feed_input_is_refused_with_its_field_and_changes_nothing(api_as, editor, body, field):
    response = api_as(editor).post("/api/v1/feeds/", body, format="json")

    assert response.status_code == 400
    assert field in response.json()["fields"]
    assert Feed.objects.count() == 0


def test_a_paused_feed_shows_its_reason_and_an_editor_resumes_it(api_as, editor):
    feed = Feed.objects.create(url="https://news.example/rss", language="en", paused_reason="Paused: 500")

    listed = api_as(editor).get("/api/v1/feeds/").json()["results"][0]
    assert (listed["paused"], listed["paused_reason"]) == (True, "Paused: 500")

    resumed = api_as(editor).post(f"/api/v1/feeds/{feed.pk}/resume/")
    assert resumed.status_code == 200 and resumed.json()["paused"] is False


def test_leads_are_listed_by_score_with_their_appearances_and_filters(api_as, fact_checker, editor):
    feed = Feed.objects.create(url="https://news.example/rss", language="en")
    first = factories.DocumentFactory(text="Taxes rose 9 percent. Crime fell.", url="https://a.example/1", outlet="A")
    second = factories.DocumentFactory(text="Taxes ROSE 9 percent! Rain.", url="https://b.example/2", outlet="B")
    feed.items.create(entry_key="1", url=first.url, url_key="1", document=first)
    top = lead_in(first, "Taxes rose 9 percent.", 0.9)
    echo = lead_in(second, "Taxes ROSE 9 percent!", 0.8)
    lead_in(first, "Crime fell.", 0.6, state=Lead.State.DISMISSED)

    rows = api_as(fact_checker).get("/api/v1/leads/").json()["results"]

    assert [row["id"] for row in rows] == [top.pk, echo.pk]
    assert rows[0]["feeds"] == [feed.pk] and rows[1]["feeds"] == []
    assert [a["document_url"] for a in rows[0]["appearances"]] == ["https://a.example/1", "https://b.example/2"]
    assert {a["outlet"] for a in rows[1]["appearances"]} == {"A", "B"}
    only_feed = api_as(fact_checker).get(f"/api/v1/leads/?feed={feed.pk}").json()["results"]
    assert [row["id"] for row in only_feed] == [top.pk]
    assert api_as(fact_checker).get("/api/v1/leads/?day=2001-01-01").json()["results"] == []
    assert api_as(fact_checker).get("/api/v1/leads/?day=yesterday").status_code == 400


def test_the_leads_list_costs_the_same_queries_whatever_its_length(api_as, fact_checker, django_assert_num_queries):
    client = api_as(fact_checker)
    feed = Feed.objects.create(url="https://news.example/rss", language="en")

    def add_leads(count):
        for n in range(Lead.objects.count(), Lead.objects.count() + count):
            document = factories.DocumentFactory(text=f"Prices rose {n} percent.", url=f"https://a.example/{n}")
            feed.items.create(entry_key=str(n), url=document.url, url_key=str(n), document=document)
            lead_in(document, document.text, 0.5)

    add_leads(2)
    client.get("/api/v1/leads/")  # the token's first use writes its last-used time
    # token, count, page, feed items with their feeds, the feeds' topics, the leads' topics, appearances
    with django_assert_num_queries(7):
        assert len(client.get("/api/v1/leads/").json()["results"]) == 2
    add_leads(5)
    with django_assert_num_queries(7):
        assert len(client.get("/api/v1/leads/").json()["results"]) == 7


def test_promoting_through_the_api_makes_a_ticket_once(api_as, fact_checker):
    document = factories.DocumentFactory(text="Taxes rose 9 percent.", url="https://a.example/1")
    lead = lead_in(document, "Taxes rose 9 percent.", 0.9)

    promoted = api_as(fact_checker).post(f"/api/v1/leads/{lead.pk}/promote/")
    again = api_as(fact_checker).post(f"/api/v1/leads/{lead.pk}/promote/")
    dismissed = api_as(fact_checker).post(f"/api/v1/leads/{lead.pk}/dismiss/")

    assert promoted.status_code == 201 and promoted.json()["text"] == "Taxes rose 9 percent."
    assert again.status_code == 400 and "already promoted" in again.json()["detail"]
    assert dismissed.status_code == 400
    assert Claim.objects.count() == 1
