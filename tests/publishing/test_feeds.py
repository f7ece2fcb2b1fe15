import html
import json
from xml.etree import ElementTree

import lxml.html
import pytest
from django.urls import reverse

from publishing import services
from reviews import services as review_services
from tests import factories

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def published_and_not(publish, editor, fact_checker):
    live = publish(text="Live claim about 1,900 jobs.")
    withdrawn = publish(text="Withdrawn claim.")
    services.publication_withdraw(withdrawn, actor=editor, reason="Wrong.")
    pending = factories.ClaimFactory(text="Pending claim.", assignee=fact_checker, status="corroborated")
    verdict = review_services.verdict_save_draft(pending, actor=fact_checker, rating="true", summary="Right.")
    review_services.verdict_submit(verdict, actor=fact_checker)
    return live


def test_the_json_feed_lists_only_live_fact_checks_with_their_claimreview(client, published_and_not):
    response = client.get(reverse("publishing:feed-json"))
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert [item["title"] for item in feed["items"]] == ["Live claim about 1,900 jobs."]
    (item,) = feed["items"]
    assert item["_claimreview"]["@type"] == "ClaimReview"
    assert item["url"] == f"http://testserver{published_and_not.get_absolute_url()}"


def test_the_atom_feed_lists_only_live_fact_checks(client, published_and_not):
    response = client.get(reverse("publishing:feed-atom"))
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ElementTree.fromstring(response.content)
    titles = [entry.find(f"{ATOM}title").text for entry in root.iter(f"{ATOM}entry")]
    assert titles == ["Live claim about 1,900 jobs."]


def test_the_list_page_lists_only_live_fact_checks(client, published_and_not):
    page = client.get(reverse("publishing:list")).content.decode()
    assert "Live claim about 1,900 jobs." in page
    assert "Withdrawn claim." not in page and "Pending claim." not in page


def summary_as_a_reader_renders_it(summary) -> str:
    """What a feed reader puts in its page (RFC 4287 §3.1): text is escaped, html is markup."""
    if summary.get("type", "text") == "text":
        return html.escape(summary.text or "")
    return summary.text or ""


def test_the_atom_summary_is_text_so_planted_markup_never_becomes_an_element(client, publish):
    publish(summary='<script>alert(1)</script><img src=x onerror="alert(2)"> Wrong figure.')
    root = ElementTree.fromstring(client.get(reverse("publishing:feed-atom")).content)
    (summary,) = root.iter(f"{ATOM}summary")
    rendered = lxml.html.fragment_fromstring(summary_as_a_reader_renders_it(summary), create_parent="div")
    assert [element.tag for element in rendered.iterdescendants()] == []
    assert '<script>alert(1)</script><img src=x onerror="alert(2)"> Wrong figure.' in rendered.text_content()
