"""Repeats: a claim checked before turning up again (what Full Fact calls trends).

`repeat_record` is the one way a claim's repeat is written. Matching calls it when a suggestion is linked
(publishing.matching.match_link). Monitoring records a sentence it saw (`appearance_repeat_record`);
promoted to a ticket, that sentence's repeat becomes the claim's (`appearance_repeat_claimed`): one row
per sentence seen, whichever way it came in.
Reads (a fact-check's repeats over time, the most repeated of the last days) are here too, since
they do not depend on who asks: every member of the desk sees them.
"""

from datetime import timedelta

from django.db.models import Count, Max
from django.utils import timezone

from claims.models import Claim
from publishing.models import ExternalFactCheck, Repeat

# The editors' dashboard: the most repeated checked claims of this many days.
TRENDING_DAYS = 30
TRENDING_LIMIT = 10
# Repeats a desk page lists, newest first (the API pages through them all).
LISTED = 50


def repeat_record(
    claim: Claim, checked: Claim | ExternalFactCheck, *, document=None, outlet=None, speaker=None, said_on=None
) -> Repeat:
    """Record that `claim` repeats `checked` (a claim checked here, or an imported fact-check), once
    per claim: running it again returns the row already recorded. Where, who and when default to the
    claim's own article (its outlet or publisher, its date) and speaker. A claim whose repeat points
    elsewhere (monitoring matched its sentence to another fact-check) is re-pointed: the person who
    linked it decided what it repeats."""
    existing = Repeat.objects.filter(claim=claim).first()
    if existing is not None:
        target = {"checked_claim": None, "external": None, **_target(checked)}
        if any(getattr(existing, field) != value for field, value in target.items()):
            Repeat.objects.filter(pk=existing.pk).update(**target)
            existing.refresh_from_db()
        return existing
    document = document if document is not None else claim.document
    if outlet is None:
        outlet = (document.outlet or (document.publisher.name if document.publisher_id else "")) if document else ""
    if said_on is None:
        said_on = document.published if document and document.published else timezone.localdate(claim.created_at)
    repeat, _created = Repeat.objects.get_or_create(
        claim=claim,
        defaults={
            **_target(checked),
            "document": document,
            "outlet": outlet[:200],
            "speaker": (claim.speaker if speaker is None else speaker)[:300],
            "said_on": said_on,
        },
    )
    return repeat


def appearance_repeat_record(
    appearance: str,
    checked: Claim | ExternalFactCheck,
    *,
    text: str,
    document,
    speaker: str = "",
    claim_id: int | None = None,
) -> tuple[Repeat, bool]:
    """Record that a sentence seen by monitoring (`appearance`, e.g. "lead:42") repeats `checked`, once
    per appearance; returns (repeat, created): running again creates nothing. `claim_id` is the ticket the
    sentence was already promoted to: when that claim has its repeat (it was linked), it is the one."""
    if claim_id is not None:
        existing = Repeat.objects.filter(claim_id=claim_id).first()
        if existing is not None:
            return existing, False
    outlet = document.outlet or (document.publisher.name if document.publisher_id else "")
    return Repeat.objects.get_or_create(
        appearance=appearance,
        defaults={
            **_target(checked),
            "claim_id": claim_id,
            "text": text,
            "document": document,
            "outlet": outlet[:200],
            "speaker": speaker[:300],
            "said_on": document.published or timezone.localdate(),
        },
    )


def appearance_repeat_claimed(appearance: str, claim: Claim) -> None:
    """The sentence seen by monitoring became `claim` (a lead promoted to a ticket): its repeat is now the
    claim's, so linking the claim to the fact-check finds it rather than recording the sentence twice."""
    Repeat.objects.filter(appearance=appearance, claim__isnull=True).update(claim=claim)


def _target(checked: Claim | ExternalFactCheck) -> dict:
    return {"checked_claim": checked} if isinstance(checked, Claim) else {"external": checked}


def repeats_of(checked: Claim | ExternalFactCheck):
    """The repeats of one checked claim or imported fact-check, newest first."""
    return Repeat.objects.filter(**_target(checked)).select_related("claim", "document").order_by("-said_on", "-id")


def most_repeated(*, days: int = TRENDING_DAYS, limit: int = TRENDING_LIMIT) -> list[dict]:
    """The checked claims and fact-checks repeated most in the last `days` days, each as
    {"checked": Claim | ExternalFactCheck, "repeats": n, "last": date}, most repeated first."""
    since = timezone.localdate() - timedelta(days=days)
    rows = list(
        Repeat.objects.filter(said_on__gte=since)
        .values("checked_claim", "external")
        .annotate(repeats=Count("id"), last=Max("said_on"))
        .order_by("-repeats", "-last", "checked_claim", "external")[:limit]
    )
    claims = Claim.objects.in_bulk([row["checked_claim"] for row in rows if row["checked_claim"]])
    factchecks = ExternalFactCheck.objects.in_bulk([row["external"] for row in rows if row["external"]])
    return [
        {
            "checked": claims[row["checked_claim"]] if row["checked_claim"] else factchecks[row["external"]],
            "repeats": row["repeats"],
            "last": row["last"],
        }
        for row in rows
    ]
