"""The desk-wide checklist: editors keep its steps, whoever works a claim ticks them, each tick recorded."""

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext as _

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from reviews.models import ChecklistItem, ChecklistTick

STEP_MAX_LENGTH = 200


def _require_checklist_editor(actor) -> None:
    if not roles.can_edit_checklist(actor):
        raise workflow.NotAllowed([_("only an editor can change the desk's checklist")])


def checklist_item_add(*, actor, text: str) -> ChecklistItem:
    """Add a step at the end of the checklist."""
    _require_checklist_editor(actor)
    text = " ".join(text.split())
    if not text:
        raise workflow.Refused([_("write the step")])
    if len(text) > STEP_MAX_LENGTH:
        raise workflow.Refused([_("a step holds at most %(count)d characters") % {"count": STEP_MAX_LENGTH}])
    last = ChecklistItem.objects.aggregate(last=Max("position"))["last"]
    return ChecklistItem.objects.create(text=text, position=(last or 0) + 1)


def checklist_item_retire(item: ChecklistItem, *, actor) -> None:
    """Take a step off the checklist; the ticks already recorded against it stay."""
    _require_checklist_editor(actor)
    ChecklistItem.objects.filter(pk=item.pk).update(active=False)


def checklist_tick(claim: Claim, item: ChecklistItem, *, actor, done: bool) -> bool:
    """Tick (or untick) a step on the claim, recording it on the claim's timeline when it changes.
    Returns whether the step is now done. Repeating it changes nothing."""
    if not roles.can_tick_checklist(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can tick its checklist")])
    if done and not ChecklistItem.objects.filter(pk=item.pk, active=True).exists():
        raise workflow.Refused([_("this step is no longer on the checklist")])
    with transaction.atomic():
        if done:
            try:
                with transaction.atomic():
                    ChecklistTick.objects.create(claim=claim, item=item, ticked_by=actor)
            except IntegrityError:
                return True  # Already ticked.
        elif not ChecklistTick.objects.filter(claim=claim, item=item).delete()[0]:
            return False
        workflow.record_event(claim, ClaimEvent.Kind.CHECKLIST, actor=actor, details={"step": item.text, "done": done})
    return done
