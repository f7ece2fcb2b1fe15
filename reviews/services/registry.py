"""The source registry as the desk changes it: editors only, and evidence and claims follow each change.

The registry's own rows are written by sources.services; this module adds the role checks and what
each change means for the evidence already attached and the claims that stand on it."""

import logging
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent, Document
from reviews.models import Evidence
from reviews.services.evidence import evidence_link_to_source
from reviews.services.proposal_settling import proposals_settle
from sources.models import Source, SourceDomain, SourceEvent, SourceProposal
from sources.selectors import is_public_suffix, normalise_domain
from sources.services import domains_cleaned, public_suffix_refusal, source_event

logger = logging.getLogger(__name__)


def require_source_editor(actor) -> None:
    if not roles.can_edit_sources(actor):
        raise workflow.NotAllowed([_("only an editor can change the source registry")])


# Fields whose changes source_save records (as the CSV import does); reliability has its own kind of
# event, and the notes, free text edited often, are not history.
_RECORDED_FIELDS = ("name", "kind", "active")


def source_save(source: Source | None, *, actor, domains: list[str] | None = None, **fields) -> Source:
    """Create a Source (when `source` is None) or change it: source_change without its report."""
    return source_change(source, actor=actor, domains=domains, **fields).source


@dataclass(frozen=True)
class AffectedClaim:
    """A claim whose status a registry change no longer supports, and what it now lacks."""

    claim_id: int
    text: str
    status: str
    unmet: tuple[str, ...]


@dataclass(frozen=True)
class RegistryChange:
    source: Source
    # Open claims whose status the change no longer supports, to tell the editor who made it.
    affected: list[AffectedClaim]


def source_change(source: Source | None, *, actor, domains: list[str] | None = None, **fields) -> RegistryChange:
    """Create a Source (when `source` is None) or change it, recording in its history its creation,
    a change of its reliability and of each other field. `domains`, when given, replaces its list of
    domains (normalised as normalise_domain does), and web evidence those domains now cover is linked to it.
    Returns the source and the open claims whose status the change no longer supports."""
    require_source_editor(actor)
    affected = []
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
                .values("reliability", *_RECORDED_FIELDS)
                .first()
            )
            source.save()
            if created:
                source_event(source, SourceEvent.Kind.CREATED, actor=actor, new_value=source.reliability)
            else:
                affected = _record_field_changes(source, previous, actor=actor)
            if domains is not None:
                _replace_domains(source, domains, actor=actor)
                evidence_link_to_source(source, actor=actor)
                proposals_settle(source, actor=actor)
    except IntegrityError:
        # Someone saved the same name or domain at the same moment.
        raise workflow.Refused([_("another source has this name or one of these domains")]) from None
    return RegistryChange(source, affected)


def _record_field_changes(source: Source, previous: dict, *, actor) -> list[AffectedClaim]:
    """Record each changed field in the source's history; returns the claims a reliability change left unsupported."""
    for field in _RECORDED_FIELDS:
        old, new = previous[field], getattr(source, field)
        if old != new:
            source_event(
                source, SourceEvent.Kind.CHANGED, actor=actor, old_value=str(old)[:200], new_value=str(new)[:200],
                details={"field": field},
            )  # fmt: skip
    if previous["reliability"] != source.reliability:
        source_event(
            source,
            SourceEvent.Kind.RELIABILITY_CHANGED,
            actor=actor,
            old_value=previous["reliability"],
            new_value=source.reliability,
        )
        return record_reliability_change(source, previous["reliability"], actor=actor)
    return []


def _replace_domains(source: Source, domains: list[str], *, actor) -> None:
    for row in source.domains.exclude(domain__in=domains):
        row.delete()
        source_event(source, SourceEvent.Kind.DOMAIN_REMOVED, actor=actor, old_value=row.domain)
    known = set(source.domains.values_list("domain", flat=True))
    for domain in domains:
        if domain not in known:
            SourceDomain.objects.create(source=source, domain=domain)
            source_event(source, SourceEvent.Kind.DOMAIN_ADDED, actor=actor, new_value=domain)


def source_register_domain(
    domain: str,
    *,
    actor,
    name: str = "",
    kind: str = Source.Kind.OTHER,
    reliability: str = Source.Reliability.UNRATED,
    accepting: SourceProposal | None = None,
) -> tuple[Source, int]:
    """Create a Source for an unmatched domain in one step and link the evidence already
    found on it (subdomains included). Returns (source, evidence linked). Unless an editor
    rates it here, the source is not yet rated and does not count towards corroboration.
    `accepting` is the proposal this registration accepts: named in the source's history, and
    left to the caller to decide (the other pending proposals of the domain are settled here)."""
    require_source_editor(actor)
    domain = normalise_domain(domain)
    if not domain:
        raise workflow.Refused([_("that is not a domain name")])
    if is_public_suffix(domain):
        raise workflow.Refused([public_suffix_refusal(domain)])
    if kind not in Source.Kind.values:
        raise workflow.Refused([_("unknown kind of source “%(kind)s”") % {"kind": kind}])
    if reliability not in Source.Reliability.values:
        raise workflow.Refused([_("unknown reliability “%(reliability)s”") % {"reliability": reliability}])
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
            source = Source.objects.create(name=name, kind=kind, reliability=reliability)
            SourceDomain.objects.create(source=source, domain=domain)
            source_event(
                source,
                SourceEvent.Kind.CREATED,
                actor=actor,
                new_value=source.reliability,
                details={"domain": domain, **({"proposal": accepting.pk} if accepting else {})},
            )
            linked = evidence_link_to_source(source, actor=actor)
            proposals_settle(source, actor=actor, accepting=accepting)
    except IntegrityError as error:
        # Someone registered the same domain or name a moment ago.
        raise workflow.Refused([_("%(domain)s was registered meanwhile") % {"domain": domain}]) from error
    return source, linked


def source_merge(survivor: Source, others, *, actor) -> RegistryChange:
    """Fold `others` into `survivor`: their evidence, domains and documents move to it, and they go.

    The survivor keeps its own name, kind and reliability. Claims whose evidence moved
    are bumped (a pending move counted the sources apart) and told whether their status
    still holds now that these sources count as one; those it no longer supports are returned.
    """
    require_source_editor(actor)
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
        affected = _record_evidence_source_change(
            Claim.objects.filter(pk__in=affected_claims), actor=actor, details={"merged": names, "to": survivor.name}
        )
        Source.objects.filter(pk__in=other_ids).delete()
    survivor.refresh_from_db()
    return RegistryChange(survivor, affected)


def counts_towards_corroboration(reliability: str) -> bool:
    return workflow.reliability_counts(reliability)


def claims_no_longer_supported(new_reliability: dict[int, str]) -> list[AffectedClaim]:
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


def record_reliability_change(source: Source, previous: str, *, actor) -> list[AffectedClaim]:
    """After `source` went from `previous` to its reliability: when that changed whether it counts towards
    corroboration, the open claims standing on it are told (see _record_evidence_source_change). Returns
    the claims it no longer supports. Call inside a transaction."""
    if counts_towards_corroboration(previous) == counts_towards_corroboration(source.reliability):
        return []
    return _record_evidence_source_change(
        Claim.objects.filter(evidence__source=source, closed_at__isnull=True).distinct(),
        actor=actor,
        details={"to": source.name, "reliability": [previous, source.reliability]},
    )


def _record_evidence_source_change(claims, *, actor, details: dict) -> list[AffectedClaim]:
    """Bump each claim (a pending move counted its evidence the old way) and record on it whether its
    status still holds. Returns those whose status it no longer supports. Call inside a transaction."""
    affected = []
    for claim in claims.select_related("document").order_by("pk"):
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
            details={**details, "status_holds": not unmet},
        )
        if unmet:
            affected.append(AffectedClaim(claim.pk, claim.text, claim.get_status_display(), tuple(unmet)))
    return affected
