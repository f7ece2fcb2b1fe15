"""How a document gets its text in the worker: its page fetched, or its uploaded file read.

Both run inside the extraction task, under its time limits, never in a web request; a document
that cannot be read, or whose reading runs out of time, fails with the reason in words."""

import hashlib

from django.conf import settings
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from claims import readers
from claims.models import Document
from claims.transcript_turns import turns_store
from factcheck import fetch
from factcheck.limits import URL_MAX_LENGTH
from sources.selectors import source_for_url


def intake_too_large_message() -> str:
    return _("The article is larger than %(limit)s, the most the desk takes in at once.") % {
        "limit": filesizeformat(settings.FACTCHECK_INTAKE_MAX_BYTES)
    }


def intake_too_large(size_in_bytes: int) -> bool:
    """Whether an article, or the text read from it, passes FACTCHECK_INTAKE_MAX_BYTES: every way in checks it."""
    return size_in_bytes > settings.FACTCHECK_INTAKE_MAX_BYTES


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


def text_from_page(document: Document) -> Document | None:
    """Fill a URL document's text from the page; None when the page cannot be had."""
    try:
        page = fetch.fetch(document.url, max_bytes=settings.FACTCHECK_INTAKE_MAX_BYTES)
        read = readers.read_fetched(page)
    except fetch.FetchFailed as error:
        if error.transient:
            # Back to pending: the task retries, and the sweep catches it if retries run out.
            Document.objects.filter(pk=document.pk).update(
                extraction_state=Document.ExtractionState.PENDING, unfinished_runs=0
            )
            raise
        return document_fail(document.pk, str(error))
    except (fetch.FetchRefused, readers.UnreadableInput) as error:
        return document_fail(document.pk, str(error))
    return _keep_text(document, read, _("this page's text is already document %(id)d"))


def text_from_upload(document: Document) -> Document | None:
    """Fill an uploaded document's text from its file; None when the file cannot be read."""
    try:
        with document.upload.open("rb") as handle:
            data = handle.read(settings.FACTCHECK_INTAKE_MAX_BYTES + 1)
        read = readers.read_upload(document.upload_name, data)
    except readers.UnreadableInput as error:
        return document_fail(document.pk, str(error))
    return _keep_text(document, read, _("this file's text is already document %(id)d"))


def _keep_text(document: Document, read, twin_message: str) -> Document | None:
    """Store the text read for a document, with what it says about itself where the person said nothing."""
    if intake_too_large(len(read.text.encode("utf-8"))):
        return document_fail(document.pk, intake_too_large_message())
    digest = content_hash(read.text)
    twin = Document.objects.filter(content_hash=digest).exclude(pk=document.pk).first()
    if twin:
        return document_fail(document.pk, twin_message % {"id": twin.pk})
    document.text = read.text
    document.content_hash = digest
    document.title = document.title or read.title[:500]
    document.byline = document.byline or read.byline[:300]
    document.published = document.published or read.published
    document.language = document.language or read.language
    fields = ["text", "content_hash", "title", "byline", "published", "language", "updated_at"]
    if document.upload and not document.url and read.url and len(read.url) <= URL_MAX_LENGTH:
        # A file names the page it was saved from: its address, and so its publisher, unless the person gave one.
        document.url = read.url
        document.publisher = document.publisher or source_for_url(read.url)
        fields += ["url", "publisher"]
    with transaction.atomic():
        document.save(update_fields=fields)
        if read.transcript is not None:
            turns_store(document, read.transcript)
    return document


def too_long_message() -> str:
    # Said in words: a person reads it on the document, and running the same text again would take as long.
    return _(
        "Reading this document took longer than the %(seconds)d seconds allowed, so it was stopped. "
        "Split it into shorter documents, or paste its text."
    ) % {"seconds": settings.CELERY_TASK_SOFT_TIME_LIMIT}


def document_fail(document_id: int, error: str) -> None:
    Document.objects.filter(pk=document_id).update(
        extraction_state=Document.ExtractionState.FAILED, extraction_error=error[:2000], unfinished_runs=0
    )
    return None


# Runs of one document cut short by their worker's death (the task's hard time limit, memory) before it
# fails for good: a file or page that kills every worker reading it is not sent again and again.
MAX_UNFINISHED_RUNS = 3


def gave_up_message() -> str:
    return _(
        "Reading this document was cut short %(count)d times (its worker ran out of time or memory, or "
        "stopped), so it was given up. Split it into shorter documents, or paste its text."
    ) % {"count": MAX_UNFINISHED_RUNS}
