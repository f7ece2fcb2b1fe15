"""Stored files sent back as downloads, never shown inline.

A file's bytes are whatever someone uploaded or some site sent, so the browser is told
to save it, not to guess its type, and to run nothing in it. The web pages and the API
both answer through here.
"""

from pathlib import PurePosixPath

from django.http import FileResponse, Http404

from reviews.models import ArchivedPage, Evidence


def attachment(stored_file, content_type: str) -> FileResponse:
    response = FileResponse(
        stored_file.open("rb"),
        as_attachment=True,
        filename=PurePosixPath(stored_file.name).name,
        content_type=content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def evidence_file(evidence: Evidence) -> FileResponse:
    """The evidence's uploaded file, with the type found in its bytes; Http404 when it has none.

    The caller has checked that the person asking may see the evidence's claim."""
    if not evidence.file:
        raise Http404
    return attachment(evidence.file, evidence.content_type)


def archived_page_body(evidence: Evidence) -> FileResponse:
    """The page as fetched when the evidence was archived; Http404 until it is."""
    archive = ArchivedPage.objects.filter(evidence=evidence, state=ArchivedPage.State.DONE).first()
    if archive is None or not archive.body:
        raise Http404
    return attachment(archive.body, archive.content_type.split(";", 1)[0])
