"""Writes about documents and their claims: storing, extracting, promoting.

These are the claims layer's steps only; ingest/flow.py runs them in order and adds what the
layers above do with new claims (queueing, assignment, matching).
"""

import hashlib
import logging
from datetime import timedelta
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import readers, roles, workflow
from claims.addresses import url_key
from claims.document_text import (
    MAX_UNFINISHED_RUNS,
    content_hash,
    document_fail,
    gave_up_message,
    intake_too_large,
    intake_too_large_message,
    text_from_page,
    text_from_upload,
    too_long_message,
)
from claims.models import Candidate, Claim, ClaimEvent, Document
from claims.transcript_turns import sentences_in_turns, turns_store
from factcheck.limits import URL_MAX_LENGTH
from sources.selectors import source_for_url, source_named

logger = logging.getLogger(__name__)


def document_store(
    *,
    text: str,
    submitted_by=None,
    title: str = "",
    language: str = "",
    url: str = "",
    byline: str = "",
    published=None,
    outlet: str = "",
    transcript=None,
) -> tuple[Document, bool]:
    """Store a document, or find the one with the same text. Returns (document, created). A `transcript`
    (claims.transcripts.Transcript, whose text is `text`) keeps its turns with it.

    Its publisher is the Source registered for its URL's domain, else the Source named `outlet`:
    the claim's own publisher never counts towards corroboration."""
    if not text.strip():
        raise workflow.Refused([_("the text is empty")])
    if intake_too_large(len(text.encode("utf-8"))):
        raise workflow.Refused([intake_too_large_message()])
    if len(url) > URL_MAX_LENGTH:
        url = ""  # metadata (a page's canonical link) too long to be an address anyone uses
    digest = content_hash(text)
    existing = Document.objects.filter(content_hash=digest).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                title=title[:500],
                text=text,
                language=language,
                url=url,
                byline=byline[:300],
                published=published,
                outlet=outlet[:200],
                publisher=(source_for_url(url) if url else None) or source_named(outlet),
                content_hash=digest,
                submitted_by=submitted_by,
            )
            if transcript is not None:
                turns_store(document, transcript)
    except IntegrityError:
        # Someone submitted the same text at the same moment: theirs is ours.
        return Document.objects.get(content_hash=digest), False
    return document, True


def document_store_file(filename: str, data: bytes, *, submitted_by=None, **given) -> tuple[Document, bool]:
    """Keep an uploaded .txt, .md, .html or .pdf for a worker to read (document_extract). Refused at once
    past the intake cap, empty, or not the type its bytes say; the same bytes twice are one document.
    What the person `given` (url, byline, published, outlet) wins over what the file says about itself."""
    if intake_too_large(len(data)):
        raise workflow.Refused([intake_too_large_message()])
    try:
        readers.check_upload(filename, data)
    except readers.UnreadableInput as error:
        raise workflow.Refused([str(error)]) from error
    key = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(upload_key=key).first()
    if existing:
        return existing, False
    url = given.get("url") or ""
    url = "" if len(url) > URL_MAX_LENGTH else url
    outlet = (given.get("outlet") or "")[:200]
    document = Document(
        url=url,
        byline=(given.get("byline") or "")[:300],
        published=given.get("published"),
        outlet=outlet,
        publisher=(source_for_url(url) if url else None) or source_named(outlet),
        upload_name=filename[:255],
        upload_key=key,
        submitted_by=submitted_by,
    )
    document.upload.save(f"{key}{PurePosixPath(filename).suffix.lower()[:10]}", ContentFile(data), save=False)
    try:
        with transaction.atomic():
            document.save()
    except IntegrityError:
        # The same file uploaded at the same moment: theirs is ours.
        document.upload.delete(save=False)
        return Document.objects.get(upload_key=key), False
    return document, True


def document_store_url(url: str, *, submitted_by=None) -> tuple[Document, bool]:
    """Store a document for a URL; its extraction fetches it (safely) first."""
    url = url.strip()
    if urlsplit(url).scheme not in ("http", "https"):
        raise workflow.Refused([_("only http and https addresses can be fetched")])
    if len(url) > URL_MAX_LENGTH:
        raise workflow.Refused([urltoo_long_message()])
    key = url_key(url)
    existing = Document.objects.filter(Q(url_key=key) | Q(url=url)).order_by("pk").first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            document = Document.objects.create(
                url=url, url_key=key, publisher=source_for_url(url), submitted_by=submitted_by
            )
    except IntegrityError:
        # The same address submitted at the same moment: the unique key let one in, ours is theirs.
        return Document.objects.get(url_key=key), False
    return document, True


def urltoo_long_message() -> str:
    return _("the address is longer than %(limit)d characters") % {"limit": URL_MAX_LENGTH}


class ExtractionRunning(Exception):
    """Another run holds the document's extraction lock, and it may still be alive."""


def _claim_lock(document_id: int, task_id: str) -> bool:
    """Mark the document running under `task_id` unless another live run holds it; True when we hold it.

    The holder is presumed dead once its lock is stale, or at once when it was this same task:
    a task is delivered again under its own id only when its worker was lost before finishing.
    """
    now = timezone.now()
    stale_before = now - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES)
    holder_is_gone = Q(extraction_started_at__lt=stale_before) | Q(extraction_started_at__isnull=True)
    if task_id:
        holder_is_gone |= Q(extraction_task_id=task_id)
    return bool(
        Document.objects.filter(pk=document_id)
        .filter(~Q(extraction_state=Document.ExtractionState.RUNNING) | holder_is_gone)
        .update(
            extraction_state=Document.ExtractionState.RUNNING,
            extraction_started_at=now,
            extraction_task_id=task_id,
            extraction_error="",
            unfinished_runs=F("unfinished_runs") + 1,
        )
    )


def document_extract(
    document_id: int, *, task_id: str = "", claims_created=None, sentences_found=None
) -> tuple[Document | None, list]:
    """Run the extraction pipeline and save its claims and candidates; returns the document (None
    when it failed) and the claims it created.

    Idempotent: a claim is keyed by its span, so running again adds no
    duplicate and keeps the work done on existing claims. Raises ExtractionRunning
    while another run holds the document; `task_id` names this run (see _claim_lock).
    `claims_created(claims)` is called inside the transaction that saves them. Given
    `sentences_found(document, sentences)`, the check-worthy sentences go to it instead of becoming
    tickets (monitoring keeps them as leads), inside the same transaction.
    """
    if not _claim_lock(document_id, task_id):
        raise ExtractionRunning(document_id)
    document = Document.objects.get(pk=document_id)
    if document.unfinished_runs > MAX_UNFINISHED_RUNS:
        return document_fail(document_id, gave_up_message()), []
    if not document.text and (document.upload or document.url):
        try:
            document = text_from_upload(document) if document.upload else text_from_page(document)
        except SoftTimeLimitExceeded:
            return document_fail(document_id, too_long_message()), []
        if document is None:
            return None, []
    # Imported here, not with the module: its patterns take about half a second to compile, and every
    # process that starts Django imports this module (the admin, the receivers) without extracting.
    from claims import extraction

    try:
        result = extraction.extract(document.text, language=document.language or None)
    except SoftTimeLimitExceeded:
        return document_fail(document_id, too_long_message()), []
    except Exception as error:
        # A fault in the text or the extractor: retrying will not help, a person will.
        logger.exception("Extraction of document %s failed", document_id)
        return document_fail(document_id, str(error)), []
    result.claims = sentences_in_turns(document, result.claims)
    result.candidates = sentences_in_turns(document, result.candidates)
    if result.not_scored:
        # Neither French nor English: no model can score it, and a person should know why nothing came out.
        Document.objects.filter(pk=document_id, language="").update(language=result.language)
        return document_fail(document_id, result.not_scored), []
    with transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document_id)
        document.language = document.language or result.language
        document.title = document.title or result.title
        document.byline = document.byline or result.byline
        document.published = document.published or result.published
        existing_spans = set(document.claims.values_list("start", "end"))
        new_claims = []
        ticket_sentences = result.claims
        if sentences_found is not None:
            sentences_found(document, result.claims)
            ticket_sentences = []
        for sentence in ticket_sentences:
            if (sentence.start, sentence.end) in existing_spans:
                continue
            new_claims.append(claim_create(document, sentence, origin="extraction"))
            existing_spans.add((sentence.start, sentence.end))
        document.candidates.all().delete()
        Candidate.objects.bulk_create(
            Candidate(
                document=document,
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                speaker=sentence.speaker,
                said_at_ms=sentence.said_at_ms,
                score=sentence.score,
                reasons=list(sentence.reasons),
            )
            for sentence in result.candidates
            if (sentence.start, sentence.end) not in existing_spans
        )
        document.extraction_state = Document.ExtractionState.DONE
        document.extraction_error = ""
        document.unfinished_runs = 0
        document.save()
        if claims_created is not None:
            claims_created(new_claims)
    return document, new_claims


def claim_create(document: Document, sentence, *, origin: str, actor=None, context=None) -> Claim:
    """The one place a claim ticket is born, from a scored sentence, a candidate or a lead; `context`
    goes on its `created` event (e.g. where else a lead was said)."""
    claim = Claim.objects.create(
        document=document,
        text=sentence.text,
        start=sentence.start,
        end=sentence.end,
        speaker=sentence.speaker,
        said_at_ms=sentence.said_at_ms,
        language=document.language,
        score=sentence.score,
        reasons=list(sentence.reasons),
    )
    workflow.record_event(claim, ClaimEvent.Kind.CREATED, actor=actor, details={"source": origin, **(context or {})})
    return claim


def candidate_promote(candidate: Candidate, *, actor, claims_created=None) -> Claim:
    """Turn a candidate sentence into a claim ticket; `claims_created([claim])` is called inside
    the transaction that saves it."""
    if not roles.is_member(actor):
        raise workflow.NotAllowed([_("only members of the desk can promote a sentence")])
    with transaction.atomic():
        locked = Candidate.objects.select_for_update().select_related("document").filter(pk=candidate.pk).first()
        if locked is None:
            raise workflow.Refused([_("this sentence was already promoted")])
        claim = claim_create(locked.document, locked, actor=actor, origin="promoted")
        locked.delete()
        if claims_created is not None:
            claims_created([claim])
    return claim


def stale_document_ids() -> list[int]:
    """Documents to queue again: never queued (the broker was down), or queued or started so long
    ago that their task must have been lost. A document queued a moment ago is only waiting its turn."""
    now = timezone.now()
    stale_before = now - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES)
    pending_before = now - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES)
    pending = Q(extraction_state=Document.ExtractionState.PENDING)
    return list(
        Document.objects.filter(
            pending & Q(queued_at__isnull=True, updated_at__lt=pending_before)
            | pending & Q(queued_at__lt=stale_before)
            | Q(extraction_state=Document.ExtractionState.RUNNING, extraction_started_at__lt=stale_before)
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def document_queued(document_id: int, *, queued: bool) -> None:
    """Note when a document's extraction was handed to the broker, or that it could not be (None):
    the sweep re-sends only documents never queued, not those waiting their turn."""
    Document.objects.filter(pk=document_id).update(queued_at=timezone.now() if queued else None)


def document_mark_pending(document: Document) -> None:
    """Set a document back to pending for another extraction; existing claims stay."""
    Document.objects.filter(pk=document.pk).exclude(extraction_state=Document.ExtractionState.RUNNING).update(
        extraction_state=Document.ExtractionState.PENDING, updated_at=timezone.now(), unfinished_runs=0
    )


def claim_set_priority(claim: Claim, priority: str, *, actor, version: int | None = None) -> Claim:
    """An editor marks a claim urgent or normal; the audit trail keeps the change."""
    if not roles.can_set_priority(actor):
        raise workflow.NotAllowed([_("only an editor can change a claim's priority")])
    if priority not in Claim.Priority.values:
        raise workflow.Refused([_("unknown priority “%(priority)s”") % {"priority": priority}])
    with transaction.atomic():
        current = workflow.lock_open(claim)
        if current.priority == priority:
            return current
        workflow.bump_version(current, current.version if version is None else version, priority=priority)
        workflow.record_event(
            current, ClaimEvent.Kind.PRIORITY, actor=actor, details={"from": current.priority, "to": priority}
        )
    current.refresh_from_db()
    return current
