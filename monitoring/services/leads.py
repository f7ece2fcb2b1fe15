"""Writes about leads: recording the check-worthy sentences of a monitored article, promoting one to
a ticket or dismissing it (both recorded), archiving old ones (never deleting)."""

import hashlib
import re
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from claims import roles
from claims import services as claim_services
from claims.models import Claim, Document
from factcheck.errors import NotAllowed, Refused
from monitoring.models import Lead
from monitoring.services import topics as topic_services
from publishing import repeats

_WORDS = re.compile(r"\w+")


def group_key(text: str) -> str:
    """The same sentence in several outlets, whatever its case, punctuation or spacing, shares a key."""
    words = " ".join(_WORDS.findall(text.casefold()))
    return hashlib.sha256(words.encode("utf-8")).hexdigest()


def leads_record(document: Document, sentences) -> None:
    """Keep a monitored article's check-worthy sentences as leads, tagged with their topics;
    running again adds none twice."""
    Lead.objects.bulk_create(
        [
            Lead(
                document=document,
                text=sentence.text,
                start=sentence.start,
                end=sentence.end,
                speaker=sentence.speaker,
                said_at_ms=sentence.said_at_ms,
                language=document.language,
                score=sentence.score,
                reasons=list(sentence.reasons),
                group_key=group_key(sentence.text),
            )
            for sentence in sentences
        ],
        ignore_conflicts=True,
    )
    # Read back: with ignore_conflicts the database does not say which rows are new (nor their ids).
    topic_services.leads_tag(Lead.objects.filter(document=document).only("pk", "text", "language"))


def _decidable(lead: Lead, actor) -> Lead:
    """The lead, locked, while it is still open; refused otherwise."""
    if not roles.can_decide_lead(actor):
        raise NotAllowed([_("only members of the desk can promote or dismiss a lead")])
    locked = Lead.objects.select_for_update().select_related("document").get(pk=lead.pk)
    if locked.state != Lead.State.OPEN:
        raise Refused([_("this lead was already %(state)s") % {"state": locked.get_state_display().lower()}])
    return locked


# Appearances noted on a promoted lead's ticket at most.
APPEARANCES_NOTED = 50


def lead_promote(lead: Lead, *, actor, claims_created=None) -> Claim:
    """Make the lead a claim ticket; the other appearances of its group (the same thing said elsewhere,
    however worded) are noted on the ticket's first event and leave the view with it: one ticket per
    group. `claims_created([claim])` is called inside the transaction (matching)."""
    with transaction.atomic():
        locked = _decidable(lead, actor)
        appearances = list(
            Lead.objects.filter(group_key=locked.group_key)
            .exclude(pk=locked.pk)
            .order_by("created_at", "pk")
            .values_list("document__url", flat=True)[:APPEARANCES_NOTED]
        )
        claim = claim_services.claim_create(
            locked.document,
            locked,
            origin="lead",
            actor=actor,
            context={"lead": locked.pk, "also_said_in": appearances},
        )
        _decide(locked, Lead.State.PROMOTED, actor, claim=claim)
        repeats.appearance_repeat_claimed(locked.appearance, claim)
        for other in _open_group_of(locked):
            _decide(other, Lead.State.PROMOTED, actor)
        if claims_created is not None:
            claims_created([claim])
    return claim


def lead_dismiss(lead: Lead, *, actor) -> Lead:
    """Dismiss the lead and its group's other open appearances: the desk judged what was said, not
    one outlet's sentence, and would not want it back from the next outlet."""
    with transaction.atomic():
        locked = _decidable(lead, actor)
        _decide(locked, Lead.State.DISMISSED, actor)
        for other in _open_group_of(locked):
            _decide(other, Lead.State.DISMISSED, actor)
    return locked


def _open_group_of(lead: Lead) -> list[Lead]:
    """The other open leads of its group, locked."""
    return list(
        Lead.objects.select_for_update(of=("self",))
        .filter(group_key=lead.group_key, state=Lead.State.OPEN)
        .exclude(pk=lead.pk)
        .select_related("document")
        .order_by("pk")
    )


def _decide(lead: Lead, state: str, actor, *, claim=None) -> None:
    lead.state = state
    lead.decided_by = actor
    lead.decided_at = timezone.now()
    lead.claim = claim
    lead.save(update_fields=["state", "decided_by", "decided_at", "claim"])


def leads_archive(now=None) -> int:
    """Leads older than FACTCHECK_LEAD_ARCHIVE_DAYS leave the view; the rows stay."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.FACTCHECK_LEAD_ARCHIVE_DAYS)
    return Lead.objects.filter(archived_at__isnull=True, created_at__lt=cutoff).update(archived_at=now)
