"""Pasted text, each file type and a URL all become documents with claims."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from claims import workflow
from claims.models import Document
from ingest import flow
from tests import factories
from tests.intake import sample_documents
from tests.intake.conftest import Reply

pytestmark = pytest.mark.django_db

HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what is queued on commit, as a real request would."""

    def run(submit, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            document, _created = submit(*args, **kwargs)
        document.refresh_from_db()
        return document

    return run


def test_a_url_is_fetched_read_and_extracted(committed, local_server):
    local_server.routes["/article"] = Reply(body=sample_documents.ENGLISH_ARTICLE_HTML.encode(), headers=HTML)
    document = committed(flow.document_submit_url, local_server.url("/article"))
    assert document.extraction_state == Document.ExtractionState.DONE
    assert document.title
    assert document.language == "en"
    assert "cookies" not in document.text.lower()
    assert document.claims.exists()


def test_a_url_document_is_linked_to_its_publisher(committed, local_server):
    publisher = factories.SourceFactory(domains=["127.0.0.1"])
    local_server.routes["/article"] = Reply(body=sample_documents.ENGLISH_ARTICLE_HTML.encode(), headers=HTML)
    assert committed(flow.document_submit_url, local_server.url("/article")).publisher == publisher


def test_a_forbidden_url_fails_the_document_with_the_reason(committed):
    document = committed(flow.document_submit_url, "http://10.0.0.1/secret")
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert "10.0.0.1" in document.extraction_error
    assert not document.claims.exists()


def test_a_missing_page_fails_without_retrying(committed, local_server):
    document = committed(flow.document_submit_url, local_server.url("/gone"))
    assert document.extraction_state == Document.ExtractionState.FAILED
    assert len(local_server.requests) == 1


def test_it_refuses_a_non_web_url():
    with pytest.raises(workflow.Refused):
        flow.document_submit_url("file:///etc/passwd")
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    "filename,data",
    [
        ("article.txt", sample_documents.PLAIN_TEXT.encode()),
        ("report.md", sample_documents.MARKDOWN.encode()),
        ("article.html", sample_documents.FRENCH_ARTICLE_HTML.encode()),
        ("report.pdf", sample_documents.minimal_pdf(["The plant cut its emissions by 40 percent, the agency said."])),
    ],
)
def test_each_file_type_is_ingested(committed, filename, data):
    document = committed(flow.document_submit_file, filename, data)
    assert document.extraction_state == Document.ExtractionState.DONE
    assert document.text
    assert document.claims.exists() or document.candidates.exists()


def test_an_unreadable_file_is_refused_and_stores_nothing():
    with pytest.raises(workflow.Refused) as raised:
        flow.document_submit_file("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert raised.value.messages == ["“photo.pdf” is named like a PDF but is not one."]
    assert not Document.objects.exists()


def test_the_extract_command_prints_json_without_touching_the_database(capsys, settings):
    call_command("extract", str(settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"), "--json")
    output = json.loads(capsys.readouterr().out)
    assert output["language"] == "fr"
    assert set(output) == {"language", "title", "byline", "published", "claims", "candidates"}
    assert set(output["claims"][0]) == {"text", "start", "end", "score", "speaker", "reasons"}
    assert not Document.objects.exists()


def test_the_extract_command_reports_an_unreadable_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        call_command("extract", str(empty), "--json")
