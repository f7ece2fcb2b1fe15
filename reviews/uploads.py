"""Which evidence files the desk accepts, judged by their bytes rather than their names.

A file's name is only a claim about its content: a program renamed report.pdf, or a web
page renamed photo.png (which a browser might render), must both be refused. So the type
comes from the content, and a name that promises another type is refused as a mismatch.
"""

import codecs
import csv
import hashlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.conf import settings
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
WEBP = "image/webp"
GIF = "image/gif"
PLAIN_TEXT = "text/plain"
HTML = "text/html"
CSV = "text/csv"

TEXT_TYPES = frozenset({PLAIN_TEXT, HTML, CSV})
ACCEPTED = gettext_lazy("PDF, PNG, JPEG, WebP, GIF, plain text, HTML or CSV")

# What each accepted extension promises. Text names accept any text content: a .txt of
# comma-separated lines is still text, and a one-column .csv reads as plain text.
_EXTENSION_TYPES = {
    ".pdf": {PDF},
    ".png": {PNG},
    ".jpg": {JPEG},
    ".jpeg": {JPEG},
    ".webp": {WEBP},
    ".gif": {GIF},
    ".txt": TEXT_TYPES,
    ".text": TEXT_TYPES,
    ".md": TEXT_TYPES,
    ".csv": TEXT_TYPES,
    ".tsv": TEXT_TYPES,
    ".html": TEXT_TYPES,
    ".htm": TEXT_TYPES,
}
# The name a file with no extension is stored under ends with its content's, so that once
# downloaded it opens as what it is, never as what its name leaves open.
_TYPE_EXTENSIONS = {
    PDF: ".pdf",
    PNG: ".png",
    JPEG: ".jpg",
    WEBP: ".webp",
    GIF: ".gif",
    PLAIN_TEXT: ".txt",
    HTML: ".html",
    CSV: ".csv",
}
_TYPE_NAMES = {
    PDF: gettext_lazy("a PDF"),
    PNG: gettext_lazy("a PNG image"),
    JPEG: gettext_lazy("a JPEG image"),
    WEBP: gettext_lazy("a WebP image"),
    GIF: gettext_lazy("a GIF image"),
}

# Signatures of refused files, so the refusal can say what the file is.
_REFUSED_SIGNATURES = (
    (b"MZ", gettext_lazy("a Windows program")),
    (b"\x7fELF", gettext_lazy("a program")),
    (b"\xcf\xfa\xed\xfe", gettext_lazy("a program")),
    (b"\xca\xfe\xba\xbe", gettext_lazy("a program")),
    (b"#!", gettext_lazy("a script")),
    (b"PK\x03\x04", gettext_lazy("a ZIP archive or Office document")),
    (b"\xd0\xcf\x11\xe0", gettext_lazy("an old-style Office document")),
    (b"Rar!", gettext_lazy("a RAR archive")),
    (b"7z\xbc\xaf", gettext_lazy("a 7-Zip archive")),
    (b"\x1f\x8b", gettext_lazy("a gzip archive")),
)
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<script", b"<iframe", b"<svg", b"<meta", b"<?xml")
_SNIFF_BYTES = 64 * 1024


class UploadRefused(ValueError):
    """The file is not accepted; the message is meant for the person uploading it."""


@dataclass(frozen=True)
class CheckedUpload:
    name: str
    content_type: str
    sha256: str
    size: int


def check_upload(file) -> CheckedUpload:
    """Accept an uploaded file (a Django File) or raise UploadRefused saying why."""
    name = PurePosixPath((file.name or "").replace("\\", "/")).name
    size = file.size
    if not size:
        raise UploadRefused(_("“%(name)s” is empty.") % {"name": name})
    limit_mb = settings.FACTCHECK_MAX_UPLOAD_MB
    if size > limit_mb * 1024 * 1024:
        raise UploadRefused(_("“%(name)s” is larger than %(limit)d MB.") % {"name": name, "limit": limit_mb})
    # Windows drops trailing dots and spaces: "evil.exe." is saved as "evil.exe".
    extension = PurePosixPath(name.rstrip(". ")).suffix.lower()
    if extension and extension not in _EXTENSION_TYPES:
        raise UploadRefused(
            _("Files of type %(extension)s are not accepted; upload a %(accepted)s file.")
            % {"extension": extension, "accepted": ACCEPTED}
        )
    file.seek(0)
    head = file.read(_SNIFF_BYTES)
    file.seek(0)
    content_type = detect_content_type(head)
    if content_type is None:
        kind = next((kind for signature, kind in _REFUSED_SIGNATURES if head.startswith(signature)), None)
        what = kind or _("a type that is not accepted")
        raise UploadRefused(
            _("“%(name)s” is %(what)s; upload a %(accepted)s file.")
            % {"name": name, "what": what, "accepted": ACCEPTED}
        )
    if extension and content_type not in _EXTENSION_TYPES[extension]:
        raise UploadRefused(
            _("“%(name)s” is named like %(named)s but is %(actual)s.")
            % {"name": name, "named": _named(extension), "actual": _described(content_type)}
        )
    if content_type in TEXT_TYPES and _blank(file):
        raise UploadRefused(_("“%(name)s” holds nothing but blank space.") % {"name": name})
    if not extension:
        name = name.rstrip(". ") + _TYPE_EXTENSIONS[content_type]
    return CheckedUpload(name=name, content_type=content_type, sha256=_sha256(file), size=size)


def detect_content_type(head: bytes) -> str | None:
    """The accepted type these first bytes belong to, or None."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    text = _as_text(head)
    if text is None or text.startswith("#!"):
        return None
    if _looks_like_markup(text):
        return HTML
    if _looks_like_csv(text):
        return CSV
    return PLAIN_TEXT


def _as_text(head: bytes) -> str | None:
    if head.startswith(codecs.BOM_UTF8):
        head = head[len(codecs.BOM_UTF8) :]
    if b"\x00" in head:
        return None
    control = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f")
    if control > len(head) * 0.01:
        return None
    try:
        # The sniffed head may end in the middle of a character.
        return codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        # Older newsroom files are often Windows-1252; every printable byte is text there.
        return head.decode("cp1252", errors="replace")


def _looks_like_markup(text: str) -> bool:
    # Anywhere near the start, not only first: browsers render markup after leading junk.
    start = text[:1024].lower().encode("utf-8", errors="replace")
    return any(marker in start for marker in _HTML_MARKERS)


def _looks_like_csv(text: str) -> bool:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if len(lines) < 2:
        return False
    try:
        dialect = csv.Sniffer().sniff("\n".join(lines), delimiters=",;\t")
    except csv.Error:
        return False
    widths = {len(row) for row in csv.reader(lines[:-1], dialect)}  # the last line may be cut short
    return len(widths) == 1 and widths.pop() >= 2


def _named(extension: str) -> str:
    types = _EXTENSION_TYPES[extension]
    return _TYPE_NAMES[next(iter(types))] if len(types) == 1 else _("a text file")


def _described(content_type: str) -> str:
    if content_type == HTML:
        return _("a web page (HTML)")
    if content_type in TEXT_TYPES:
        return _("text")
    return _TYPE_NAMES[content_type]


def _blank(file) -> bool:
    """Whether a text file holds only whitespace (Unicode's too), read a chunk at a time."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    try:
        for chunk in file.chunks():
            if decoder.decode(chunk).replace("\ufeff", "").strip():
                return False
        return not decoder.decode(b"", final=True).strip()
    finally:
        file.seek(0)


def _sha256(file) -> str:
    digest = hashlib.sha256()
    for chunk in file.chunks():
        digest.update(chunk)
    file.seek(0)
    return digest.hexdigest()
