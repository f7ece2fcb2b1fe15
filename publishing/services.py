"""Writes about public fact-checks: publish, withdraw, correct. Each records its ClaimEvent."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from publishing.claimreview import page_language
from publishing.models import ClaimMatch, Correction, Publication
from publishing.repeats import repeat_record
from publishing.text import slug_for
from reviews.models import Verdict
from reviews.services import verdicts


def _unique_slug(text: str) -> str:
    base = slug_for(text)
    slug, number = base, 1
    while Publication.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def claim_move(claim: Claim, to: str, *, actor, version: int | None = None, note: str = "") -> Claim:
    """Every way in moves a claim here: a reopen goes through claim_reopen, any other move is the workflow's."""
    if to == Claim.Status.UNVERIFIED:
        return claim_reopen(claim, actor=actor, version=version, note=note)
    return workflow.transition(claim, to, actor=actor, version=version, note=note)


def claim_reopen(claim: Claim, *, actor, version: int | None = None, note: str) -> Claim:
    """Reopen a claim with what follows from it, together or not at all: its submitted verdict goes back
    to its author as a draft, and its live fact-check is marked under review (its address and
    ClaimReview stay, with dateModified) until an editor corrects or withdraws it."""
    with transaction.atomic():
        claim = workflow.transition(claim, Claim.Status.UNVERIFIED, actor=actor, version=version, note=note)
        verdicts.verdicts_return_on_reopen(claim, actor=actor, note=note)
        now = timezone.now()
        for publication in Publication.objects.select_for_update().filter(
            claim=claim, withdrawn_at__isnull=True, under_review_since__isnull=True
        ):
            Publication.objects.filter(pk=publication.pk).update(under_review_since=now)
            workflow.record_event(
                claim,
                ClaimEvent.Kind.UNDER_REVIEW,
                actor=actor,
                note=note,
                details={"publication": publication.pk, "slug": publication.slug},
            )
    return claim


def verdict_approve(verdict: Verdict, *, actor, comment: str = "") -> Verdict:
    """An editor approves a verdict: its claim closes and its fact-check goes public, together or not at all."""
    with transaction.atomic():
        verdict = verdicts.verdict_approve(verdict, actor=actor, comment=comment)
        publication_publish(verdict, actor=actor)
    return verdict


def publication_publish(verdict: Verdict, *, actor=None) -> Publication:
    """Publish an approved verdict; publishing it again returns the same page.

    Called by verdict_approve inside its transaction. A claim approved again after a
    reopen gets a new page, and its previous page is withdrawn as replaced.
    """
    if verdict.state != Verdict.State.APPROVED:
        raise workflow.Refused([_("only an approved verdict can be published")])
    existing = Publication.objects.filter(verdict=verdict).first()
    if existing:
        return existing
    claim = verdict.claim
    now = timezone.now()
    with transaction.atomic():
        for previous in Publication.objects.select_for_update().filter(claim=claim, withdrawn_at__isnull=True):
            _withdraw(previous, actor=actor, reason=_("Replaced by a new verdict."), now=now)
        try:
            with transaction.atomic():
                publication = Publication.objects.create(
                    verdict=verdict,
                    claim=claim,
                    slug=_unique_slug(claim.text),
                    language=page_language(claim),
                    published_at=now,
                )
        except IntegrityError:
            # A concurrent call published it (or took the slug) first.
            existing = Publication.objects.filter(verdict=verdict).first()
            if existing:
                return existing
            raise
        workflow.record_event(
            claim,
            ClaimEvent.Kind.PUBLISHED,
            actor=actor,
            details={"publication": publication.pk, "slug": publication.slug, "verdict": verdict.pk},
        )
        # Claims linked to this one while it was still being checked repeat it from now on.
        for match in ClaimMatch.objects.filter(matched_claim=claim, state=ClaimMatch.State.LINKED).select_related(
            "claim__document__publisher"
        ):
            repeat_record(match.claim, claim)
    return publication


def _withdraw(publication: Publication, *, actor, reason: str, now) -> None:
    Publication.objects.filter(pk=publication.pk).update(withdrawn_at=now, withdrawal_reason=reason, withdrawn_by=actor)
    workflow.record_event(
        publication.claim,
        ClaimEvent.Kind.WITHDRAWN,
        actor=actor,
        note=reason,
        details={"publication": publication.pk, "slug": publication.slug},
    )


def publication_withdraw(publication: Publication, *, actor, reason: str) -> Publication:
    """Take a fact-check down: its page then answers 410 Gone with the reason."""
    if not roles.can_withdraw(actor, publication):
        raise workflow.NotAllowed([_("only an editor can withdraw a fact-check")])
    if not reason.strip():
        raise workflow.Refused([_("a withdrawal needs a reason")])
    with transaction.atomic():
        current = Publication.objects.select_for_update().select_related("claim").get(pk=publication.pk)
        if current.withdrawn_at is not None:
            raise workflow.Refused([_("this fact-check is already withdrawn")])
        _withdraw(current, actor=actor, reason=reason.strip(), now=timezone.now())
    current.refresh_from_db()
    return current


def publication_correct(publication: Publication, *, actor, text: str) -> Correction:
    """Publish a dated correction under the fact-check."""
    if not roles.can_correct(actor, publication):
        raise workflow.NotAllowed([_("only an editor can publish a correction")])
    if not text.strip():
        raise workflow.Refused([_("a correction needs its text")])
    with transaction.atomic():
        current = Publication.objects.select_for_update().select_related("claim").get(pk=publication.pk)
        if current.withdrawn_at is not None:
            raise workflow.Refused([_("a withdrawn fact-check cannot be corrected")])
        correction = Correction.objects.create(publication=current, text=text.strip(), author=actor)
        # The correction settles what the reopen put under review.
        Publication.objects.filter(pk=current.pk).update(under_review_since=None)
        workflow.record_event(
            current.claim,
            ClaimEvent.Kind.CORRECTED,
            actor=actor,
            note=correction.text,
            details={"publication": current.pk, "correction": correction.pk},
        )
    return correction
