"""A proposed domain registered in any way settles its pending proposal: the proposal accepted, the
one-click registration, a source's domains edited (desk, admin or API), the registry's CSV import.
Every path that gives a Source a new domain calls `proposals_settle`, so no proposal stays pending
for a domain the registry already knows (accepting it later could only fail)."""

from django.utils import timezone
from django.utils.translation import gettext as _

from notifications.models import Notification
from notifications.services import notify
from sources.models import Source, SourceProposal
from sources.selectors import unicode_domain


def proposal_decide(proposal: SourceProposal, state: str, *, actor, source: Source | None = None) -> None:
    proposal.state = state
    proposal.decided_by = actor
    proposal.decided_at = timezone.now()
    proposal.source = source
    proposal.save(update_fields=["state", "decided_by", "decided_at", "source", "decline_reason"])


def proposals_settle(source: Source, *, actor, accepting: SourceProposal | None = None) -> None:
    """Accept into `source` the pending proposals of the domains it now has, and tell their proposers;
    `accepting`, the proposal whose acceptance registers them, is left to its caller. Call inside the
    transaction that added the domains."""
    pending = (
        SourceProposal.objects.select_for_update(of=("self",))
        .filter(state=SourceProposal.State.PENDING, domain__in=source.domains.values("domain"))
        .select_related("proposed_by")
    )
    if accepting is not None:
        pending = pending.exclude(pk=accepting.pk)
    for proposal in pending:
        proposal_decide(proposal, SourceProposal.State.ACCEPTED, actor=actor, source=source)
        if proposal.proposed_by is None:
            continue
        notify(
            proposal.proposed_by,
            Notification.Kind.PROPOSAL_ACCEPTED,
            text=_("%(editor)s registered %(domain)s, which you proposed, as part of %(source)s.")
            % {"editor": actor.get_username(), "domain": unicode_domain(proposal.domain), "source": source.name},
            dedupe_key=f"proposal-decided:{proposal.pk}",
        )
