"""Uploaded evidence files stay private until an editor shows them on the public fact-check."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims import workflow
from claims.models import ClaimEvent
from reviews import services
from reviews.models import Evidence
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


@pytest.fixture
def file_evidence(claim, fact_checker):
    upload = SimpleUploadedFile("figures.txt", b"Unemployment: 7.1 percent.\n")
    return services.evidence_attach(
        claim, actor=fact_checker, kind=Evidence.Kind.FILE, stance=Evidence.Stance.SUPPORTS, file=upload
    )


def test_an_uploaded_file_is_private_until_an_editor_shows_it(file_evidence, editor):
    assert file_evidence.public is False

    shown = services.evidence_set_public(file_evidence, actor=editor, public=True)

    assert shown.public is True
    assert services.evidence_set_public(shown, actor=editor, public=False).public is False


def test_showing_a_file_is_recorded_on_the_claim(file_evidence, editor):
    services.evidence_set_public(file_evidence, actor=editor, public=True)

    event = file_evidence.claim.events.get(kind=ClaimEvent.Kind.EVIDENCE_PUBLIC)
    assert event.actor == editor
    assert event.details == {"evidence": file_evidence.pk, "file": file_evidence.file.name, "public": True}


def test_asking_for_what_is_already_so_records_nothing(file_evidence, editor):
    services.evidence_set_public(file_evidence, actor=editor, public=False)

    assert not file_evidence.claim.events.filter(kind=ClaimEvent.Kind.EVIDENCE_PUBLIC).exists()


def test_a_fact_checker_cannot_show_a_file_even_on_their_own_claim(file_evidence, fact_checker):
    with pytest.raises(workflow.NotAllowed):
        services.evidence_set_public(file_evidence, actor=fact_checker, public=True)

    file_evidence.refresh_from_db()
    assert file_evidence.public is False


def test_web_pages_and_quotes_are_refused_since_they_are_public_anyway(claim, editor):
    web_page = factories.EvidenceFactory(claim=claim, url="https://news.example/story")

    with pytest.raises(workflow.Refused, match="only uploaded files need this"):
        services.evidence_set_public(web_page, actor=editor, public=True)
