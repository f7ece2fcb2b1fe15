from datetime import datetime
from pathlib import PurePosixPath

from django import template
from django.http import QueryDict
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from claims import transcript_turns
from claims.models import Claim, ClaimEvent
from reviews.models import Verdict

register = template.Library()


@register.filter
def overdue(due_at) -> bool:
    return due_at is not None and due_at < timezone.now()


@register.filter
def rating_label(code: str) -> str:
    """A verdict rating as people read it; event details store the code."""
    return Verdict.Rating(code).label if code in Verdict.Rating.values else code


# What the extractor's reason codes (claims.extraction.features) say to a fact-checker.
REASON_LABELS = {
    "quantity": gettext_lazy("a figure"),
    "attribution": gettext_lazy("attributed"),
    "quote": gettext_lazy("a quotation"),
    "named_source": gettext_lazy("a named source"),
    "comparison": gettext_lazy("a comparison"),
    "causal": gettext_lazy("a cause"),
    "past_event": gettext_lazy("a past event"),
    "hedged": gettext_lazy("hedged"),
    "question": gettext_lazy("a question"),
    "opinion": gettext_lazy("an opinion"),
    "first_person": gettext_lazy("first person"),
    "too_short": gettext_lazy("too short"),
    "future": gettext_lazy("about the future"),
    "fear_or_hope": gettext_lazy("a fear or a hope"),
    "judgement": gettext_lazy("a judgement"),
}


@register.filter
def reason_labels(codes) -> str:
    """The reasons behind a claim's score, in the reader's language; an unknown code as it is."""
    return ", ".join(str(REASON_LABELS.get(code, code)) for code in codes)


@register.filter
def filename(stored_name: str) -> str:
    """A stored file's own name, without the storage folders before it."""
    return PurePosixPath(stored_name).name


@register.filter
def iso_datetime(value: str) -> datetime | None:
    """A date and time that event details keep as ISO text, to format with |date."""
    return parse_datetime(value) if isinstance(value, str) else None


def _due_text(iso: str) -> str:
    due = iso_datetime(iso)
    if due is None:
        return ""
    return _("due %(when)s") % {"when": date_format(timezone.localtime(due), "SHORT_DATETIME_FORMAT")}


@register.filter
def event_detail(event: ClaimEvent) -> str:
    """What the timeline says after an event's label ("Assigned: fiona"), from its details; "" for none."""
    details = event.details or {}
    Kind = ClaimEvent.Kind
    if event.kind == Kind.STATUS:
        return f"{event.get_from_status_display()} → {event.get_to_status_display()}"
    if event.kind in (Kind.ASSIGNED, Kind.RELEASED):
        return details.get("reviewer", "")
    if event.kind == Kind.OVERDUE:
        return ", ".join(part for part in (details.get("reviewer", ""), _due_text(details.get("due", ""))) if part)
    if event.kind in (Kind.EVIDENCE_ADDED, Kind.EVIDENCE_REMOVED):
        return details.get("source") or ""
    if event.kind == Kind.EVIDENCE_SOURCE_CHANGED:
        merged = ", ".join(details.get("merged") or [])
        return f"{merged} → {details['to']}" if merged else (f"→ {details['to']}" if details.get("to") else "")
    if event.kind == Kind.PRIORITY and details.get("to") in Claim.Priority.values:
        return Claim.Priority(details["to"]).label
    if event.kind == Kind.EVIDENCE_PUBLIC:
        return _("shown on the public fact-check") if details.get("public") else _("kept private")
    if event.kind in (Kind.LINKED, Kind.DISMISSED):
        if details.get("matched_claim"):
            return _("claim %(pk)s") % {"pk": details["matched_claim"]}
        return _("another newsroom's fact-check") if details.get("matched_external") else ""
    if details.get("rating"):
        return rating_label(details["rating"])
    return ""


@register.filter
def duration_text(value) -> str:
    """A duration in its two largest units ("2 days 5 hours", "3 hours 10 minutes", "4 minutes")."""
    if value is None:
        return ""
    minutes = int(value.total_seconds() // 60)
    days, hours, minutes = minutes // 1440, minutes % 1440 // 60, minutes % 60
    if days:
        return f"{ngettext('%d day', '%d days', days) % days} {ngettext('%d hour', '%d hours', hours) % hours}"
    if hours:
        return (
            f"{ngettext('%d hour', '%d hours', hours) % hours} {ngettext('%d minute', '%d minutes', minutes) % minutes}"
        )
    return ngettext("%d minute", "%d minutes", minutes) % minutes


@register.filter
def percent_of(value: int, maximum: int) -> str:
    """`value` as a percentage of `maximum`, for a bar's width in an SVG attribute: text, so
    that French never writes it "37,5", which is no length."""
    if not maximum:
        return "0"
    return f"{round(100 * value / maximum, 1):g}"


# Columns whose first click sorts descending (highest score first); the others start ascending.
SORT_DESCENDING_FIRST = {"score"}


@register.simple_tag
def sort_header(query: str, current: str, column: str, label) -> str:
    """A queue's column header that sorts by `column`, keeping the filters in `query`; a second
    click reverses the order. It says which way the list is sorted (aria-sort)."""
    first = f"-{column}" if column in SORT_DESCENDING_FIRST else column
    reverse = column if first.startswith("-") else f"-{column}"
    target = reverse if current == first else first
    params = QueryDict(query, mutable=True)
    params["sort"] = target
    aria = ""
    if current.removeprefix("-") == column:
        aria = "descending" if current.startswith("-") else "ascending"
    arrow = {"ascending": " ↑", "descending": " ↓"}.get(aria, "")
    return format_html(
        '<th scope="col"{}><a href="?{}">{}{}</a></th>',
        format_html(' aria-sort="{}"', aria) if aria else "",
        params.urlencode(),
        label,
        arrow,
    )


@register.simple_tag
def turns_around(claim: Claim) -> list[dict]:
    """A transcript's claim: its turn and the turns before and after it (two queries; none for an article's claim).
    Asked by the workspace's template, so the workspace view stays as it is for every other claim."""
    return transcript_turns.turns_around(claim.document, claim.start)
