"""Keeping a copy of each web page cited as evidence, so the evidence outlives the page."""

import logging
import mimetypes

from celery.exceptions import Retry
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import readers, roles, workflow
from factcheck import fetch
from factcheck.celery import runs_in_process
from reviews.models import ArchivedPage, Evidence

logger = logging.getLogger(__name__)


def enqueue_archive(evidence_id: int) -> None:
    """Queue archiving, or without a broker archive now.

    If the broker is unreachable the archive stays pending until someone tries again; if
    archiving in-process fails, the archive is marked failed with the reason."""
    from reviews.tasks import archive_evidence

    try:
        archive_evidence.delay(evidence_id)
    except Exception as error:
        if not runs_in_process():
            logger.warning(
                "Could not queue archiving of evidence %s (broker unreachable); it stays pending until someone "
                "tries again",
                evidence_id,
                exc_info=True,
            )
            return
        logger.exception("Archiving evidence %s failed", evidence_id)
        cause = error.exc if isinstance(error, Retry) and error.exc else error
        ArchivedPage.objects.filter(evidence_id=evidence_id).exclude(state=ArchivedPage.State.DONE).update(
            state=ArchivedPage.State.FAILED, error=str(cause)[:2000], updated_at=timezone.now()
        )


def evidence_archive(evidence_id: int, *, final_attempt: bool = True) -> ArchivedPage | None:
    """Fetch and keep the page of a URL evidence, safely (see factcheck.fetch).

    Idempotent: an archived page is not fetched again. A transient failure is raised for
    the task to retry, unless this is the final attempt; every other failure is recorded
    on the archive with its reason, and the evidence itself stays.
    """
    archive = ArchivedPage.objects.select_related("evidence").filter(evidence_id=evidence_id).first()
    if archive is None or archive.state == ArchivedPage.State.DONE:
        return archive
    ArchivedPage.objects.filter(pk=archive.pk).update(attempts=F("attempts") + 1, updated_at=timezone.now())
    try:
        page = fetch.fetch(archive.evidence.url, max_bytes=settings.FACTCHECK_ARCHIVE_MAX_BYTES)
    except fetch.FetchRefused as refusal:
        return _archive_failed(archive, str(refusal))
    except fetch.FetchFailed as failure:
        if failure.transient and not final_attempt:
            ArchivedPage.objects.filter(pk=archive.pk).update(error=_("will try again: %s") % failure)
            raise
        return _archive_failed(archive, str(failure))
    try:
        read = readers.read_fetched(page)
    except readers.UnreadableInput as unreadable:
        # The copy is kept even when no text can be drawn from it (an image, a PDF scan).
        read, note = None, str(unreadable)
    else:
        note = ""
    with transaction.atomic():
        archive = ArchivedPage.objects.select_for_update().get(pk=archive.pk)
        if archive.state == ArchivedPage.State.DONE:
            return archive  # a concurrent run finished first
        media_type = page.content_type.split(";", 1)[0].strip().lower()
        extension = mimetypes.guess_extension(media_type) or ".bin"
        archive.body.save(f"{page.sha256}{extension}", ContentFile(page.body), save=False)
        archive.state = ArchivedPage.State.DONE
        archive.error = note
        archive.final_url = page.final_url[:2000]
        archive.status = page.status
        archive.content_type = page.content_type[:200]
        archive.sha256 = page.sha256
        archive.fetched_at = page.fetched_at
        archive.title = read.title[:500] if read else ""
        archive.text = read.text if read else ""
        archive.published = read.published if read else None
        archive.save()
    return archive


def _archive_failed(archive: ArchivedPage, reason: str) -> ArchivedPage:
    ArchivedPage.objects.filter(pk=archive.pk).exclude(state=ArchivedPage.State.DONE).update(
        state=ArchivedPage.State.FAILED, error=reason[:2000], updated_at=timezone.now()
    )
    archive.refresh_from_db()
    return archive


def evidence_archive_retry(evidence: Evidence, *, actor) -> ArchivedPage:
    """Try again to archive a URL evidence's page whose archiving failed (or never ran)."""
    if not roles.can_work_on_claim(actor, evidence.claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can archive its evidence")])
    if evidence.kind != Evidence.Kind.URL:
        raise workflow.Refused([_("only web pages are archived")])
    with transaction.atomic():
        archive, _created = ArchivedPage.objects.select_for_update().get_or_create(evidence=evidence)
        if archive.state == ArchivedPage.State.DONE:
            raise workflow.Refused([_("this page is already archived")])
        ArchivedPage.objects.filter(pk=archive.pk).update(
            state=ArchivedPage.State.PENDING, error="", updated_at=timezone.now()
        )
        transaction.on_commit(lambda: enqueue_archive(evidence.pk))
    archive.refresh_from_db()
    return archive
