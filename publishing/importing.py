"""Import a newsroom's past fact-checks from ClaimReview JSON-LD: a single object, a list, or an @graph.

Everything is validated before anything is written, and written in one transaction: a bad
file imports nothing. Imported text is stored as given and escaped wherever it is shown.
"""

import json
from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from claims import roles, workflow
from publishing.matching import INDEX_FIELDS, factchecks_index
from publishing.models import ExternalFactCheck

MAX_BYTES = 20 * 1024 * 1024
SAVE_BATCH = 500
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
        return float(raw)
    except (TypeError, ValueError):
        problems.append(_("%(where)s: %(key)s is not a number") % {"where": where, "key": key})
        return None


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


def parse_claimreviews(raw: bytes) -> list[dict]:
    """Validate a whole file; ImportRefused lists every problem found."""
    if len(raw) > MAX_BYTES:
        raise ImportRefused([_("the file is larger than %(mb)d MB") % {"mb": MAX_BYTES // 1024 // 1024}])
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ImportRefused([_("the file is not JSON: %(error)s") % {"error": error}]) from error
    reviews = _reviews_in(data)
    if not reviews:
        raise ImportRefused([_("the file holds no ClaimReview")])
    problems: list[str] = []
    parsed = [_parse(review, number, problems) for number, review in enumerate(reviews, start=1)]
    urls = [fields["url"] for fields in parsed if fields.get("url")]
    if len(urls) != len(set(urls)):
        problems.append(_("the same review URL appears more than once"))
    if problems:
        raise ImportRefused(problems)
    return parsed


def claimreviews_import(raw: bytes, *, actor=None) -> ImportResult:
    """Import (or refresh, by review URL) every fact-check in the file, or none."""
    if actor is not None and not roles.can_import_factchecks(actor):
        raise workflow.NotAllowed([_("only an editor can import fact-checks")])
    parsed = parse_claimreviews(raw)
    with transaction.atomic():
        urls = [fields["url"] for fields in parsed]
        existing = {}
        for start in range(0, len(urls), SAVE_BATCH):
            batch = ExternalFactCheck.objects.filter(url__in=urls[start : start + SAVE_BATCH])
            existing.update({factcheck.url: factcheck for factcheck in batch})
        imported = []
        for fields in parsed:
            factcheck = existing.get(fields["url"]) or ExternalFactCheck()
            for name, value in {**fields, "imported_by": actor}.items():
                setattr(factcheck, name, value)
            imported.append(factcheck)
        factchecks_index(imported)
        new = [factcheck for factcheck in imported if factcheck.pk is None]
        ExternalFactCheck.objects.bulk_create(new, batch_size=SAVE_BATCH)
        changed = [factcheck for factcheck in imported if factcheck.url in existing]
        fields_saved = [*parsed[0].keys() - {"url"}, "imported_by", *INDEX_FIELDS]
        ExternalFactCheck.objects.bulk_update(changed, fields_saved, batch_size=SAVE_BATCH)
    return ImportResult(created=len(new), updated=len(changed))
