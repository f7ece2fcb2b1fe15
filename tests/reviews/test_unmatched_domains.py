"""The domains no source covers are grouped, counted and ordered by the database."""

import pytest
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims import roles
from factcheck.paging import TotalInRowsPaginator
from reviews import selectors
from tests import factories

pytestmark = pytest.mark.django_db


def rows(user):
    return [(row.domain, row.evidence_count, row.claim_count) for row in selectors.unmatched_domains(user)]


def test_most_used_first_then_in_codepoint_order_with_distinct_claims(editor):
    one, two = factories.ClaimFactory(), factories.ClaimFactory()
    for claim, url in [
        (one, "https://a.example/1"),
        (one, "https://www.a.example/2"),  # the same claim twice
        (two, "https://A.example/3"),
        (one, "https://a-b.example/1"),  # "-" sorts before "." in codepoint order, not in en_US
        (two, "https://b.example/1"),
        (one, "https://news.b.example/1"),  # a subdomain counts apart
    ]:
        factories.EvidenceFactory(claim=claim, url=url, source=None)

    assert rows(editor) == [
        ("a.example", 3, 2),
        ("a-b.example", 1, 1),
        ("b.example", 1, 1),
        ("news.b.example", 1, 1),
    ]
    assert {row.total_rows for row in selectors.unmatched_domains(editor)} == {4}


def test_only_web_evidence_with_no_source_and_a_domain_counts(editor):
    factories.EvidenceFactory(url="https://linked.example/", source=factories.SourceFactory(domains=["linked.example"]))
    factories.EvidenceFactory(kind="quote", url="", excerpt="Said so.", source=None)
    factories.EvidenceFactory(url="https://exa mple/", source=None)  # no domain to be had
    factories.EvidenceFactory(url="https://waiting.example/", source=None)

    assert rows(editor) == [("waiting.example", 1, 1)]


def test_fact_checkers_and_outsiders_get_nothing_and_evidence_is_not_read(fact_checker, outsider):
    factories.EvidenceFactory(url="https://waiting.example/", source=None)

    with CaptureQueriesContext(connection) as queries:
        assert rows(fact_checker) == rows(outsider) == []
        assert selectors.most_used_unmatched_domains(outsider, 3) == ([], 0)

    assert not [query for query in queries if "reviews_evidence" in query["sql"]]


def test_the_dashboard_slice_comes_with_the_total_in_one_query(editor, django_assert_num_queries):
    for index in range(4):
        factories.EvidenceFactory(url=f"https://d{index}.example/", source=None)

    roles.can_edit_sources(editor)  # the roles are read once a request, before

    with django_assert_num_queries(1):
        shown, total = selectors.most_used_unmatched_domains(editor, 3)

    assert ([row.domain for row in shown], total) == (["d0.example", "d1.example", "d2.example"], 4)


def test_a_page_and_its_count_in_one_query(editor, django_assert_num_queries):
    for index in range(5):
        factories.EvidenceFactory(url=f"https://d{index}.example/", source=None)
    paginator = TotalInRowsPaginator(selectors.unmatched_domains(editor), 2)

    with django_assert_num_queries(1):
        page = paginator.page(3)
        assert ([row.domain for row in page], paginator.count, paginator.num_pages) == (["d4.example"], 5, 3)
        assert not page.has_next()


def test_past_the_last_page_or_not_a_number_the_paginator_refuses(editor):
    factories.EvidenceFactory(url="https://d0.example/", source=None)
    domains = selectors.unmatched_domains(editor)

    with pytest.raises(EmptyPage):
        TotalInRowsPaginator(domains, 2).page(2)
    with pytest.raises(EmptyPage):
        TotalInRowsPaginator(domains, 2).page(0)
    with pytest.raises(PageNotAnInteger):
        TotalInRowsPaginator(domains, 2).page("two")
    with pytest.raises(EmptyPage):
        TotalInRowsPaginator(domains, 2).page(10**30)  # no OFFSET the database cannot hold
    assert [row.domain for row in TotalInRowsPaginator(domains, 2).get_page(9)] == ["d0.example"]


def test_rows_as_dicts_carry_their_total_too(editor):
    for index in range(3):
        factories.EvidenceFactory(url=f"https://d{index}.example/", source=None)
    paginator = TotalInRowsPaginator(selectors.unmatched_domains(editor).values("domain", "total_rows"), 2)

    assert ([row["domain"] for row in paginator.page(2)], paginator.count) == (["d2.example"], 3)


def test_an_empty_list_is_one_empty_page_read_once(editor, django_assert_num_queries):
    paginator = TotalInRowsPaginator(selectors.unmatched_domains(editor), 2)

    with django_assert_num_queries(1):
        page = paginator.page(1)
        assert (list(page), paginator.count, paginator.num_pages) == ([], 0, 1)
