import codecs
from datetime import UTC, date, datetime

import pytest

from claims.readers import ReadDocument, UnreadableInput, read_fetched, read_html, read_upload
from factcheck.fetch import FetchedPage, fetch

from .conftest import Reply
from .sample_documents import ENGLISH_ARTICLE_HTML, FRENCH_ARTICLE_HTML, MARKDOWN, PLAIN_TEXT, minimal_pdf

CLUTTER = ("cookie", "Accueil", "Home", "Read more", "lire aussi", "Copyright", "Mentions légales", "Ten trains")


def _page(body: bytes, content_type: str, url: str = "https://news.example/story") -> FetchedPage:
    return FetchedPage(url, url, 200, content_type, body, "0" * 64, datetime.now(UTC))


def _assert_no_clutter(text: str) -> None:
    for word in CLUTTER:
        assert word.lower() not in text.lower(), f"{word!r} should have been left out"


# HTML


def test_it_reads_the_main_text_and_metadata_of_an_english_article():
    document = read_html(ENGLISH_ARTICLE_HTML, url="https://courier.example/rail")

    assert document.title == "Rail ridership climbs 12 percent"
    assert document.byline == "Dana Whitfield"
    assert document.published == date(2024, 5, 14)
    assert document.language == "en"
    assert document.url == "https://courier.example/rail"
    assert "Regional rail carried 48 million passengers last year" in document.text
    _assert_no_clutter(document.text)


def test_it_keeps_paragraphs_on_their_own_lines_and_joins_wrapped_lines():
    lines = read_html(ENGLISH_ARTICLE_HTML).text.splitlines()

    assert lines[1] == (
        "Regional rail carried 48 million passengers last year, a rise of 12 percent, the transport "
        "authority said on Tuesday. Officials credited cheaper weekend fares and two reopened lines."
    )
    assert lines[3].startswith("A further 300 million pounds")


def test_it_reads_a_french_article_and_its_language():
    document = read_html(FRENCH_ARTICLE_HTML.encode("utf-8"))

    assert document.title == "Le prix du pain augmente de 8 % en un an"
    assert document.byline == "Camille Roussel"
    assert document.published == date(2023, 11, 2)
    assert document.language == "fr"
    assert "« Nous ne pouvons plus absorber ces coûts », a déclaré le président" in document.text
    _assert_no_clutter(document.text)


def test_it_honours_the_charset_a_page_declares_in_its_markup():
    html = '<html lang="fr-FR"><head><meta charset="iso-8859-15"></head><body><p>Un été à 40 €.</p></body></html>'
    document = read_html(html.encode("iso-8859-15"))
    assert document.text == "Un été à 40 €."
    assert document.language == "fr"


def test_a_page_without_text_is_unreadable():
    with pytest.raises(UnreadableInput, match="No readable text"):
        read_html("<html><body><img src='a.png'></body></html>")


# Uploads


def test_it_reads_an_uploaded_plain_text_file():
    document = read_upload("budget.txt", PLAIN_TEXT.encode())
    assert document == ReadDocument(text=PLAIN_TEXT.strip())


@pytest.mark.parametrize(
    "encoded",
    [
        "Le défi de l'été : 3 % de plus.".encode(),
        "Le défi de l'été : 3 % de plus.".encode("utf-8-sig"),
        "Le défi de l'été : 3 % de plus.".encode("cp1252"),
        codecs.BOM_UTF16_LE + "Le défi de l'été : 3 % de plus.".encode("utf-16-le"),
    ],
    ids=["utf-8", "utf-8 with BOM", "windows-1252", "utf-16 with BOM"],
)
def test_it_decodes_text_in_the_usual_encodings(encoded):
    assert read_upload("note.txt", encoded).text == "Le défi de l'été : 3 % de plus."


def test_it_normalises_windows_line_ends():
    assert read_upload("note.txt", b"First line.\r\nSecond line.\r\n").text == "First line.\nSecond line."


def test_it_reads_markdown_as_prose():
    document = read_upload("report.md", MARKDOWN.encode())

    assert document.title == "Water quality report"
    assert document.text.splitlines() == [
        "Water quality report",
        "The river met bathing standards on 41 of 45 test days, according to the regional agency "
        "and its weekly bulletin.",
        "Method",
        "Samples were taken at three sites.",
        "Results were checked by an outside lab.",
        "The lab said the figures were reliable.",
        "Chart of results",
    ]


def test_markdown_keeps_underscores_inside_words_and_drops_link_definitions():
    source = b"See the snake_case_name in [the spec][1].\n\n[1]: https://spec.example/\n"
    assert read_upload("n.md", source).text == "See the snake_case_name in the spec."


def test_it_reads_an_uploaded_html_file():
    document = read_upload("saved-page.htm", ENGLISH_ARTICLE_HTML.encode())
    assert document.title == "Rail ridership climbs 12 percent"
    _assert_no_clutter(document.text)


def test_it_recognises_html_by_its_content_whatever_the_name():
    document = read_upload("article.txt", FRENCH_ARTICLE_HTML.encode())
    assert document.title == "Le prix du pain augmente de 8 % en un an"
    assert "<p>" not in document.text


def test_it_reads_the_text_layer_of_an_uploaded_pdf():
    data = minimal_pdf(["Le chômage a baissé de 0,3 point (selon l'Insee).", "Second paragraph."])
    document = read_upload("rapport.pdf", data)
    assert document.text == "Le chômage a baissé de 0,3 point (selon l'Insee).\nSecond paragraph."


def test_it_recognises_a_pdf_by_its_content_whatever_the_name():
    assert read_upload("download", minimal_pdf(["Hello from a PDF."])).text == "Hello from a PDF."


def test_a_pdf_without_a_text_layer_is_unreadable():
    with pytest.raises(UnreadableInput, match="This PDF has no text layer"):
        read_upload("scan.pdf", minimal_pdf([]))


def test_a_damaged_pdf_is_unreadable():
    with pytest.raises(UnreadableInput, match="could not be read"):
        read_upload("broken.pdf", b"%PDF-1.4\nthis is not really a PDF\n")


def test_a_file_named_pdf_that_is_not_one_is_refused():
    with pytest.raises(UnreadableInput, match="named like a PDF but is not one"):
        read_upload("report.pdf", b"Just some text.")


@pytest.mark.parametrize(
    ("filename", "data", "message"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "looks like a PNG image"),
        ("notes.txt", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00", "looks like a program"),
        ("notes.txt", bytes(range(256)) * 4, "looks like a binary file"),
        ("letter.docx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "save it as PDF or text first"),
    ],
)
def test_it_refuses_binary_files(filename, data, message):
    with pytest.raises(UnreadableInput, match=message):
        read_upload(filename, data)


def test_a_nul_past_the_binary_sniff_never_reaches_the_text():
    # The database refuses NUL in text (PostgreSQL): a file that passed the sniff must not carry one to a save.
    text = "Unemployment fell to 5% in May, the minister said. " * 200 + "Prices rose\x00 by 3% in June."
    assert "\x00" not in read_upload("notes.txt", text.encode()).text
    assert "\x00" not in read_upload("notes.md", text.encode()).text


def test_a_text_that_happens_to_begin_like_a_program_is_still_text():
    assert read_upload("n.txt", b"MZ Holdings reported a loss.").text == "MZ Holdings reported a loss."


def test_it_refuses_an_unsupported_file_type_with_the_supported_ones_named():
    with pytest.raises(
        UnreadableInput, match=r"type \.csv can't be read. Upload a \.txt, \.md, \.html, \.pdf, \.srt or \.vtt"
    ):
        read_upload("figures.csv", b"year,rate\n2024,3.5\n")


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n "])
def test_an_empty_file_is_refused(data):
    with pytest.raises(UnreadableInput, match="empty"):
        read_upload("empty.txt", data)


# Fetched pages


def test_it_reads_a_fetched_html_page_using_the_declared_charset():
    page = _page(
        FRENCH_ARTICLE_HTML.replace('<meta charset="utf-8">', "").encode("cp1252"), "text/html; charset=windows-1252"
    )
    document = read_fetched(page)
    assert "La baguette coûte en moyenne 1,15 euro" in document.text
    assert document.url == "https://news.example/story"


def test_it_reads_fetched_plain_text():
    document = read_fetched(_page("Prix : 1,15 €".encode("iso-8859-15"), "text/plain; charset=ISO-8859-15"))
    assert document.text == "Prix : 1,15 €"


def test_it_reads_a_fetched_pdf():
    document = read_fetched(_page(minimal_pdf(["A fetched PDF."]), "application/pdf"))
    assert document.text == "A fetched PDF."
    assert document.url == "https://news.example/story"


def test_it_sniffs_a_fetched_page_served_without_a_useful_type():
    assert read_fetched(_page(minimal_pdf(["Untyped PDF."]), "application/octet-stream")).text == "Untyped PDF."


def test_it_refuses_a_fetched_image():
    with pytest.raises(UnreadableInput, match="image/png can't be read"):
        read_fetched(_page(b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"))


def test_an_empty_fetched_page_is_unreadable():
    with pytest.raises(UnreadableInput, match="empty"):
        read_fetched(_page(b"", "text/html"))


def test_it_fetches_and_reads_an_article_from_the_local_test_server(local_server):
    local_server.routes["/2024/rail"] = Reply(
        body=ENGLISH_ARTICLE_HTML.encode(), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    local_server.routes["/short"] = Reply(302, headers={"Location": "/2024/rail"})

    document = read_fetched(fetch(local_server.url("/short"), max_bytes=5 * 1024 * 1024))

    assert document.url == local_server.url("/2024/rail")
    assert document.title == "Rail ridership climbs 12 percent"
    assert document.published == date(2024, 5, 14)
    assert "punctuality fell to 86 percent" in document.text
    _assert_no_clutter(document.text)


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/plain; charset=utf-8", PLAIN_TEXT.encode(), PLAIN_TEXT.strip()),
        ("application/pdf", minimal_pdf(["Served over HTTP."]), "Served over HTTP."),
    ],
    ids=["plain text", "pdf"],
)
def test_it_fetches_and_reads_other_types_from_the_local_test_server(local_server, content_type, body, expected):
    local_server.routes["/doc"] = Reply(body=body, headers={"Content-Type": content_type})
    assert read_fetched(fetch(local_server.url("/doc"), max_bytes=10 * 1024 * 1024)).text == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (b"<!doctype html><html><body><article><p>Served untyped.</p></article></body></html>", "Served untyped."),
        (b"Just words, served untyped.", "Just words, served untyped."),
    ],
    ids=["html", "plain text"],
)
def test_it_reads_an_untyped_fetched_page_by_its_content(body, expected):
    assert read_fetched(_page(body, "", url="https://x.example/view.php")).text == expected


def test_it_refuses_an_untyped_fetched_page_that_is_binary():
    with pytest.raises(UnreadableInput, match="looks like a JPEG image"):
        read_fetched(_page(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "application/octet-stream"))
