"""GET /api/v1/search/: the desk's one search, for members, paginated, in constant queries."""

import pytest

from claims.models import Claim
from tests import factories

pytestmark = pytest.mark.django_db

SEARCH = "/api/v1/search/"


def test_members_search_everything_best_first_with_highlights(api_as, fact_checker):
    claim = factories.ClaimFactory(text="Les États-Unis <b>financent</b> l'Ukraine.", language="fr")
    document = factories.DocumentFactory(title="Les Etats-Unis et l'OTAN", text="Un article sur les États-Unis.")

    body = api_as(fact_checker).get(SEARCH, {"q": "etats unis"}).json()

    assert {(row["kind"], row["id"]) for row in body["results"]} >= {("claim", claim.pk), ("document", document.pk)}
    row = next(row for row in body["results"] if row["kind"] == "claim")
    assert row["highlighted"] == "Les <mark>États</mark>-<mark>Unis</mark> &lt;b&gt;financent&lt;/b&gt; l&#x27;Ukraine."
    assert row["url"].endswith(f"/claims/{claim.pk}/") and row["status"] == "unverified"
    doc_row = next(row for row in body["results"] if row["kind"] == "document")
    assert "<mark>États</mark>-<mark>Unis</mark>" in doc_row["snippet"]


def test_filters_and_pages_in_constant_queries(api_as, fact_checker, django_assert_num_queries):
    client = api_as(fact_checker)
    for index in range(3):
        factories.ClaimFactory(text=f"Rents rose by {index} percent.", status=Claim.Status.SOURCED)
    client.get(SEARCH, {"q": "rents"})
    # the token with its user and roles, word counts, claims, imported fact-checks, documents
    with django_assert_num_queries(5):
        assert client.get(SEARCH, {"q": "rents"}).json()["count"] == 3
    for index in range(3, 30):
        factories.ClaimFactory(text=f"Rents rose by {index} percent.")
    with django_assert_num_queries(5):
        page = client.get(SEARCH, {"q": "rents", "page_size": 10, "page": 2}).json()
    assert page["count"] == 30 and len(page["results"]) == 10
    # With a status only claims are searched.
    with django_assert_num_queries(3):
        assert client.get(SEARCH, {"q": "rents", "status": "sourced"}).json()["count"] == 3
    assert client.get(SEARCH, {"q": "rents", "kind": "imported"}).json()["count"] == 0


def test_the_public_and_outsiders_see_nothing_and_bad_input_is_refused(api_as, outsider, fact_checker):
    factories.ClaimFactory(text="Rents rose.")
    assert api_as(None).get(SEARCH, {"q": "rents"}).status_code == 401
    assert api_as(outsider).get(SEARCH, {"q": "rents"}).status_code == 403
    client = api_as(fact_checker)
    for bad in ({}, {"q": ""}, {"q": "x" * 201}, {"q": "rents", "kind": "tweet"}, {"q": "rents", "status": "done"}):
        response = client.get(SEARCH, bad)
        assert response.status_code == 400, bad
