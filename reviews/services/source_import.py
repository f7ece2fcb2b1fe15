"""Importing the source registry from CSV: a preview listing every change (and the claims it would no
longer support), then applying exactly that preview, every row or none."""

import hashlib
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims import workflow
from reviews.services.evidence import evidence_link_to_source
from reviews.services.proposal_settling import proposals_settle
from reviews.services.registry import (
    AffectedClaim,
    claims_no_longer_supported,
    counts_towards_corroboration,
    record_reliability_change,
    require_source_editor,
)
from sources import source_csv
from sources.models import Source, SourceDomain, SourceEvent
from sources.services import source_event


@dataclass(frozen=True)
class SourceChange:
    """One change an import makes: a new Source (field "source"), or one field of an existing one."""

    source: str
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class ImportPlan:
    rows: list
    existing: dict
    changes: list[SourceChange]
    # Claims whose status the reliability changes would no longer support, for the editor to see first.
    affected: list[AffectedClaim]

    @property
    def digest(self) -> str:
        """Names exactly these changes: applying checks that the registry still gives the same ones."""
        return hashlib.sha256(repr(self.changes).encode()).hexdigest()


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    linked: int
    affected: list[AffectedClaim]


_IMPORTED_FIELDS = ("kind", "reliability", "active", "notes")


def _shown(field: str, value) -> str:
    if field == "kind":
        return str(Source.Kind(value).label)
    if field == "reliability":
        return str(Source.Reliability(value).label)
    if field == "active":
        return _("yes") if value else _("no")
    return value


def sources_import_preview(data: bytes, *, actor) -> ImportPlan:
    """What importing this CSV would change, field by field, without changing anything.

    Rows match existing Sources by name (case-insensitive). A column the file leaves out, or a blank
    cell, keeps the stored value; listed domains are added, never removed."""
    require_source_editor(actor)
    try:
        rows = source_csv.parse(data)
    except source_csv.InvalidCsv as invalid:
        raise workflow.Refused(invalid.messages) from invalid
    wanted = {row.name.lower() for row in rows}
    existing = {source.name.lower(): source for source in Source.objects.all() if source.name.lower() in wanted}
    owners = dict(
        SourceDomain.objects.filter(domain__in=[d for row in rows for d in row.domains]).values_list(
            "domain", "source__name"
        )
    )
    conflicts = [
        _("Line %(line)d: the domain %(domain)s belongs to %(owner)s.")
        % {"line": row.line, "domain": domain, "owner": owners[domain]}
        for row in rows
        for domain in row.domains
        if domain in owners and owners[domain].lower() != row.name.lower()
    ]
    if conflicts:
        raise workflow.Refused(conflicts)
    changes, new_reliability = [], {}
    for row in rows:
        source = existing.get(row.name.lower())
        if source is None:
            changes.append(SourceChange(row.name, "source", "", _("new source")))
            for field in _IMPORTED_FIELDS:
                value = getattr(row, field)
                if value not in (None, ""):
                    changes.append(SourceChange(row.name, field, "", _shown(field, value)))
        else:
            for field in _IMPORTED_FIELDS:
                value = getattr(row, field)
                if value is not None and value != getattr(source, field):
                    changes.append(
                        SourceChange(source.name, field, _shown(field, getattr(source, field)), _shown(field, value))
                    )
                    if field == "reliability" and counts_towards_corroboration(
                        source.reliability
                    ) != counts_towards_corroboration(value):
                        new_reliability[source.pk] = value
        for domain in row.domains:
            if domain not in owners:
                changes.append(SourceChange(row.name, "domain", "", domain))
    return ImportPlan(rows, existing, changes, claims_no_longer_supported(new_reliability))


def sources_import_csv(data: bytes, *, actor, confirmed: str) -> ImportResult:
    """Apply the import whose preview (sources_import_preview) the editor confirmed: `confirmed` is that
    preview's digest. Every row or none; each change is a Source history entry."""
    plan = sources_import_preview(data, actor=actor)
    if confirmed != plan.digest:
        raise workflow.Refused(
            [_("the registry changed since the preview; nothing was imported, look at the changes again")]
        )
    created = updated = linked = 0
    affected = []
    try:
        with transaction.atomic():
            for row in plan.rows:
                source = plan.existing.get(row.name.lower())
                if source is None:
                    source = Source.objects.create(
                        name=row.name,
                        kind=row.kind or Source.Kind.OTHER,
                        reliability=row.reliability or Source.Reliability.UNRATED,
                        active=True if row.active is None else row.active,
                        notes=row.notes or "",
                    )
                    source_event(source, SourceEvent.Kind.IMPORTED, actor=actor, new_value=source.reliability)
                    created += 1
                else:
                    source = Source.objects.select_for_update().get(pk=source.pk)
                    changed = [
                        field
                        for field in _IMPORTED_FIELDS
                        if getattr(row, field) is not None and getattr(row, field) != getattr(source, field)
                    ]
                    previous = {field: getattr(source, field) for field in changed}
                    for field in changed:
                        setattr(source, field, getattr(row, field))
                    if changed:
                        source.save(update_fields=changed)
                        updated += 1
                    for field in changed:
                        source_event(
                            source,
                            SourceEvent.Kind.RELIABILITY_CHANGED
                            if field == "reliability"
                            else SourceEvent.Kind.CHANGED,
                            actor=actor,
                            old_value=str(previous[field]),
                            new_value=str(getattr(source, field)),
                            details={"via": "import"} if field == "reliability" else {"via": "import", "field": field},
                        )
                    if "reliability" in changed:
                        affected += record_reliability_change(source, previous["reliability"], actor=actor)
                new_domains = [
                    change.new for change in plan.changes if change.field == "domain" and change.source == row.name
                ]
                for domain in new_domains:
                    SourceDomain.objects.create(source=source, domain=domain)
                    source_event(
                        source, SourceEvent.Kind.DOMAIN_ADDED, actor=actor, new_value=domain, details={"via": "import"}
                    )
                if new_domains:
                    linked += evidence_link_to_source(source, actor=actor)
                    proposals_settle(source, actor=actor)
    except IntegrityError as error:
        raise workflow.Refused(
            [_("the registry changed during the import; nothing was imported, try again")]
        ) from error
    return ImportResult(created=created, updated=updated, linked=linked, affected=affected)
