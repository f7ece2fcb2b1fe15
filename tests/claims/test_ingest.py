from datetime import timedelta

import pytest
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from claims import services
from claims.models import Claim, ClaimEvent, Document
from ingest import flow

SAMPLE = settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"

pytestmark = pytest.mark.django_db


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Ingest as a command line would: queued tasks run once the document is committed."""

    def run(path):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("ingest", str(path))

    return run


def claim_rows():
    return list(Claim.objects.order_by("start").values_list("document_id", "start", "end", "text"))


def test_ingesting_the_sample_stores_a_document_with_unverified_claims(ingest):
    ingest(SAMPLE)
    document = Document.objects.get()
    assert document.extraction_state == Document.ExtractionState.DONE
    assert document.language == "fr"
    assert document.claims.exists()
    assert set(document.claims.values_list("status", flat=True)) == {Claim.Status.UNVERIFIED}
    for claim in document.claims.all():
        assert document.text[claim.start : claim.end] == claim.text


def test_ingesting_the_sample_twice_gives_one_document_and_the_same_claims(ingest):
    ingest(SAMPLE)
    first = claim_rows()
    assert first
    ingest(SAMPLE)
    assert Document.objects.count() == 1
    assert claim_rows() == first


def test_running_extraction_again_creates_no_duplicates(ingest):
    ingest(SAMPLE)
    document = Document.objects.get()
    first, candidates = claim_rows(), document.candidates.count()
    flow.document_extract(document.pk)
    assert claim_rows() == first
    assert document.candidates.count() == candidates
    assert ClaimEvent.objects.filter(kind=ClaimEvent.Kind.CREATED).count() == len(first)


def test_a_running_extraction_is_not_started_twice():
    document = Document.objects.create(
        text="x", content_hash="a" * 64, extraction_state="running", extraction_started_at=timezone.now()
    )
    with pytest.raises(services.ExtractionRunning):
        flow.document_extract(document.pk)


def test_a_running_extraction_past_the_timeout_is_taken_over(settings):
    started = timezone.now() - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES + 1)
    document = Document.objects.create(
        text="The rate rose to 5 percent in 2024, officials said.",
        content_hash="a" * 64,
        extraction_state="running",
        extraction_started_at=started,
    )
    assert flow.document_extract(document.pk).extraction_state == Document.ExtractionState.DONE


def test_the_sweep_requeues_documents_left_pending(settings):
    document = Document.objects.create(
        text="The rate rose to 5 percent in 2024, officials said.", content_hash="b" * 64
    )
    fresh = Document.objects.create(text="Fresh text that was just submitted.", content_hash="c" * 64)
    long_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES + 1)
    Document.objects.filter(pk=document.pk).update(updated_at=long_ago)
    assert flow.documents_requeue_stale() == [document.pk]
    document.refresh_from_db()
    fresh.refresh_from_db()
    assert (document.extraction_state, fresh.extraction_state) == ("done", "pending")


def test_ingest_refuses_an_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    with pytest.raises(CommandError, match="is empty"):
        call_command("ingest", str(empty))
    assert not Document.objects.exists()


def test_a_failing_extraction_is_recorded_on_the_document(monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("segmenter exploded")

    monkeypatch.setattr("claims.extraction.extract", broken)
    document = Document.objects.create(text="Some text.", content_hash="d" * 64)
    flow.document_extract(document.pk)
    document.refresh_from_db()
    assert (document.extraction_state, document.extraction_error) == ("failed", "segmenter exploded")
