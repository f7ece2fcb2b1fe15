"""ClaimSerializer writes claims directly (lists are hot); it must write what its fields say."""

import datetime

import pytest
from rest_framework import serializers as drf

from api.serializers import ClaimSerializer
from claims.models import Claim
from tests import factories

pytestmark = pytest.mark.django_db


def field_by_field(claim):
    return drf.ModelSerializer.to_representation(ClaimSerializer(), claim)


@pytest.mark.parametrize("assigned", [False, True])
def test_claim_rows_are_what_the_declared_fields_write(assigned, fact_checker):
    claim = factories.ClaimFactory(
        assignee=fact_checker if assigned else None,
        due_at=datetime.datetime(2026, 3, 1, 12, 30, tzinfo=datetime.UTC) if assigned else None,
        reasons=["figure", "named source"],
        score=0.75,
    )
    assert ClaimSerializer(claim).data == field_by_field(claim)
    assert list(ClaimSerializer(claim).data) == list(field_by_field(claim))


def test_claim_rows_in_utc_end_with_z(settings, fact_checker):
    settings.TIME_ZONE = "UTC"
    claim = factories.ClaimFactory(due_at=datetime.datetime(2026, 3, 1, 12, 30, tzinfo=datetime.UTC))
    assert ClaimSerializer(claim).data["due_at"] == "2026-03-01T12:30:00Z" == field_by_field(claim)["due_at"]


@pytest.mark.parametrize("assigned", [False, True])
def test_a_row_of_values_is_written_like_its_claim(assigned, fact_checker):
    claim = factories.ClaimFactory(
        assignee=fact_checker if assigned else None,
        due_at=datetime.datetime(2026, 3, 1, 12, 30, tzinfo=datetime.UTC) if assigned else None,
        reasons=["figure"],
    )
    row = Claim.objects.values(*ClaimSerializer.ROW).get(pk=claim.pk)
    assert ClaimSerializer(row).data == field_by_field(claim)
