"""The workspace says why a claim scored as it did in words, in the reader's language, not in
the extractor's reason codes; the API keeps the codes."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from claims.extraction.features import NEGATIVE_REASONS, POSITIVE_REASONS
from desk.templatetags.desk_tags import REASON_LABELS
from tests import factories

pytestmark = pytest.mark.django_db


def test_every_reason_the_extractor_gives_has_a_label():
    assert set(REASON_LABELS) == {*POSITIVE_REASONS, *NEGATIVE_REASONS}


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker, reasons=["quantity", "named_source", "hedged"])


def test_the_workspace_names_the_reasons(checker_client, claim):
    page = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "(a figure, a named source, hedged)" in page
    assert "named_source" not in page


def test_the_workspace_names_the_reasons_in_french(checker_client, claim):
    checker_client.post(reverse("set_language"), {"language": "fr"})
    page = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert "(un chiffre, une source nommée, nuancée)" in page


def test_an_outsider_sees_no_reasons(outsider_client, claim):
    response = outsider_client.get(reverse("desk:claim", args=[claim.pk]))
    assert response.status_code == 403
    assert "a figure" not in response.content.decode()


def test_the_api_keeps_the_codes(fact_checker, claim):
    client = APIClient()
    client.force_authenticate(fact_checker)
    assert client.get(f"/api/v1/claims/{claim.pk}/").json()["reasons"] == ["quantity", "named_source", "hedged"]
