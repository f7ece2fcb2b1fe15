"""Sources proposed from the desk: a member asks, an editor accepts (registering the domain and
linking the evidence waiting on it) or declines with a reason; the proposer is told either way."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from claims import roles, workflow
from notifications.models import Notification
from notifications.services import notify
from reviews.models import Evidence
from reviews.services.proposal_settling import proposal_decide
from reviews.services.registry import source_register_domain
from sources.models import Source, SourceDomain, SourceProposal
from sources.selectors import is_public_suffix, normalise_domain, unicode_domain
from sources.services import public_suffix_refusal


def _checked_choice(value: str, choices, refusal: str) -> str:
    if value not in choices.values:
        raise workflow.Refused([refusal % {"value": value}])
    return value


def source_propose(
    domain: str, *, actor, name: str, kind: str = Source.Kind.OTHER, reliability: str = "", note: str = ""
) -> SourceProposal:
    """Record `actor`'s proposal to register `domain`, on which some of the desk's web evidence waits.
    `reliability` is a suggestion for the editor; empty, the source would start not yet rated."""
    if not roles.can_propose_source(actor):
        raise workflow.NotAllowed([_("only desk members can propose a source")])
    domain = normalise_domain(domain)
    if not domain:
        raise workflow.Refused([_("that is not a domain name")])
    if is_public_suffix(domain):
        raise workflow.Refused([public_suffix_refusal(domain)])
    name = name.strip()[:200]
    if not name:
        raise workflow.Refused([_("give the source's name")])
    kind = _checked_choice(kind, Source.Kind, _("unknown kind of source “%(value)s”"))
    reliability = _checked_choice(
        reliability or Source.Reliability.UNRATED, Source.Reliability, _("unknown reliability “%(value)s”")
    )
    shown = unicode_domain(domain)
    owner = SourceDomain.objects.filter(domain=domain).select_related("source").first()
    if owner:
        raise workflow.Refused(
            [_("%(domain)s already belongs to %(source)s") % {"domain": shown, "source": owner.source.name}]
        )
    waiting = Evidence.objects.filter(
        Q(domain=domain) | Q(domain__endswith=f".{domain}"), kind=Evidence.Kind.URL, source__isnull=True
    )
    if not waiting.exists():
        raise workflow.Refused([_("no evidence without a source comes from %(domain)s") % {"domain": shown}])
    try:
        with transaction.atomic():
            return SourceProposal.objects.create(
                domain=domain, name=name, kind=kind, reliability=reliability, note=note.strip(), proposed_by=actor
            )
    except IntegrityError:
        raise workflow.Refused(
            [_("%(domain)s is already proposed: an editor will decide") % {"domain": shown}]
        ) from None


def _locked_pending(proposal: SourceProposal) -> SourceProposal:
    locked = SourceProposal.objects.select_for_update(of=("self",)).select_related("proposed_by").get(pk=proposal.pk)
    if locked.state != SourceProposal.State.PENDING:
        raise workflow.Refused(
            [_("this proposal was already %(state)s") % {"state": locked.get_state_display().lower()}]
        )
    return locked


def source_proposal_accept(
    proposal: SourceProposal, *, actor, name: str = "", kind: str = "", reliability: str = ""
) -> tuple[Source, int]:
    """Register the proposed domain as a Source, with the name, kind and reliability the editor
    settled on (the proposal's where left empty), link the evidence waiting on it and tell the
    proposer. Returns (source, evidence linked)."""
    if not roles.can_decide_source_proposal(actor):
        raise workflow.NotAllowed([_("only an editor can accept or decline a proposed source")])
    with transaction.atomic():
        proposal = _locked_pending(proposal)
        # The registration's settling leaves this one to us: decided here, with its source, in one write.
        source, linked = source_register_domain(
            proposal.domain,
            actor=actor,
            name=name.strip() or proposal.name,
            kind=kind or proposal.kind,
            reliability=reliability or proposal.reliability,
            accepting=proposal,
        )
        proposal_decide(proposal, SourceProposal.State.ACCEPTED, actor=actor, source=source)
        notify(
            proposal.proposed_by,
            Notification.Kind.PROPOSAL_ACCEPTED,
            text=_(
                "%(editor)s registered %(source)s (%(domain)s), which you proposed; %(count)d evidence items linked."
            )
            % {
                "editor": actor.get_username(),
                "source": source.name,
                "domain": unicode_domain(proposal.domain),
                "count": linked,
            },
            dedupe_key=f"proposal-decided:{proposal.pk}",
        )
    return source, linked


def source_proposal_decline(proposal: SourceProposal, *, actor, reason: str) -> SourceProposal:
    """Decline the proposal, saying why to its proposer."""
    if not roles.can_decide_source_proposal(actor):
        raise workflow.NotAllowed([_("only an editor can accept or decline a proposed source")])
    reason = reason.strip()
    if not reason:
        raise workflow.Refused([_("say why you decline it: the proposer is told")])
    with transaction.atomic():
        proposal = _locked_pending(proposal)
        proposal.decline_reason = reason
        proposal_decide(proposal, SourceProposal.State.DECLINED, actor=actor)
        notify(
            proposal.proposed_by,
            Notification.Kind.PROPOSAL_DECLINED,
            text=_("%(editor)s declined your proposal of %(name)s (%(domain)s): %(reason)s")
            % {
                "editor": actor.get_username(),
                "name": proposal.name,
                "domain": unicode_domain(proposal.domain),
                "reason": reason,
            },
            dedupe_key=f"proposal-decided:{proposal.pk}",
        )
    return proposal
