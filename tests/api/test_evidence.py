import pytest

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def test_url_evidence_from_a_registered_domain_names_its_source(api_as, fact_checker, claim):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/evidence/", {"url": "https://www.reuters.com/a", "stance": "supports"}
    )
    assert response.status_code == 201
    assert response.data["source_name"] == "Reuters"


def test_url_evidence_from_an_unknown_domain_has_no_source(api_as, fact_checker, claim):
    response = api_as(fact_checker).post(
        f"/api/v1/claims/{claim.pk}/evidence/", {"url": "https://unknown.example/a", "stance": "supports"}
    )
    assert response.status_code == 201
    assert (response.data["source"], response.data["source_name"]) == (None, None)
