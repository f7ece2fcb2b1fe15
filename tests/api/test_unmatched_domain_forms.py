"""The API gives domains in the form they are stored and registered in, IDNA-encoded."""

import json

import pytest

from tests import factories

pytestmark = pytest.mark.django_db

UNMATCHED = "/api/v1/sources/unmatched-domains/"


@pytest.mark.parametrize("persona,expected", [("editor", 200), ("fact_checker", 403), ("outsider", 403)])
def test_an_international_domain_comes_idna_encoded(request, api_as, persona, expected):
    factories.EvidenceFactory(url="https://www.café.fr/menu", source=None)

    response = api_as(request.getfixturevalue(persona)).get(UNMATCHED)

    assert response.status_code == expected
    if expected == 200:
        assert response.data["results"] == [{"domain": "xn--caf-dma.fr", "evidence_count": 1, "claim_count": 1}]


def test_the_schema_says_how_the_domain_is_written(api_client_anonymous):
    schema = json.loads(api_client_anonymous.get("/api/schema/?format=json").content)

    domain = schema["components"]["schemas"]["UnmatchedDomain"]["properties"]["domain"]
    assert "IDNA-encoded" in domain["description"] and "xn--caf-dma.fr" in domain["description"]


def test_an_absurd_page_number_is_not_found(api_as, editor):
    factories.EvidenceFactory(url="https://d0.example/", source=None)

    assert api_as(editor).get(UNMATCHED, {"page": 10**30}).status_code == 404
