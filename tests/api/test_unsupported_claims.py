"""The API lists claims a registry change left unsupported, and a source update says which it left so."""

import pytest
from django.urls import reverse

from reviews import services
from tests.reviews.test_unsupported_claims import LACKS_ONE_SOURCE, corroborated_by_two

pytestmark = pytest.mark.django_db


def test_the_api_lists_them_to_editors(api_as, editor, fact_checker):
    claim, first, second = corroborated_by_two()
    services.source_merge(first, [second], actor=editor)

    response = api_as(editor).get("/api/v1/claims/unsupported/")

    assert response.status_code == 200
    [row] = response.json()
    assert (row["id"], row["status"], row["unmet"]) == (claim.pk, "corroborated", [LACKS_ONE_SOURCE])
    assert row["workspace_url"].endswith(reverse("desk:claim", args=[claim.pk]))
    assert row["url"].endswith(f"/api/v1/claims/{claim.pk}/")
    assert api_as(fact_checker).get("/api/v1/claims/unsupported/").status_code == 403


def test_the_api_source_update_says_which_claims_it_left_unsupported(api_as, editor):
    claim, first, _second = corroborated_by_two()

    response = api_as(editor).patch(f"/api/v1/sources/{first.pk}/", {"reliability": "low"}, format="json")

    assert response.status_code == 200
    assert [(row["id"], row["unmet"]) for row in response.json()["claims_no_longer_supported"]] == [
        (claim.pk, [LACKS_ONE_SOURCE])
    ]
