"""Editors read the domains no source covers a page at a time, most used first, at a fixed cost."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

UNMATCHED = "/api/v1/sources/unmatched-domains/"


def unmatched_domains(count):
    """`count` domains no source covers: d0.example used `count` times, d1.example once less, and so on."""
    for index in range(count):
        for use in range(count - index):
            factories.EvidenceFactory(url=f"https://d{index}.example/{use}", source=None)


@pytest.mark.parametrize("persona,expected", [("editor", 200), ("fact_checker", 403), ("outsider", 403)])
def test_the_unmatched_domains_come_a_page_at_a_time_most_used_first(request, api_as, persona, expected):
    unmatched_domains(5)
    client = api_as(request.getfixturevalue(persona))

    first = client.get(UNMATCHED, {"page_size": 2})

    assert first.status_code == expected
    if expected != 200:
        assert first.data["code"] in {"not_allowed", "permission_denied"}
        return
    assert first.data["count"] == 5
    assert [(row["domain"], row["evidence_count"]) for row in first.data["results"]] == [
        ("d0.example", 5),
        ("d1.example", 4),
    ]
    last = client.get(UNMATCHED, {"page_size": 2, "page": 3}).data
    assert (last["next"], [row["domain"] for row in last["results"]]) == (None, ["d4.example"])


@pytest.mark.parametrize("persona,expected", [("editor", 404), ("outsider", 403)])
def test_a_page_past_the_last_is_not_found(request, api_as, persona, expected):
    unmatched_domains(2)

    response = api_as(request.getfixturevalue(persona)).get(UNMATCHED, {"page": 2})

    assert response.status_code == expected


def test_a_page_holds_at_most_100_domains(api_as, editor):
    for index in range(101):
        factories.EvidenceFactory(url=f"https://d{index}.example/", source=None)

    page = api_as(editor).get(UNMATCHED, {"page_size": 1000}).data

    assert (page["count"], len(page["results"])) == (101, 100)


def test_a_page_of_unmatched_domains_costs_the_same_for_3_domains_as_for_30(api_as, editor, django_assert_num_queries):
    client = api_as(editor)
    client.get(UNMATCHED)  # the token is created on first use
    for index in range(3):
        factories.EvidenceFactory(url=f"https://few{index}.example/", source=None)

    # the token with its user and their permissions, then the evidence read once
    with django_assert_num_queries(2):
        assert len(client.get(UNMATCHED).data["results"]) == 3

    for index in range(27):
        factories.EvidenceFactory(url=f"https://many{index}.example/", source=None)
    with django_assert_num_queries(2):
        assert len(client.get(UNMATCHED).data["results"]) == 30
