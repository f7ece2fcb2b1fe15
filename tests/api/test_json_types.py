"""A JSON value of the wrong type (a number for text, a string for a boolean or a number) is a 400
naming the field, on every endpoint; query strings and multipart forms keep their usual reading."""

import inspect

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework import serializers as drf

from api import serializers
from api.json_types import NOT_BOOLEAN, NOT_INTEGER, NOT_TEXT, StrictTypesMixin
from claims.models import Claim, Document
from reviews import services
from reviews.models import Evidence
from sources.models import Source
from tests import factories

pytestmark = pytest.mark.django_db

SERIALIZERS = [
    cls
    for _name, cls in inspect.getmembers(serializers, inspect.isclass)
    if issubclass(cls, drf.BaseSerializer) and cls.__module__.startswith(f"{serializers.__name__}.")
]


def test_a_number_for_the_text_of_a_document_is_a_400(api_as, fact_checker):
    response = api_as(fact_checker).post("/api/v1/documents/", {"text": 12}, format="json")

    assert response.status_code == 400
    assert response.data["fields"] == {"text": [NOT_TEXT]}
    assert not Document.objects.exists()


def test_a_wrong_type_for_a_move_is_a_400_and_the_claim_stays(api_as, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    body = {"to": "sourced", "version": "1", "note": 7}

    response = api_as(fact_checker).post(f"/api/v1/claims/{claim.pk}/transition/", body, format="json")

    assert response.status_code == 400
    assert response.data["fields"] == {"version": [NOT_INTEGER], "note": [NOT_TEXT]}
    claim.refresh_from_db()
    assert (claim.status, claim.version) == (Claim.Status.UNVERIFIED, 1)


def test_a_string_for_a_boolean_is_a_400(api_as, fact_checker, editor):
    claim = factories.ClaimFactory(assignee=fact_checker)
    upload = SimpleUploadedFile("figures.txt", b"Unemployment: 7.1 percent.\n")
    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind=Evidence.Kind.FILE, stance=Evidence.Stance.SUPPORTS, file=upload
    )
    url = f"/api/v1/claims/{claim.pk}/evidence/{evidence.pk}/public/"

    response = api_as(editor).post(url, {"public": "true"}, format="json")

    assert response.status_code == 400
    assert response.data["fields"] == {"public": [NOT_BOOLEAN]}
    evidence.refresh_from_db()
    assert not evidence.public


def test_a_source_with_wrong_types_is_refused_field_by_field(api_as, editor):
    body = {"name": 5, "active": "yes", "domains": ["example.org", 3]}

    response = api_as(editor).post("/api/v1/sources/", body, format="json")

    assert response.status_code == 400
    assert response.json()["fields"] == {"name": [NOT_TEXT], "active": [NOT_BOOLEAN], "domains": {"1": [NOT_TEXT]}}
    assert not Source.objects.exists()


def test_query_strings_and_forms_are_still_read_from_text(api_as, fact_checker, editor):
    factories.ClaimFactory(assignee=None)
    listed = api_as(editor).get("/api/v1/claims/?unassigned=true&min_score=0")
    assert (listed.status_code, len(listed.json()["results"])) == (200, 1)

    source = factories.SourceFactory()
    claim = factories.ClaimFactory(assignee=fact_checker)
    form = {"quote": "Unemployment fell.", "stance": "supports", "source": str(source.pk)}
    attached = api_as(fact_checker).post(f"/api/v1/claims/{claim.pk}/evidence/", form, format="multipart")
    assert attached.status_code == 201, attached.data
    assert attached.data["source"] == source.pk


def test_every_serializer_of_the_api_checks_json_types():
    assert {"ClaimSerializer", "DocumentSubmitSerializer", "SourceSerializer"} <= {cls.__name__ for cls in SERIALIZERS}
    assert [cls.__name__ for cls in SERIALIZERS if not issubclass(cls, StrictTypesMixin)] == []


WRONG_VALUES = [
    # A value each kind of field must refuse from JSON, and DRF alone would have taken.
    (drf.BooleanField, "true"),
    (drf.IntegerField, "1"),
    (drf.FloatField, "0.5"),
    (drf.CharField, 12),
    (drf.ChoiceField, 1),
    (drf.DateTimeField, 1700000000),
    (drf.PrimaryKeyRelatedField, "1"),
    (drf.SlugRelatedField, 1),
    (drf.ListField, [1]),
]


def wrong_value(field):
    return next((value for kind, value in WRONG_VALUES if isinstance(field, kind)), None)


def test_every_writable_field_refuses_a_value_of_the_wrong_json_type():
    tested = []
    for cls in SERIALIZERS:
        for name, field in cls().fields.items():
            value = wrong_value(field)
            if field.read_only or value is None:
                continue
            checked = cls(data={name: value})
            assert not checked.is_valid()
            assert name in checked.errors, (cls.__name__, name, checked.errors)
            tested.append(f"{cls.__name__}.{name}")
    # Input fields of each kind were found: the loop did not silently skip them.
    expected = {"DocumentSubmitSerializer.text", "TransitionSerializer.version", "EvidencePublicSerializer.public"}
    expected |= {"EvidenceCreateSerializer.source", "SourceSerializer.domains", "AssignSerializer.due"}
    assert expected <= set(tested)
