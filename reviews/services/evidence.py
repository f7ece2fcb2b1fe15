"""Evidence on a claim: attaching, removing, showing a file on the public page, linking to sources."""

import logging
from urllib.parse import urlsplit

from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from factcheck.limits import URL_MAX_LENGTH
from reviews import uploads
from reviews.models import ArchivedPage, Evidence
from reviews.services.archiving import enqueue_archive
from sources.models import Source
from sources.selectors import source_for_url, unicode_domain

logger = logging.getLogger(__name__)


def evidence_attach(
    claim: Claim,
    *,
    actor,
    kind: str,
    stance: str,
    url: str = "",
    file=None,
    excerpt: str = "",
    note: str = "",
    source=None,
) -> Evidence:
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can add evidence")])
    if stance not in Evidence.Stance.values:
        raise workflow.Refused([_("unknown stance “%(stance)s”") % {"stance": stance}])
    sha256 = content_type = ""
    if kind == Evidence.Kind.URL:
        if not url:
            raise workflow.Refused([_("a web page needs its URL")])
        if urlsplit(url).scheme not in ("http", "https"):
            raise workflow.Refused([_("only http and https addresses can be evidence")])
        if len(url) > URL_MAX_LENGTH:
            raise workflow.Refused([_("the address is longer than %(limit)d characters") % {"limit": URL_MAX_LENGTH}])
        source = source or source_for_url(url)
    elif kind == Evidence.Kind.FILE:
        if file is None:
            raise workflow.Refused([_("a file is required")])
        try:
            checked = uploads.check_upload(file)
        except uploads.UploadRefused as refusal:
            raise workflow.Refused([str(refusal)]) from refusal
        sha256, content_type = checked.sha256, checked.content_type
        file.name = checked.name
        if Evidence.objects.filter(claim=claim, sha256=sha256).exists():
            raise workflow.Refused([_("this file is already attached to this claim")])
    elif kind == Evidence.Kind.QUOTE:
        if not excerpt.strip():
            raise workflow.Refused([_("a quote needs its text")])
    else:
        raise workflow.Refused([_("unknown evidence kind “%(kind)s”") % {"kind": kind}])
    try:
        with transaction.atomic():
            workflow.lock_open(claim)
            evidence = Evidence.objects.create(
                claim=claim,
                kind=kind,
                stance=stance,
                url=url,
                file=file or "",
                sha256=sha256,
                content_type=content_type,
                excerpt=excerpt,
                note=note,
                source=source,
                added_by=actor,
            )
            workflow.record_event(
                claim,
                ClaimEvent.Kind.EVIDENCE_ADDED,
                actor=actor,
                details={
                    "evidence": evidence.pk,
                    "kind": kind,
                    "stance": stance,
                    "source": source.name if source else None,
                },
            )
            if kind == Evidence.Kind.URL:
                ArchivedPage.objects.create(evidence=evidence)
                transaction.on_commit(lambda: enqueue_archive(evidence.pk))
    except IntegrityError as error:
        # The same file uploaded twice at the same moment: the constraint caught the second.
        raise workflow.Refused([_("this file is already attached to this claim")]) from error
    return evidence


def evidence_remove(evidence: Evidence, *, actor, version: int | None = None) -> None:
    """Remove evidence unless the claim's current status stands on it."""
    claim = evidence.claim
    if not roles.can_work_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can remove evidence")])
    with transaction.atomic():
        current = workflow.lock_open(claim)
        remaining = list(current.evidence.exclude(pk=evidence.pk).select_related("source"))
        unmet = workflow.unmet_for_status(current, current.status, remaining)
        if unmet:
            status = current.get_status_display()
            raise workflow.Refused(
                [
                    _("the claim is %(status)s: without this evidence it %(missing)s")
                    % {"status": status, "missing": missing}
                    for missing in unmet
                ]
            )
        # The version bump makes a concurrent move that counted this evidence fail as stale.
        workflow.bump_version(current, current.version if version is None else version)
        workflow.record_event(
            current,
            ClaimEvent.Kind.EVIDENCE_REMOVED,
            actor=actor,
            details={
                "evidence": evidence.pk,
                "kind": evidence.kind,
                "stance": evidence.stance,
                "url": evidence.url,
                "source": evidence.source.name if evidence.source_id else None,
            },
        )
        stored = [evidence.file.name] if evidence.file else []
        archive = ArchivedPage.objects.filter(evidence=evidence).first()
        if archive is not None and archive.body:
            stored.append(archive.body.name)
        evidence.delete()
        # Only once the removal is committed: a rollback must find its files still there.
        transaction.on_commit(lambda: _delete_stored_files(stored))


def evidence_set_public(evidence: Evidence, *, actor, public: bool) -> Evidence:
    """Show an uploaded file on the claim's public fact-check, or keep it private.

    Files are private by default: an upload may hold a source's name or a document
    given in confidence, so an editor decides. Web pages and quotes are always shown."""
    if not roles.can_publish_evidence(actor):
        raise workflow.NotAllowed([_("only an editor can show an evidence file on the public fact-check")])
    if evidence.kind != Evidence.Kind.FILE:
        raise workflow.Refused([_("web pages and quotes are always public: only uploaded files need this")])
    with transaction.atomic():
        changed = Evidence.objects.filter(pk=evidence.pk).exclude(public=public).update(public=public)
        if changed:
            workflow.record_event(
                evidence.claim,
                ClaimEvent.Kind.EVIDENCE_PUBLIC,
                actor=actor,
                details={"evidence": evidence.pk, "file": evidence.file.name, "public": public},
            )
    evidence.refresh_from_db()
    return evidence


def _delete_stored_files(names: list[str]) -> None:
    for name in names:
        try:
            default_storage.delete(name)
        except Exception:
            # The removal stands; a leftover file is only wasted space.
            logger.warning("Could not delete stored file %s", name, exc_info=True)


def evidence_link_to_source(source: Source, *, actor) -> int:
    """Link to `source` the web evidence with no source whose address its domains now cover.

    Call inside a transaction. Recorded on each affected claim; returns how many were linked.
    """
    domains = list(source.domains.values_list("domain", flat=True))
    if not domains:
        return 0
    maybe = Q()
    for domain in domains:
        # An address may spell an international domain either way: xn--caf-dma.fr or café.fr.
        maybe |= Q(url__icontains=domain) | Q(url__icontains=unicode_domain(domain))
    candidates = Evidence.objects.filter(maybe, kind=Evidence.Kind.URL, source__isnull=True)
    # The same rule as for new evidence: the most specific registered domain decides.
    by_claim: dict[int, list[int]] = {}
    for evidence in candidates.only("pk", "url", "claim_id"):
        matched = source_for_url(evidence.url)
        if matched is not None and matched.pk == source.pk:
            by_claim.setdefault(evidence.claim_id, []).append(evidence.pk)
    linked = 0
    for claim_id, evidence_ids in by_claim.items():
        count = Evidence.objects.filter(pk__in=evidence_ids, source__isnull=True).update(source=source)
        if count:
            linked += count
            workflow.record_event(
                Claim(pk=claim_id),
                ClaimEvent.Kind.EVIDENCE_SOURCE_CHANGED,
                actor=actor,
                details={"evidence": evidence_ids, "from": None, "to": source.name},
            )
    return linked
