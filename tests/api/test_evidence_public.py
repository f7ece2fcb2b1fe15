"""POST /api/v1/claims/{id}/evidence/{evidence_id}/public/: an editor shows a file on the fact-check."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from reviews import services
from reviews.models import Evidence
from tests import factories
from tests.api.conftest import client_for

pytestmark = pytest.mark.django_db


def public_url(evidence):
    return f"/api/v1/claims/{evidence.claim_id}/evidence/{evidence.pk}/public/"


def test_an_editor_makes_a_file_public_and_gets_the_evidence_back(fact_checker, editor):
    claim = factories.ClaimFactory(assignee=fact_checker)
    upload = SimpleUploadedFile("figures.txt", b"Unemployment: 7.1 percent.\n")
    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind=Evidence.Kind.FILE, stance=Evidence.Stance.SUPPORTS, file=upload
    )

    response = client_for(editor).post(public_url(evidence), {"public": True}, format="json")

    assert response.status_code == 200
    assert (response.json()["id"], response.json()["public"]) == (evidence.pk, True)


def test_a_web_page_is_refused_with_the_reason(editor):
    web_page = factories.EvidenceFactory(url="https://news.example/story")

    response = client_for(editor).post(public_url(web_page), {"public": True}, format="json")

    assert response.status_code == 400
    assert response.json()["code"] == "refused"


def test_the_choice_is_required(editor):
    web_page = factories.EvidenceFactory(url="https://news.example/story")

    assert client_for(editor).post(public_url(web_page), {}, format="json").status_code == 400
