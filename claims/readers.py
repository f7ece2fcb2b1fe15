"""Turn an uploaded file or a fetched page into plain text and what is known about it.

Every reader returns one paragraph (or heading, or list item) per line, so the
extraction pipeline sees the same shape whatever the input was.
"""

import codecs
import io
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from email.message import Message
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import pypdf
import trafilatura
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from lxml.html import HtmlElement
from pypdf.errors import PyPdfError

from claims import transcripts
from factcheck.fetch import FetchedPage

SUPPORTED_TYPES = gettext_lazy(".txt, .md, .html, .pdf, .srt or .vtt")
_TEXT_EXTENSIONS = {"", ".txt", ".text"}
_SUBTITLE_EXTENSIONS = {".srt", ".vtt"}
_SUBTITLE_MEDIA_TYPES = {"text/vtt": ".vtt", "application/x-subrip": ".srt", "text/srt": ".srt"}
_MARKDOWN_EXTENSIONS = {".md", ".markdown"}
_HTML_EXTENSIONS = {".html", ".htm"}
_HTML_MEDIA_TYPES = {"text/html", "application/xhtml+xml"}
_UNTYPED_MEDIA_TYPES = {"", "application/octet-stream", "binary/octet-stream"}
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))

# Signatures of binary files people upload by mistake, so the message can name them.
_BINARY_SIGNATURES = (
    (b"\x89PNG", gettext_lazy("a PNG image")),
    (b"\xff\xd8\xff", gettext_lazy("a JPEG image")),
    (b"GIF8", gettext_lazy("a GIF image")),
    (b"PK\x03\x04", gettext_lazy("a Word, OpenDocument or ZIP file; save it as PDF or text first")),
    (b"\xd0\xcf\x11\xe0", gettext_lazy("an old-style Office document; save it as PDF or text first")),
    (b"\x7fELF", gettext_lazy("a program")),
    (b"MZ", gettext_lazy("a program")),
)


@dataclass
class ReadDocument:
    text: str
    title: str = ""
    byline: str = ""
    published: date | None = None
    language: str = ""
    url: str = ""
    # Subtitles or a text of speaker turns: `text` is then its speech, one turn per paragraph.
    transcript: transcripts.Transcript | None = None


class UnreadableInput(ValueError):
    """The input holds no text we can read; the message is meant for the user."""


def check_upload(filename: str, data: bytes) -> None:
    """Refuse at once what read_upload would refuse without reading: an empty file, a file whose
    bytes say it is not what its name says, a type no reader takes. Cheap, so it runs in the request;
    the reading itself runs in a worker."""
    if not data.strip():
        raise UnreadableInput(_("The file is empty."))
    if _is_pdf(data):
        return
    extension = _extension(filename)
    if extension == ".pdf":
        raise UnreadableInput(_("“%(name)s” is named like a PDF but is not one.") % {"name": filename})
    if kind := _binary_kind(data):
        raise UnreadableInput(
            _("“%(name)s” looks like %(kind)s, not text. Upload a %(types)s file.")
            % {"name": filename, "kind": kind, "types": SUPPORTED_TYPES}
        )
    if extension not in _TEXT_EXTENSIONS | _MARKDOWN_EXTENSIONS | _HTML_EXTENSIONS | _SUBTITLE_EXTENSIONS:
        raise UnreadableInput(
            _("Files of type %(extension)s can't be read. Upload a %(types)s file.")
            % {"extension": extension, "types": SUPPORTED_TYPES}
        )


def _extension(filename: str) -> str:
    return PurePosixPath(filename.replace("\\", "/")).suffix.lower()


def read_upload(filename: str, data: bytes) -> ReadDocument:
    """Read an uploaded file, trusting its content first and its name second."""
    check_upload(filename, data)
    if _is_pdf(data):
        return _read_pdf(data)
    extension = _extension(filename)
    if extension in _HTML_EXTENSIONS or _looks_like_html(data):
        return read_html(data)
    if extension in _MARKDOWN_EXTENSIONS:
        return _read_markdown(decode_text(data))
    return _read_plain(decode_text(data), extension)


def read_html(html: bytes | str, url: str = "") -> ReadDocument:
    """The main text of a page, without navigation, cookie notices, footers or teasers."""
    tree = trafilatura.load_html(html)
    if tree is None:
        raise UnreadableInput(_("This page could not be read as HTML."))
    language = _declared_language(tree)  # read first: extraction prunes the tree
    extracted = trafilatura.bare_extraction(tree, url=url or None, with_metadata=True, include_comments=False)
    text = _tidy(extracted.text or "") if extracted else ""
    if not text:
        raise UnreadableInput(_("No readable text was found on this page."))
    text = _headings_without_full_stop(text, extracted.body)
    return ReadDocument(
        text=text,
        title=extracted.title or "",
        byline=extracted.author or "",
        published=_parse_date(extracted.date),
        language=language,
        url=url,
    )


def _headings_without_full_stop(text: str, body) -> str:
    """The page's headings (h1–h6, kept by trafilatura as <head>) without a final full stop, which titles carry in
    neither French nor English typography: the extractor then reads them as headings, never as claims, as it reads
    the headings of a pasted text (the article below a heading states its fact)."""
    if body is None:
        return text
    headings = {" ".join("".join(element.itertext()).split()) for element in body.iter("head")}
    stopped = {heading for heading in headings if heading.endswith(".") and not heading.endswith("..")}
    if not stopped:
        return text
    return "\n".join(line.rstrip(".") if " ".join(line.split()) in stopped else line for line in text.split("\n"))


def read_fetched(page: FetchedPage) -> ReadDocument:
    """Read a fetched page according to the type the server declared, or its content when it declared none."""
    if not page.body.strip():
        raise UnreadableInput(_("The page is empty."))
    media_type, charset = _parse_content_type(page.content_type)
    if media_type in _HTML_MEDIA_TYPES:
        document = read_html(decode_text(page.body, charset) if charset else page.body, url=page.final_url)
    elif media_type == "application/pdf":
        document = _read_pdf(page.body)
    elif media_type == "text/plain" or media_type in _SUBTITLE_MEDIA_TYPES:
        extension = _SUBTITLE_MEDIA_TYPES.get(media_type) or _extension(urlsplit(page.final_url).path)
        document = _read_plain(decode_text(page.body, charset), extension)
    elif media_type == "text/markdown":
        document = _read_markdown(decode_text(page.body, charset))
    elif media_type in _UNTYPED_MEDIA_TYPES:
        document = _read_untyped_page(page)
    else:
        raise UnreadableInput(
            _("Pages of type %(type)s can't be read; only web pages, text and PDF can.") % {"type": media_type}
        )
    document.url = page.final_url
    return document


def _read_untyped_page(page: FetchedPage) -> ReadDocument:
    # A URL's path says little about its content ("/story", "/view.php"), so only the bytes decide.
    if _is_pdf(page.body):
        return _read_pdf(page.body)
    if kind := _binary_kind(page.body):
        raise UnreadableInput(_("The page looks like %(kind)s, not text.") % {"kind": kind})
    if _looks_like_html(page.body):
        return read_html(page.body, url=page.final_url)
    return _read_plain(decode_text(page.body), _extension(urlsplit(page.final_url).path))


def decode_text(data: bytes, declared_charset: str | None = None) -> str:
    """Bytes to text: a byte-order mark, then the declared charset, then UTF-8, then Windows-1252."""
    for bom, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    candidates = [declared_charset] if declared_charset and _is_known_codec(declared_charset) else []
    for encoding in [*candidates, "utf-8", "cp1252"]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")  # every byte is a character here, so this cannot fail


def _read_plain(text: str, extension: str = "") -> ReadDocument:
    """A text, or the transcript it is (subtitles by name or header; speaker turns by shape)."""
    text = _tidy(text)
    if not text:
        raise UnreadableInput(_("The file holds no text."))
    try:
        transcript = transcripts.read_transcript(extension, text)
    except transcripts.TranscriptUnreadable as error:
        raise UnreadableInput(str(error)) from error
    if transcript is None:
        return ReadDocument(text=text)
    return ReadDocument(text=transcript.text, transcript=transcript)


_FENCE = re.compile(r"^\s*(```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT_UNDERLINE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+")
_BLOCK_MARKER = re.compile(r"^\s*(>\s?)+|^\s*([-*+]|\d{1,9}[.)])\s+")
# Each rule runs in linear time: what sits between a pair of markers cannot hold the opening marker, so a scan from
# one opener stops at the next instead of reading to the end of the text for each of 20,000 unclosed "**".
_INLINE_RULES = (
    (re.compile(r"!\[([^\][]*)\]\([^()]*\)"), r"\1"),  # image: keep its alt text
    (re.compile(r"\[([^\][]+)\]\([^()]*\)"), r"\1"),  # link: keep its text
    (re.compile(r"\[([^\][]+)\]\[[^\][]*\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|mailto):[^<>\s]+)>"), r"\1"),  # autolink
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"\*\*(?=\S)((?:[^*]|\*(?!\*))+?)(?<=\S)\*\*"), r"\1"),
    (re.compile(r"__(?=\S)((?:[^_]|_(?!_))+?)(?<=\S)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"~~((?:[^~]|~(?!~))+?)~~"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|])"), r"\1"),  # backslash escapes
)


def _read_markdown(source: str) -> ReadDocument:
    """Markdown as prose: headings and list items on their own lines, soft-wrapped lines joined."""
    blocks: list[str] = []
    paragraph: list[str] = []
    title = ""
    in_code = False

    def end_paragraph() -> None:
        if paragraph:
            blocks.append(" ".join(paragraph))
            paragraph.clear()

    for line in source.splitlines():
        if _FENCE.match(line):
            end_paragraph()
            in_code = not in_code
        elif in_code:
            blocks.append(line.strip())
        elif not line.strip() or _LINK_DEFINITION.match(line):
            end_paragraph()
        elif heading := _ATX_HEADING.match(line):
            end_paragraph()
            blocks.append(heading.group(2))
            if heading.group(1) == "#" and not title:
                title = _strip_inline(heading.group(2))
        elif paragraph and _SETEXT_UNDERLINE.match(line):
            end_paragraph()  # the paragraph just ended was a heading; it already has its own line
        elif _THEMATIC_BREAK.match(line):
            end_paragraph()
        elif _BLOCK_MARKER.match(line):
            end_paragraph()
            paragraph.append(_BLOCK_MARKER.sub("", line, count=1).strip())
        else:
            paragraph.append(line.strip())
    end_paragraph()

    text = _tidy("\n".join(_strip_inline(block) for block in blocks if block.strip()))
    if not text:
        raise UnreadableInput(_("The file holds no text."))
    return ReadDocument(text=text, title=title)


def _strip_inline(text: str) -> str:
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    return text


# Reading a PDF's text costs time in proportion to its page content streams once inflated, not to the file's size:
# a 31 KB file can inflate to 10 MB of text operators. A file may inflate this many times, with a floor for small
# files, before it is refused; ordinary text PDFs inflate two to six times.
PDF_MAX_INFLATION = 20
PDF_MIN_CONTENT_BYTES = 1024 * 1024


def _read_pdf(data: bytes) -> ReadDocument:
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        locked = reader.is_encrypted and not reader.decrypt("")  # many PDFs are "encrypted" with no password
        if not locked:
            _check_pdf_content_size(reader, len(data))
            text = _tidy("\n".join(page.extract_text() or "" for page in reader.pages))
            metadata = reader.metadata
    except UnreadableInput:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError) as error:
        # RecursionError: arrays nested thousands deep in a content stream.
        raise UnreadableInput(_("This PDF could not be read; it may be damaged.")) from error
    if locked:
        raise UnreadableInput(_("This PDF is protected by a password. Upload an unprotected copy."))
    if not text:
        raise UnreadableInput(
            _("This PDF has no text layer (it is probably a scan). Run it through OCR, or paste its text instead.")
        )
    # The PDF's creation date is when the file was made, not when it was published, so it is not used.
    return ReadDocument(
        text=text,
        title=_tidy(metadata.title or "") if metadata else "",
        byline=_tidy(metadata.author or "") if metadata else "",
    )


def _check_pdf_content_size(reader: pypdf.PdfReader, file_size: int) -> None:
    budget = max(PDF_MIN_CONTENT_BYTES, PDF_MAX_INFLATION * file_size)
    inflated = 0
    for page in reader.pages:
        contents = page.get_contents()
        inflated += len(contents.get_data()) if contents is not None else 0
        if inflated > budget:
            raise UnreadableInput(
                _("This PDF's pages hold far more drawing instructions than its size suggests; it cannot be read.")
            )


def _is_pdf(data: bytes) -> bool:
    # Readers accept the signature anywhere in the first kilobyte, and so do we.
    return b"%PDF-" in data[:1024]


def _binary_kind(data: bytes) -> str:
    """What kind of non-text file this is, or "" if it reads as text."""
    if data.startswith(b"{\\rtf"):
        return "an RTF document; save it as PDF or text first"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return ""
    head = data[:8192]
    control = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    if b"\x00" not in head and control <= len(head) * 0.05:
        return ""
    # Only named once the bytes prove binary: a text may well begin with "MZ" or "GIF8".
    return next((kind for signature, kind in _BINARY_SIGNATURES if data.startswith(signature)), "a binary file")


def _looks_like_html(data: bytes) -> bool:
    start = data.lstrip(codecs.BOM_UTF8 + b" \t\r\n")[:64].lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _declared_language(tree: HtmlElement) -> str:
    """The page's own language tag, reduced to its primary subtag ("fr-FR" -> "fr")."""
    candidates = [tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")]
    for meta in tree.iter("meta"):
        if (meta.get("http-equiv") or "").lower() == "content-language" or meta.get("property") == "og:locale":
            candidates.append(meta.get("content"))
    for candidate in candidates:
        primary = re.split(r"[-_,\s]", (candidate or "").strip(), maxsplit=1)[0].lower()
        if re.fullmatch(r"[a-z]{2,3}", primary):
            return primary
    return ""


def _parse_content_type(header: str) -> tuple[str, str | None]:
    if not header.strip():
        return "", None
    message = Message()
    message["Content-Type"] = header
    charset = message.get_param("charset")
    return message.get_content_type(), charset if isinstance(charset, str) else None


def _is_known_codec(name: str) -> bool:
    try:
        codecs.lookup(name)
    except LookupError:
        return False
    return True


def _parse_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _tidy(text: str) -> str:
    """One form for every reader's output: NFC, \\n line ends, no NUL, no trailing spaces, at most one blank line."""
    # A NUL past the binary sniff's first 8 KB would reach the database, which refuses it in text (PostgreSQL).
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # Line by line: a regex for "spaces before a line end" would re-read a long run of spaces from each of them.
    text = "\n".join(line.rstrip(" \t\u00a0") for line in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()
