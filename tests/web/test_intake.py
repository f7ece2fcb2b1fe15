import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from claims.models import Candidate, Claim, Document
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db

SAMPLE = (settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt").read_text(encoding="utf-8")


def test_pasted_text_is_extracted_and_its_claims_shown(checker_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = checker_client.post(reverse("desk:intake"), {"text": SAMPLE, "title": "Peskov"})
    document = Document.objects.get()
    assert response["Location"] == reverse("desk:document", args=[document.pk])
    page = checker_client.get(response["Location"]).content.decode()
    assert document.claims.exists()
    first_claim = document.claims.order_by("start").first()
    assert first_claim.text.replace("’", "&#x27;")[:40] in page.replace("’", "&#x27;")
    assert 'hx-trigger="every 1s"' not in page


def test_a_pending_document_polls_for_progress(checker_client):
    document = factories.DocumentFactory(extraction_state=Document.ExtractionState.PENDING)
    page = checker_client.get(reverse("desk:document", args=[document.pk])).content.decode()
    assert 'hx-trigger="every 1s"' in page
    fragment = checker_client.get(reverse("desk:document_progress", args=[document.pk]), **HTMX).content.decode()
    assert fragment.lstrip().startswith('<div id="document-progress"')
    assert "Extracting claims" in fragment


def test_a_failed_extraction_shows_its_error(checker_client):
    document = factories.DocumentFactory(
        extraction_state=Document.ExtractionState.FAILED, extraction_error="segmenter <broke>"
    )
    page = checker_client.get(reverse("desk:document_progress", args=[document.pk])).content.decode()
    assert "Extraction failed" in page and "segmenter &lt;broke&gt;" in page


def test_intake_needs_exactly_one_input_and_keeps_what_was_typed(checker_client):
    response = checker_client.post(reverse("desk:intake"), {"text": "Some text", "url": "https://example.org/a"})
    assert response.status_code == 422
    page = response.content.decode()
    assert "Give exactly one of" in page
    assert "Some text" in page and "https://example.org/a" in page


def test_a_url_is_taken_and_opens_the_document_page(checker_client):
    response = checker_client.post(reverse("desk:intake"), {"url": "https://example.org/article"})
    document = Document.objects.get()
    assert document.url == "https://example.org/article"
    assert response.status_code == 302
    assert response["Location"] == reverse("desk:document", args=[document.pk])


def test_an_uploaded_file_is_read_and_opens_the_document_page(checker_client, django_capture_on_commit_callbacks):
    upload = SimpleUploadedFile("a.txt", b"Unemployment fell to 3.5 percent in 2019, officials said.")
    # Read by the extraction task once the request has committed (in-process without a broker).
    with django_capture_on_commit_callbacks(execute=True):
        response = checker_client.post(reverse("desk:intake"), {"file": upload})
    document = Document.objects.get()
    assert document.text == "Unemployment fell to 3.5 percent in 2019, officials said."
    assert response["Location"] == reverse("desk:document", args=[document.pk])


def test_an_unreadable_file_is_a_form_error(checker_client):
    upload = SimpleUploadedFile("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64))
    response = checker_client.post(reverse("desk:intake"), {"file": upload})
    assert response.status_code == 422
    assert "is named like a PDF but is not one" in response.content.decode()
    assert not Document.objects.exists()


def test_promote_a_candidate(checker_client):
    document = factories.DocumentFactory()
    candidate = Candidate.objects.create(document=document, text="A short one here.", start=0, end=17, score=0.2)
    response = checker_client.post(reverse("desk:candidate_promote", args=[candidate.pk]), **HTMX)
    assert response.status_code == 200
    assert Claim.objects.filter(document=document, text="A short one here.").exists()
    assert response.content.decode().lstrip().startswith('<div id="document-progress"')


def test_intake_lists_recent_documents(checker_client):
    factories.DocumentFactory(title="Yesterday's story")
    assert "Yesterday&#x27;s story" in checker_client.get(reverse("desk:intake")).content.decode()
