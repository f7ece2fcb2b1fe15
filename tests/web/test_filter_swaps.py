"""Filtering a queue or the sources replaces the results in place: however many times a person
filters, the page holds one results section (htmx swapping a section into itself nested them)."""

import pytest

from tests import factories
from tests.web.conftest import BROWSER_TEST_MARKS

pytestmark = BROWSER_TEST_MARKS

expect = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)").expect


def filter_twice(page, first, second):
    search = page.get_by_role("main").get_by_role("searchbox").first  # not the header's search
    for words in (first, second):
        with page.expect_response(lambda response: response.request.headers.get("hx-request") == "true"):
            search.fill(words)


def test_filtering_the_unassigned_queue_twice_leaves_one_results_section(open_session, db):
    factories.fact_checker(username="fiona")
    factories.ClaimFactory(text="Unemployment fell to 7 percent in 2024.")
    factories.ClaimFactory(text="Exports rose by 3 percent last year.")
    page = open_session("fiona")
    page.get_by_role("link", name="Unassigned").click()

    filter_twice(page, "Unemployment", "Exports")
    expect(page.locator("#queue-results").first).to_contain_text("Exports rose")
    expect(page.locator("#queue-results").first).not_to_contain_text("Unemployment fell")
    assert page.locator("#queue-results").count() == 1


def test_filtering_the_sources_twice_leaves_one_results_section(open_session, db):
    factories.fact_checker(username="fiona")
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="Agence France-Presse", domains=["afp.com"])
    page = open_session("fiona")
    page.get_by_role("link", name="Sources").click()

    filter_twice(page, "Reuters", "Agence")
    expect(page.locator("#source-results").first).to_contain_text("Agence France-Presse")
    expect(page.locator("#source-results").first).not_to_contain_text("Reuters")
    assert page.locator("#source-results").count() == 1
