"""The source registry as the desk changes it: editors only, and evidence and claims follow each change.

The registry's own rows are written by sources.services; this module adds the role checks and what
each change means for the evidence already attached and the claims that stand on it."""

import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent, Document
from reviews.models import Evidence
from reviews.services.evidence import evidence_link_to_source
from sources import source_csv
from sources.models import Source, SourceDomain, SourceEvent
from sources.selectors import is_public_suffix, normalise_domain
from sources.services import domains_cleaned, public_suffix_refusal, source_event

logger = logging.getLogger(__name__)


def _require_source_editor(actor) -> None:
    if not roles.can_edit_sources(actor):
        raise workflow.NotAllowed([_("only an editor can change the source registry")])


def source_save(source: Source | None, *, actor, domains: list[str] | None = None, **fields) -> Source:
    """Create a Source (when `source` is None) or change it, recording its creation or a change
    of its reliability. `domains`, when given, replaces its list of domains (normalised as
    normalise_domain does), and web evidence those domains now cover is linked to it."""
    _require_source_editor(actor)
    if domains is not None:
        domains = domains_cleaned(domains, source)
    source = source or Source()
    for name, value in fields.items():
        setattr(source, name, value)
    try:
        with transaction.atomic():
            created = source.pk is None
            previous = (
                None
                if created
                else Source.objects.select_for_update()
                .filter(pk=source.pk)
                .values_list("reliability", flat=True)
                .first()
            )
            source.save()
            if created:
                source_event(source, SourceEvent.Kind.CREATED, actor=actor, new_value=source.reliability)
            elif previous != source.reliability:
                source_event(
                    source,
                    SourceEvent.Kind.RELIABILITY_CHANGED,
                    actor=actor,
                    old_value=previous,
                    new_value=source.reliability,
                )
                _record_reliability_change(source, previous, actor=actor)
            if domains is not None:
                source.domains.exclude(domain__in=domains).delete()
                known = set(source.domains.values_list("domain", flat=True))
                for domain in domains:
                    if domain not in known:
                        SourceDomain.objects.create(source=source, domain=domain)
                        source_event(source, SourceEvent.Kind.DOMAIN_ADDED, actor=actor, new_value=domain)
                evidence_link_to_source(source, actor=actor)
    except IntegrityError:
        # Someone saved the same name or domain at the same moment.
        raise workflow.Refused([_("another source has this name or one of these domains")]) from None
    return source


def source_register_domain(domain: str, *, actor, name: str = "", kind: str = Source.Kind.OTHER) -> tuple[Source, int]:
    """Create a Source for an unmatched domain in one step and link the evidence already
    found on it (subdomains included). Returns (source, evidence linked)."""
    _require_source_editor(actor)
    domain = normalise_domain(domain)
    if not domain:
        raise workflow.Refused([_("that is not a domain name")])
    if is_public_suffix(domain):
        raise workflow.Refused([public_suffix_refusal(domain)])
    if kind not in Source.Kind.values:
        raise workflow.Refused([_("unknown kind of source “%(kind)s”") % {"kind": kind}])
    name = (name or domain).strip()[:200]
    owner = SourceDomain.objects.filter(domain=domain).select_related("source").first()
    if owner:
        raise workflow.Refused(
            [_("%(domain)s already belongs to %(source)s") % {"domain": domain, "source": owner.source.name}]
        )
    if Source.objects.filter(name__iexact=name).exists():
        raise workflow.Refused([_("a source named “%(name)s” already exists") % {"name": name}])
    try:
        with transaction.atomic():
            source = Source.objects.create(name=name, kind=kind)
            SourceDomain.objects.create(source=source, domain=domain)
            source_event(
                source, SourceEvent.Kind.CREATED, actor=actor, new_value=source.reliability, details={"domain": domain}
            )
            linked = evidence_link_to_source(source, actor=actor)
    except IntegrityError as error:
        # Someone registered the same domain or name a moment ago.
        raise workflow.Refused([_("%(domain)s was registered meanwhile") % {"domain": domain}]) from error
    return source, linked


def source_merge(survivor: Source, others, *, actor) -> Source:
    """Fold `others` into `survivor`: their evidence, domains and documents move to it, and they go.

    The survivor keeps its own name, kind and reliability. Claims whose evidence moved
    are bumped (a pending move counted the sources apart) and told whether their status
    still holds now that these sources count as one.
    """
    _require_source_editor(actor)
    other_ids = sorted({other.pk for other in others} - {survivor.pk})
    if not other_ids:
        raise workflow.Refused([_("choose at least one other source to merge into %(name)s") % {"name": survivor.name}])
    with transaction.atomic():
        locked = {
            source.pk: source for source in Source.objects.select_for_update().filter(pk__in=[survivor.pk, *other_ids])
        }
        if len(locked) != len(other_ids) + 1:
            raise workflow.Refused([_("one of these sources no longer exists")])
        survivor = locked[survivor.pk]
        merged = [locked[pk] for pk in other_ids]
        affected_claims = set(Evidence.objects.filter(source_id__in=other_ids).values_list("claim_id", flat=True))
        affected_claims |= set(
            Claim.objects.filter(document__publisher_id__in=other_ids, evidence__isnull=False).values_list(
                "pk", flat=True
            )
        )
        moved_domains = list(SourceDomain.objects.filter(source_id__in=other_ids).values_list("domain", flat=True))
        moved_evidence = Evidence.objects.filter(source_id__in=other_ids).update(source=survivor)
        SourceDomain.objects.filter(source_id__in=other_ids).update(source=survivor)
        Document.objects.filter(publisher_id__in=other_ids).update(publisher=survivor)
        names = [source.name for source in merged]
        for source in merged:
            source_event(
                source,
                SourceEvent.Kind.MERGED,
                actor=actor,
                old_value=source.reliability,
                new_value=survivor.name,
                details={"into": survivor.pk},
            )
        source_event(
            survivor,
            SourceEvent.Kind.MERGED,
            actor=actor,
            details={
                "merged": [{"id": s.pk, "name": s.name, "reliability": s.reliability} for s in merged],
                "domains": moved_domains,
                "evidence": moved_evidence,
            },
        )
        for claim in Claim.objects.select_related("document").filter(pk__in=affected_claims).order_by("pk"):
            workflow.bump_version(claim, claim.version)
            unmet = workflow.unmet_for_status(claim, claim.status, claim.evidence.select_related("source"))
            workflow.record_event(
                claim,
                ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED,
                actor=actor,
                note=_("%(status)s no longer holds: %(unmet)s")
                % {"status": claim.get_status_display(), "unmet": "; ".join(unmet)}
                if unmet
                else "",
                details={"merged": names, "to": survivor.name, "status_holds": not unmet},
            )
        Source.objects.filter(pk__in=other_ids).delete()
    survivor.refresh_from_db()
    return survivor


@dataclass(frozen=True)
class AffectedClaim:
    """A claim whose status a registry change no longer supports, and what it now lacks."""

    claim_id: int
    text: str
    status: str
    unmet: tuple[str, ...]


def _counts(reliability: str) -> bool:
    return reliability != Source.Reliability.LOW or settings.FACTCHECK_LOW_RELIABILITY_COUNTS


def _claims_no_longer_supported(new_reliability: dict[int, str]) -> list[AffectedClaim]:
    """The open claims whose status would no longer hold were these Sources given these reliabilities.
    Reads only: the new reliabilities are set on the evidence's sources in memory."""
    changing = {pk for pk, reliability in new_reliability.items() if reliability}
    if not changing:
        return []
    claims = Claim.objects.filter(
        evidence__source_id__in=changing, closed_at__isnull=True, status=Claim.Status.CORROBORATED
    ).distinct()
    affected = []
    for claim in claims.select_related("document").order_by("pk"):
        evidence = list(claim.evidence.select_related("source"))
        for item in evidence:
            if item.source_id in changing:
                item.source.reliability = new_reliability[item.source_id]
        unmet = workflow.unmet_for_status(claim, claim.status, evidence)
        if unmet:
            affected.append(AffectedClaim(claim.pk, claim.text, claim.get_status_display(), tuple(unmet)))
    return affected


def _record_reliability_change(source: Source, previous: str, *, actor) -> list[AffectedClaim]:
    """After `source` went from `previous` to its reliability: when that changed whether it counts towards
    corroboration, each claim standing on it is bumped (a pending move counted it the old way) and told
    whether its status still holds. Returns the claims it no longer supports. Call inside a transaction."""
    if _counts(previous) == _counts(source.reliability):
        return []
    affected = []
    for claim in (
        Claim.objects.select_related("document")
        .filter(evidence__source=source, closed_at__isnull=True)
        .distinct()
        .order_by("pk")
    ):
        workflow.bump_version(claim, claim.version)
        unmet = workflow.unmet_for_status(claim, claim.status, claim.evidence.select_related("source"))
        workflow.record_event(
            claim,
            ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED,
            actor=actor,
            note=_("%(status)s no longer holds: %(unmet)s")
            % {"status": claim.get_status_display(), "unmet": "; ".join(unmet)}
            if unmet
            else "",
            details={
                "to": source.name,
                "reliability": [previous, source.reliability],
                "status_holds": not unmet,
            },
        )
        if unmet:
            affected.append(AffectedClaim(claim.pk, claim.text, claim.get_status_display(), tuple(unmet)))
    return affected


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
    _require_source_editor(actor)
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
                    if field == "reliability" and _counts(source.reliability) != _counts(value):
                        new_reliability[source.pk] = value
        for domain in row.domains:
            if domain not in owners:
                changes.append(SourceChange(row.name, "domain", "", domain))
    return ImportPlan(rows, existing, changes, _claims_no_longer_supported(new_reliability))


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
                        reliability=row.reliability or Source.Reliability.UNKNOWN,
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
                        affected += _record_reliability_change(source, previous["reliability"], actor=actor)
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
    except IntegrityError as error:
        raise workflow.Refused(
            [_("the registry changed during the import; nothing was imported, try again")]
        ) from error
    return ImportResult(created=created, updated=updated, linked=linked, affected=affected)
