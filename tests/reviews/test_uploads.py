"""Evidence files are judged by their bytes: what they are, not what they are called."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from claims import workflow
from reviews import services
from reviews.models import Evidence
from tests import factories

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
WINDOWS_PROGRAM = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"PE\x00\x00"
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def attach(claim, actor, name, data):
    return services.evidence_attach(
        claim, actor=actor, kind="file", stance="supports", file=SimpleUploadedFile(name, data)
    )


def refusal(claim, actor, name, data) -> str:
    with pytest.raises(workflow.Refused) as raised:
        attach(claim, actor, name, data)
    assert not Evidence.objects.filter(claim=claim).exists()
    return raised.value.messages[0]


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("report.pdf", PDF, "application/pdf"),
        ("chart.png", PNG, "image/png"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x01" * 32, "image/jpeg"),
        ("photo.webp", b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x01" * 24, "image/webp"),
        ("animation.gif", b"GIF89a\x01\x00\x01\x00\x80\x00\x00" + b"\x01" * 8, "image/gif"),
        ("notes.txt", "Taux de chômage : 7,3 % au deuxième trimestre.\n".encode(), "text/plain"),
        ("page.html", HTML_PAGE, "text/html"),
        ("figures.csv", b"year,rate\n2023,7.1\n2024,7.3\n", "text/csv"),
        ("statement", b"A statement with no file name extension.\n", "text/plain"),
    ],
)
def test_each_accepted_type_is_stored_with_the_type_its_bytes_show(claim, fact_checker, name, data, content_type):
    evidence = attach(claim, fact_checker, name, data)
    assert evidence.content_type == content_type
    assert len(evidence.sha256) == 64
    assert evidence.file.read() == data


def test_a_program_renamed_pdf_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "report.pdf", WINDOWS_PROGRAM) == (
        "“report.pdf” is a Windows program; upload a PDF, PNG, JPEG, WebP, GIF, plain text, HTML or CSV file."
    )


def test_a_web_page_renamed_png_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "chart.png", HTML_PAGE) == (
        "“chart.png” is named like a PNG image but is a web page (HTML)."
    )


def test_a_png_renamed_pdf_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "report.pdf", PNG) == "“report.pdf” is named like a PDF but is a PNG image."


def test_a_shell_script_named_txt_is_refused(claim, fact_checker):
    assert "is a script" in refusal(claim, fact_checker, "notes.txt", b"#!/bin/sh\nrm -rf ~\n")


def test_a_file_over_the_size_cap_is_refused(claim, fact_checker, settings):
    settings.FACTCHECK_MAX_UPLOAD_MB = 1
    oversize = b"a" * (1024 * 1024 + 1)
    assert refusal(claim, fact_checker, "notes.txt", oversize) == "“notes.txt” is larger than 1 MB."


def test_a_file_at_the_size_cap_is_accepted(claim, fact_checker, settings):
    settings.FACTCHECK_MAX_UPLOAD_MB = 1
    assert attach(claim, fact_checker, "notes.txt", b"a" * (1024 * 1024)).content_type == "text/plain"


def test_an_empty_file_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "report.pdf", b"") == "“report.pdf” is empty."


def test_a_zip_archive_is_refused(claim, fact_checker):
    message = refusal(claim, fact_checker, "archive", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40)
    assert message.startswith("“archive” is a ZIP archive or Office document")


def test_an_extension_outside_the_accepted_types_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'></svg>") == (
        "Files of type .svg are not accepted; upload a PDF, PNG, JPEG, WebP, GIF, plain text, HTML or CSV file."
    )


def test_an_unknown_binary_is_refused(claim, fact_checker):
    assert "is a type that is not accepted" in refusal(claim, fact_checker, "blob", bytes(range(256)) * 4)


@pytest.mark.parametrize(
    ("name", "data", "stored_as"),
    [
        ("statement", HTML_PAGE, "statement.html"),
        ("scan", PDF, "scan.pdf"),
        ("figures", b"year,rate\n2023,7.1\n2024,7.3\n", "figures.csv"),
    ],
)
def test_a_file_with_no_extension_is_judged_and_named_by_its_content(claim, fact_checker, name, data, stored_as):
    evidence = attach(claim, fact_checker, name, data)
    assert evidence.file.name.rsplit("/", 1)[-1] == stored_as


def test_a_program_name_hidden_behind_a_trailing_dot_is_refused(claim, fact_checker):
    assert refusal(claim, fact_checker, "evil.exe.", b"Nothing but text.\n").startswith(
        "Files of type .exe are not accepted"
    )


@pytest.mark.parametrize(
    "data",
    [b" \n\t  \r\n", "\u3000\u00a0\n\ufeff".encode(), b" " * (200 * 1024)],
    ids=["ascii", "unicode", "longer-than-the-sniffed-head"],
)
def test_a_file_of_blank_space_is_refused(claim, fact_checker, data):
    assert refusal(claim, fact_checker, "notes.txt", data) == "“notes.txt” holds nothing but blank space."


def test_a_text_whose_words_come_after_a_long_blank_is_accepted(claim, fact_checker):
    assert attach(claim, fact_checker, "notes.txt", b" " * (200 * 1024) + b"A late word.").content_type == "text/plain"
