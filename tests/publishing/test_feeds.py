import json
from xml.etree import ElementTree

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
