"""Editors find the domains no source covers, register them, and read a source's history."""

import pytest

from reviews import services
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def unmatched(fact_checker):
    """Three web pages on two domains no source covers, on two claims."""
    first, second = factories.ClaimFactory(), factories.ClaimFactory()
    for claim, url in [
        (first, "https://www.gazette.example/a"),
        (second, "https://news.gazette.example/b"),
        (first, "https://blog.example/c"),
    ]:
        factories.EvidenceFactory(claim=claim, url=url, source=None)


def test_editors_see_the_domains_no_source_covers_most_used_first(api_as, editor, unmatched):
    response = api_as(editor).get("/api/v1/sources/unmatched-domains/")

    assert response.status_code == 200
    assert (response.data["count"], response.data["next"]) == (3, None)
    assert response.data["results"] == [
        {"domain": "blog.example", "evidence_count": 1, "claim_count": 1},
        {"domain": "gazette.example", "evidence_count": 1, "claim_count": 1},
        {"domain": "news.gazette.example", "evidence_count": 1, "claim_count": 1},
    ]


def test_registering_a_domain_creates_its_source_and_links_the_evidence_waiting_on_it(api_as, editor, unmatched):
    response = api_as(editor).post(
        "/api/v1/sources/register-domain/",
        {"domain": "gazette.example", "name": "La Gazette", "kind": "news_outlet"},
        format="json",
    )

    assert response.status_code == 201
    assert response.data["linked"] == 2  # subdomains included
    source = response.data["source"]
    assert (source["name"], source["kind"], source["domains"]) == ("La Gazette", "news_outlet", ["gazette.example"])
    assert [event["kind"] for event in source["history"]] == ["created"]
    remaining = api_as(editor).get("/api/v1/sources/unmatched-domains/").data["results"]
    assert [row["domain"] for row in remaining] == ["blog.example"]


def test_a_pasted_address_registers_its_domain_named_after_it(api_as, editor):
    response = api_as(editor).post(
        "/api/v1/sources/register-domain/", {"domain": "https://www.Blog.example/post"}, format="json"
    )

    assert response.status_code == 201
    assert (response.data["source"]["name"], response.data["source"]["kind"]) == ("blog.example", "other")


def test_a_domain_that_already_belongs_to_a_source_is_refused(api_as, editor):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])

    response = api_as(editor).post("/api/v1/sources/register-domain/", {"domain": "reuters.com"}, format="json")

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"] == "reuters.com already belongs to Reuters"


def test_something_that_is_not_a_domain_is_refused(api_as, editor):
    response = api_as(editor).post("/api/v1/sources/register-domain/", {"domain": "not a domain"}, format="json")

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert Source.objects.count() == 0


def test_fact_checkers_neither_see_nor_register_unmatched_domains(api_as, fact_checker, unmatched):
    client = api_as(fact_checker)

    assert client.get("/api/v1/sources/unmatched-domains/").status_code == 403
    assert client.post("/api/v1/sources/register-domain/", {"domain": "blog.example"}, format="json").status_code == 403
    assert Source.objects.count() == 0


def test_a_source_shows_its_history_oldest_first(api_as, editor, fact_checker):
    source = services.source_save(None, actor=editor, name="Statistics office", reliability="high")
    services.source_save(source, actor=editor, reliability="low")

    response = api_as(fact_checker).get(f"/api/v1/sources/{source.pk}/")

    history = response.data["history"]
    assert [(event["kind"], event["old_value"], event["new_value"]) for event in history] == [
        ("created", "", "high"),
        ("reliability_changed", "high", "low"),
    ]
    assert history[1]["actor"] == "edith"


def test_a_change_answers_with_the_history_it_added_to(api_as, editor):
    source = services.source_save(None, actor=editor, name="Statistics office", reliability="high")

    response = api_as(editor).patch(f"/api/v1/sources/{source.pk}/", {"reliability": "medium"}, format="json")

    assert [event["kind"] for event in response.data["history"]] == ["created", "reliability_changed"]
