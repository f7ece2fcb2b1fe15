"""Writes about documents and their claims: storing, extracting, promoting.

These are the claims layer's steps only; ingest/flow.py runs them in order and adds what the
layers above do with new claims (queueing, assignment, matching).
"""

import hashlib
import logging
from datetime import timedelta
from urllib.parse import urlsplit

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import extraction, readers, roles, workflow
from claims.addresses import url_key
from claims.models import Candidate, Claim, ClaimEvent, Document
from factcheck import fetch
from factcheck.limits import URL_MAX_LENGTH
from sources.selectors import source_for_url, source_named

logger = logging.getLogger(__name__)


def intake_too_large_message() -> str:
    return _("The article is larger than %(limit)s, the most the desk takes in at once.") % {
        "limit": filesizeformat(settings.FACTCHECK_INTAKE_MAX_BYTES)
    }


def intake_too_large(size_in_bytes: int) -> bool:
    """Whether an article, or the text read from it, passes FACTCHECK_INTAKE_MAX_BYTES: every way in checks it."""
    return size_in_bytes > settings.FACTCHECK_INTAKE_MAX_BYTES


def content_hash(text: str) -> str:
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()


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
) -> tuple[Document, bool]:
    """Store a document, or find the one with the same text. Returns (document, created).

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
    except IntegrityError:
        # Someone submitted the same text at the same moment: theirs is ours.
        return Document.objects.get(content_hash=digest), False
    return document, True


def document_store_file(filename: str, data: bytes, *, submitted_by=None, **given) -> tuple[Document, bool]:
    """Read an uploaded .txt, .md, .html or .pdf and store its text (refused past the intake cap, read or not).
    What the person `given` (url, byline, published, outlet) wins over what the file says about itself."""
    if intake_too_large(len(data)):
        raise workflow.Refused([intake_too_large_message()])
    try:
        read = readers.read_upload(filename, data)
    except readers.UnreadableInput as error:
        raise workflow.Refused([str(error)]) from error
    found = {"url": read.url, "byline": read.byline, "published": read.published}
    metadata = {**found, **{name: value for name, value in given.items() if value}}
    return document_store(
        text=read.text, submitted_by=submitted_by, title=read.title, language=read.language, **metadata
    )


def document_store_url(url: str, *, submitted_by=None) -> tuple[Document, bool]:
    """Store a document for a URL; its extraction fetches it (safely) first."""
    url = url.strip()
    if urlsplit(url).scheme not in ("http", "https"):
        raise workflow.Refused([_("only http and https addresses can be fetched")])
    if len(url) > URL_MAX_LENGTH:
        raise workflow.Refused([url_too_long_message()])
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


def url_too_long_message() -> str:
    return _("the address is longer than %(limit)d characters") % {"limit": URL_MAX_LENGTH}


def _fetch_text(document: Document) -> Document | None:
    """Fill a URL document's text from the page; None when the page cannot be had."""
    try:
        page = fetch.fetch(document.url, max_bytes=settings.FACTCHECK_INTAKE_MAX_BYTES)
        read = readers.read_fetched(page)
    except fetch.FetchFailed as error:
        if error.transient:
            # Back to pending: the task retries, and the sweep catches it if retries run out.
            Document.objects.filter(pk=document.pk).update(extraction_state=Document.ExtractionState.PENDING)
            raise
        return _fail(document.pk, str(error))
    except (fetch.FetchRefused, readers.UnreadableInput) as error:
        return _fail(document.pk, str(error))
    if intake_too_large(len(read.text.encode("utf-8"))):
        return _fail(document.pk, intake_too_large_message())
    digest = content_hash(read.text)
    twin = Document.objects.filter(content_hash=digest).exclude(pk=document.pk).first()
    if twin:
        return _fail(document.pk, _("this page's text is already document %(id)d") % {"id": twin.pk})
    document.text = read.text
    document.content_hash = digest
    document.title = document.title or read.title[:500]
    document.byline = document.byline or read.byline[:300]
    document.published = document.published or read.published
    document.language = document.language or read.language
    document.save(update_fields=["text", "content_hash", "title", "byline", "published", "language", "updated_at"])
    return document


def _too_long_message() -> str:
    # Said in words: a person reads it on the document, and running the same text again would take as long.
    return _(
        "Reading this document took longer than the %(seconds)d seconds allowed, so it was stopped. "
        "Split it into shorter documents, or paste its text."
    ) % {"seconds": settings.CELERY_TASK_SOFT_TIME_LIMIT}


def _fail(document_id: int, error: str) -> None:
    Document.objects.filter(pk=document_id).update(
        extraction_state=Document.ExtractionState.FAILED, extraction_error=error[:2000]
    )
    return None


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
    if document.url and not document.text:
        try:
            document = _fetch_text(document)
        except SoftTimeLimitExceeded:
            return _fail(document_id, _too_long_message()), []
        if document is None:
            return None, []
    try:
        result = extraction.extract(document.text, language=document.language or None)
    except SoftTimeLimitExceeded:
        return _fail(document_id, _too_long_message()), []
    except Exception as error:
        # A fault in the text or the extractor: retrying will not help, a person will.
        logger.exception("Extraction of document %s failed", document_id)
        return _fail(document_id, str(error)), []
    if result.not_scored:
        # Neither French nor English: no model can score it, and a person should know why nothing came out.
        Document.objects.filter(pk=document_id, language="").update(language=result.language)
        return _fail(document_id, result.not_scored), []
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
                score=sentence.score,
                reasons=list(sentence.reasons),
            )
            for sentence in result.candidates
            if (sentence.start, sentence.end) not in existing_spans
        )
        document.extraction_state = Document.ExtractionState.DONE
        document.extraction_error = ""
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
        extraction_state=Document.ExtractionState.PENDING, updated_at=timezone.now()
    )


def claim_set_priority(claim: Claim, priority: str, *, actor, version: int | None = None) -> Claim:
    """An editor marks a claim urgent or normal; the audit trail keeps the change."""
    if not roles.can_set_priority(actor):
        raise workflow.NotAllowed([_("only an editor can change a claim's priority")])
    if priority not in Claim.Priority.values:
        raise workflow.Refused([_("unknown priority “%(priority)s”") % {"priority": priority}])
    with transaction.atomic():
        current = Claim.objects.select_for_update().get(pk=claim.pk)
        if current.priority == priority:
            return current
        workflow.bump_version(current, current.version if version is None else version, priority=priority)
        workflow.record_event(
            current, ClaimEvent.Kind.PRIORITY, actor=actor, details={"from": current.priority, "to": priority}
        )
    current.refresh_from_db()
    return current
