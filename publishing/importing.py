"""Import a newsroom's past fact-checks from ClaimReview JSON-LD: a single object, a list, or an @graph.

Everything is validated before anything is written: a bad file imports nothing. Imported text is
stored as given and escaped wherever it is shown. Rows are written as batch upserts by review URL.
Through the API and the admin an import is a task (`claimreviews_import_start`, then `claimreviews_import_run` in
a worker) that records its progress; the request checks only what is cheap (size, JSON, shape).
"""

import json
import logging
import math
from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import URLValidator
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from claims import roles, workflow
from factcheck.celery import runs_in_process
from factcheck.limits import URL_MAX_LENGTH
from publishing.match_index import INDEX_FIELDS, factchecks_index
from publishing.models import ClaimReviewImport, ExternalFactCheck

logger = logging.getLogger(__name__)

MAX_BYTES = 20 * 1024 * 1024
# Rows per batch (and per progress update): one query to tell new from known, then the writes.
BATCH_SIZE = 1000
_validate_url = URLValidator(schemes=["http", "https"])


class ImportRefused(workflow.Refused):
    """The file is not a ClaimReview file we can import; `messages` says where and why."""


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def _types(node) -> set[str]:
    kind = node.get("@type", [])
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for k in kinds}


def _reviews_in(data) -> list:
    if isinstance(data, list):
        return [review for item in data for review in _reviews_in(item)]
    if isinstance(data, dict):
        if "@graph" in data:
            return _reviews_in(data["@graph"])
        return [data]
    raise ImportRefused([_("the file holds neither a ClaimReview object nor a list of them")])


def _text(node, key, limit, where, problems, required=False) -> str:
    raw = node.get(key, "") if isinstance(node, dict) else ""
    if isinstance(raw, dict):
        raw = raw.get("name", "")
    if not isinstance(raw, str | int | float):
        problems.append(_("%(where)s: %(key)s must be text") % {"where": where, "key": key})
        return ""
    value = str(raw).strip()
    if required and not value:
        problems.append(_("%(where)s: %(key)s is missing") % {"where": where, "key": key})
    if len(value) > limit:
        problems.append(
            _("%(where)s: %(key)s is longer than %(limit)d characters") % {"where": where, "key": key, "limit": limit}
        )
    return value


def _url(value, where, key, problems, required=False) -> str:
    if not value:
        if required:
            problems.append(_("%(where)s: %(key)s is missing") % {"where": where, "key": key})
        return ""
    try:
        if len(value) > URL_MAX_LENGTH:
            raise ValidationError("too long")
        _validate_url(value)
    except ValidationError:
        problems.append(_("%(where)s: %(key)s is not an http(s) address") % {"where": where, "key": key})
        return ""
    return value


def _number(node, key, where, problems) -> float | None:
    raw = node.get(key)
    if raw in (None, ""):
        return None
    try:
        number = float(raw)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):  # NaN and Infinity parse as floats, and are no rating
        problems.append(_("%(where)s: %(key)s is not a number") % {"where": where, "key": key})
        return None
    return number


def _date(raw, where, key, problems) -> date | None:
    if not raw:
        return None
    text = str(raw)
    parsed = parse_date(text[:10]) if len(text) >= 10 else None
    if parsed is None and (moment := parse_datetime(text)):
        parsed = moment.date()
    if parsed is None:
        problems.append(_("%(where)s: %(key)s is not a date") % {"where": where, "key": key})
    return parsed


def _parse(review, number: int, problems) -> dict:
    where = _("item %(number)d") % {"number": number}
    if not isinstance(review, dict) or "ClaimReview" not in _types(review):
        problems.append(_("%(where)s is not a ClaimReview") % {"where": where})
        return {}
    rating = review.get("reviewRating")
    if not isinstance(rating, dict):
        problems.append(_("%(where)s: reviewRating is missing") % {"where": where})
        rating = {}
    item = review.get("itemReviewed") if isinstance(review.get("itemReviewed"), dict) else {}
    appearance = item.get("appearance") or item.get("firstAppearance") or {}
    if isinstance(appearance, list):
        appearance = appearance[0] if appearance else {}
    appearance_url = appearance.get("url", "") if isinstance(appearance, dict) else str(appearance)
    fields = {
        "url": _url(str(review.get("url", "")).strip(), where, "url", problems, required=True),
        "claim_reviewed": _text(review, "claimReviewed", 5000, where, problems, required=True),
        "headline": _text(review, "headline", 500, where, problems) or _text(review, "name", 500, where, problems),
        "language": _text(review, "inLanguage", 8, where, problems)[:2].lower(),
        "rating_name": _text(rating, "alternateName", 200, where, problems),
        "rating_value": _number(rating, "ratingValue", where, problems),
        "best_rating": _number(rating, "bestRating", where, problems),
        "worst_rating": _number(rating, "worstRating", where, problems),
        "reviewer": _text(review, "author", 300, where, problems),
        "speaker": _text(item, "author", 300, where, problems),
        "date_published": _date(review.get("datePublished"), where, "datePublished", problems),
        "appearance_url": _url(str(appearance_url or "").strip(), where, "appearance", problems),
    }
    if not fields["rating_name"] and fields["rating_value"] is None:
        problems.append(_("%(where)s: the rating has neither alternateName nor ratingValue") % {"where": where})
    if not fields["rating_name"] and fields["rating_value"] is not None:
        fields["rating_name"] = f"{fields['rating_value']:g}/{(fields['best_rating'] or 5):g}"
    return fields


def _reviews_of_file(raw: bytes) -> list:
    """The file's reviews, unchecked; ImportRefused when it is too large, not JSON or holds none."""
    if len(raw) > MAX_BYTES:
        raise ImportRefused([_("the file is larger than %(mb)d MB") % {"mb": MAX_BYTES // 1024 // 1024}])
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused([_("the file is not JSON: %(error)s") % {"error": error}]) from error
    except RecursionError:
        raise ImportRefused([_("the file is nested too deeply to be a ClaimReview file")]) from None
    reviews = _reviews_in(data)
    if not reviews:
        raise ImportRefused([_("the file holds no ClaimReview")])
    return reviews


def parse_claimreviews(raw: bytes) -> list[dict]:
    """Validate a whole file; ImportRefused lists every problem found."""
    reviews = _reviews_of_file(raw)
    problems: list[str] = []
    parsed = [_parse(review, number, problems) for number, review in enumerate(reviews, start=1)]
    urls = [fields["url"] for fields in parsed if fields.get("url")]
    if len(urls) != len(set(urls)):
        problems.append(_("the same review URL appears more than once"))
    if problems:
        raise ImportRefused(problems)
    return parsed


def _upsert(parsed: list[dict], actor, on_batch=None) -> ImportResult:
    """Create or refresh (by review URL) every row, a batch at a time, with its matching index;
    on_batch(processed, created) after each batch."""
    created = updated = 0
    for start in range(0, len(parsed), BATCH_SIZE):
        batch = parsed[start : start + BATCH_SIZE]
        existing = {row.url: row for row in ExternalFactCheck.objects.filter(url__in=[f["url"] for f in batch])}
        rows = []
        for fields in batch:
            row = existing.get(fields["url"]) or ExternalFactCheck()
            for name, value in {**fields, "imported_by": actor}.items():
                setattr(row, name, value)
            rows.append(row)
        factchecks_index(rows)
        new = [row for row in rows if row.pk is None]
        ExternalFactCheck.objects.bulk_create(new)
        changed = [row for row in rows if row.pk is not None and row.url in existing]
        if changed:
            ExternalFactCheck.objects.bulk_update(changed, [*batch[0].keys() - {"url"}, "imported_by", *INDEX_FIELDS])
        created, updated = created + len(new), updated + len(changed)
        if on_batch is not None:
            on_batch(start + len(rows), created)
    return ImportResult(created=created, updated=updated)


def _check_role(actor) -> None:
    if actor is not None and not roles.can_import_factchecks(actor):
        raise workflow.NotAllowed([_("only an editor can import fact-checks")])


def claimreviews_import(raw: bytes, *, actor=None) -> ImportResult:
    """Import (or refresh, by review URL) every fact-check in the file, or none, here and now."""
    _check_role(actor)
    parsed = parse_claimreviews(raw)
    with transaction.atomic():
        return _upsert(parsed, actor)


def claimreviews_import_start(raw: bytes, *, actor) -> ClaimReviewImport:
    """Keep the file and queue its import (after commit); the cheap checks refuse a bad file at once."""
    _check_role(actor)
    _reviews_of_file(raw)
    started = ClaimReviewImport.objects.create(file=ContentFile(raw, name="claimreviews.json"), imported_by=actor)
    transaction.on_commit(lambda: enqueue_import(started.pk))
    return started


def enqueue_import(import_id: int) -> None:
    """Queue the import and note when; if the broker is unreachable the import stays queued with
    its file, never sent, and the periodic sweep (`imports_requeue`) sends it later."""
    from publishing.tasks import import_claimreviews

    try:
        import_claimreviews.delay(import_id)
    except Exception:
        if runs_in_process():
            logger.exception("ClaimReview import %s failed", import_id)
            return
        ClaimReviewImport.objects.filter(pk=import_id).update(queued_at=None)
        logger.warning("Could not queue ClaimReview import %s (broker unreachable); it stays queued", import_id)
    else:
        ClaimReviewImport.objects.filter(pk=import_id).update(queued_at=timezone.now())


def imports_requeue() -> list[int]:
    """Queue again every import never sent (the broker was down) or sent so long ago, and not
    finished, that its message or worker must have been lost; returns their ids. One sent a
    moment ago is only waiting its turn."""
    now = timezone.now()
    pending_before = now - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES)
    stale_before = now - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES)
    unfinished = [ClaimReviewImport.State.QUEUED, ClaimReviewImport.State.RUNNING]
    requeue = ClaimReviewImport.objects.filter(
        Q(queued_at__isnull=True, created_at__lt=pending_before) | Q(queued_at__lt=stale_before), state__in=unfinished
    )
    ids = list(requeue.order_by("pk").values_list("pk", flat=True))
    for import_id in ids:
        enqueue_import(import_id)
    return ids


def claimreviews_import_run(import_id: int) -> None:
    """The task's work: validate the whole file, then upsert it a batch at a time, recording
    progress. Idempotent: an import already finished is left alone, and a run cut short runs
    again from the start (rows are upserted by URL, so nothing is doubled)."""
    with transaction.atomic():
        started = ClaimReviewImport.objects.select_for_update().filter(pk=import_id).first()
        if started is None or started.state in (ClaimReviewImport.State.DONE, ClaimReviewImport.State.FAILED):
            return
        started.state = ClaimReviewImport.State.RUNNING
        started.processed = started.created = 0
        started.save(update_fields=["state", "processed", "created"])
    with started.file.open("rb") as handle:
        raw = handle.read()
    try:
        parsed = parse_claimreviews(raw)
    except ImportRefused as refusal:
        ClaimReviewImport.objects.filter(pk=import_id).update(
            state=ClaimReviewImport.State.FAILED, problems=refusal.messages, finished_at=timezone.now()
        )
        return
    ClaimReviewImport.objects.filter(pk=import_id).update(total=len(parsed))

    def progress(processed: int, created: int) -> None:
        ClaimReviewImport.objects.filter(pk=import_id).update(processed=processed, created=created)

    result = _upsert(parsed, started.imported_by, on_batch=progress)
    ClaimReviewImport.objects.filter(pk=import_id).update(
        state=ClaimReviewImport.State.DONE,
        created=result.created,
        updated=result.updated,
        finished_at=timezone.now(),
    )
