"""GET /api/v1/factchecks/{id}/repeats/: where a checked claim came back, for members only."""

from datetime import date

import pytest

from publishing import repeats
from publishing.models import ExternalFactCheck
from tests import factories
from tests.publishing.conftest import publish as publish_fixture

pytestmark = pytest.mark.django_db
publish = publish_fixture


def url(pk, kind=None):
    return f"/api/v1/factchecks/{pk}/repeats/" + (f"?kind={kind}" if kind else "")


@pytest.fixture
def factcheck():
    return ExternalFactCheck.objects.create(
        url="https://archive.example/fc/goldfish",
        claim_reviewed="Goldfish have a memory span of only three seconds.",
        normalized_text="goldfish memory span only three seconds",
        rating_name="False",
    )


def repeat_of(checked, day):
    document = factories.DocumentFactory(title=f"Article of {day}", url=f"https://news.example/{day}", outlet="News")
    claim = factories.ClaimFactory(document=document, text=f"Goldfish forget in 3 seconds ({day}).", speaker="Ann")
    return repeats.repeat_record(claim, checked, said_on=date(2026, 11, day))


def test_members_read_the_repeats_newest_first_in_constant_queries(
    api_as, fact_checker, factcheck, django_assert_num_queries
):
    client = api_as(fact_checker)
    repeat_of(factcheck, 3)
    client.get(url(factcheck.pk))
    with django_assert_num_queries(4):  # token, user's roles, count, page
        first = client.get(url(factcheck.pk)).json()
    for day in (10, 20):
        repeat_of(factcheck, day)
    with django_assert_num_queries(4):
        response = client.get(url(factcheck.pk))

    assert first["count"] == 1
    body = response.json()
    assert [row["said_on"] for row in body["results"]] == ["2026-11-20", "2026-11-10", "2026-11-03"]
    assert body["results"][0] | {"claim": 0, "document": 0, "recorded_at": ""} == {
        "claim": 0,
        "text": "Goldfish forget in 3 seconds (20).",
        "document": 0,
        "document_title": "Article of 20",
        "document_url": "https://news.example/20",
        "outlet": "News",
        "speaker": "Ann",
        "said_on": "2026-11-20",
        "recorded_at": "",
    }


def test_a_published_claim_is_asked_for_by_kind_claim(api_as, fact_checker, publish):
    published = publish(text="Crime doubled in Marseille in ten years.")
    repeat_of(published.claim, 5)
    assert api_as(fact_checker).get(url(published.claim_id, "claim")).json()["count"] == 1

    unpublished = factories.ClaimFactory()
    assert api_as(fact_checker).get(url(unpublished.pk, "claim")).status_code == 404


def test_outsiders_and_the_public_see_nothing_and_bad_input_is_refused(api_as, outsider, fact_checker, factcheck):
    repeat_of(factcheck, 3)
    assert api_as(None).get(url(factcheck.pk)).status_code == 401
    assert api_as(outsider).get(url(factcheck.pk)).status_code == 403
    assert api_as(fact_checker).get(url(factcheck.pk + 1)).status_code == 404
    refused = api_as(fact_checker).get(url(factcheck.pk, "everything"))
    assert refused.status_code == 400 and "kind" in str(refused.json())
