"""Working a claim together: comments with @mentions, and watchers told of its moves and verdicts."""

import re

from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from claims import roles, workflow
from claims.models import Claim, ClaimEvent
from notifications.models import Notification
from notifications.services import notify
from reviews.models import ClaimComment, ClaimWatch, Tag

COMMENT_MAX_LENGTH = 5000
TAG_MAX_LENGTH = 40
TAGS_PER_CLAIM = 10
# "@fiona" or "@jean.dupont," : a username's characters, not preceded by a word character (an email
# address is not a mention); a full stop that ends the sentence is not part of the name.
MENTION = re.compile(r"(?<![\w@])@([\w.@+-]+)")

# The claim events watchers hear of, and how each reads in their notification.
WATCHED_EVENTS = {
    ClaimEvent.Kind.STATUS: gettext_lazy("%(actor)s moved “%(claim)s” to %(status)s."),
    ClaimEvent.Kind.VERDICT_SUBMITTED: gettext_lazy("%(actor)s submitted a verdict on “%(claim)s”."),
    ClaimEvent.Kind.VERDICT_APPROVED: gettext_lazy("%(actor)s approved the verdict on “%(claim)s”."),
    ClaimEvent.Kind.VERDICT_REJECTED: gettext_lazy("%(actor)s sent back the verdict on “%(claim)s”."),
}


def mentioned_usernames(text: str) -> list[str]:
    return list(dict.fromkeys(name.rstrip(".") for name in MENTION.findall(text)))


def comment_add(claim: Claim, *, actor, text: str) -> ClaimComment:
    """Add `actor`'s comment to the claim and notify the people it mentions who may see the claim;
    a mention of anyone else (unknown, inactive, without a desk role) notifies no one."""
    if not roles.can_comment_on_claim(actor, claim):
        raise workflow.NotAllowed([_("only desk members can comment on a claim")])
    text = text.strip()
    if not text:
        raise workflow.Refused([_("write something to comment")])
    if len(text) > COMMENT_MAX_LENGTH:
        raise workflow.Refused([_("a comment holds at most %(count)d characters") % {"count": COMMENT_MAX_LENGTH}])
    names = mentioned_usernames(text)
    candidates = get_user_model().objects.filter(username__in=names, is_active=True).exclude(pk=actor.pk)
    mentioned = [user for user in candidates if roles.can_view_claim(user, claim)]
    with transaction.atomic():
        comment = ClaimComment.objects.create(claim=claim, author=actor, text=text)
        comment.mentioned.set(mentioned)
        excerpt = Truncator(text).chars(200)
        for user in mentioned:
            notify(
                user,
                Notification.Kind.MENTIONED,
                claim=claim,
                text=_("%(author)s mentioned you on “%(claim)s”: %(excerpt)s")
                % {"author": actor.get_username(), "claim": Truncator(claim.text).chars(80), "excerpt": excerpt},
                dedupe_key=f"mention:comment-{comment.pk}:user-{user.pk}",
            )
    return comment


def claim_watch(claim: Claim, *, actor, watching: bool) -> bool:
    """Start or stop watching the claim; returns whether `actor` now watches it. Repeating it changes nothing."""
    if not roles.can_watch_claim(actor, claim):
        raise workflow.NotAllowed([_("only desk members can watch a claim")])
    if not watching:
        ClaimWatch.objects.filter(claim=claim, user=actor).delete()
        return False
    try:
        with transaction.atomic():
            ClaimWatch.objects.get_or_create(claim=claim, user=actor)
    except IntegrityError:
        pass  # Watched from another tab at the same moment: watched all the same.
    return True


def watchers_notify(event: ClaimEvent) -> int:
    """Tell the claim's watchers (its actor aside) of a move or a verdict; returns how many were told.
    Called for every ClaimEvent saved (reviews.receivers), inside the transaction that records it."""
    template = WATCHED_EVENTS.get(event.kind)
    if template is None:
        return 0
    watches = ClaimWatch.objects.filter(claim_id=event.claim_id).exclude(user_id=event.actor_id).select_related("user")
    watches = list(watches)
    if not watches:
        return 0
    claim = Claim.objects.get(pk=event.claim_id)
    text = str(template) % {
        "actor": event.actor.get_username() if event.actor_id else _("the desk"),
        "claim": Truncator(claim.text).chars(80),
        "status": Claim.Status(event.to_status).label if event.to_status else "",
    }
    told = 0
    for watch in watches:
        if roles.can_view_claim(watch.user, claim) and notify(
            watch.user,
            Notification.Kind.WATCHED_CLAIM,
            claim=claim,
            text=text,
            dedupe_key=f"watch:event-{event.pk}:user-{watch.user_id}",
        ):
            told += 1
    return told


def tag_names_cleaned(names: list[str]) -> list[str]:
    """Names with their spaces tidied, without repeats in any case; Refused when one is too long or too many."""
    cleaned = {}
    for name in names:
        name = " ".join(name.split())
        if name:
            cleaned.setdefault(name.casefold(), name)
    too_long = [name for name in cleaned.values() if len(name) > TAG_MAX_LENGTH]
    if too_long:
        raise workflow.Refused(
            [_("a tag holds at most %(count)d characters: %(name)s") % {"count": TAG_MAX_LENGTH, "name": too_long[0]}]
        )
    if len(cleaned) > TAGS_PER_CLAIM:
        raise workflow.Refused([_("a claim takes at most %(count)d tags") % {"count": TAGS_PER_CLAIM}])
    return list(cleaned.values())


def claim_set_tags(claim: Claim, *, actor, names: list[str]) -> list[Tag]:
    """File the claim under exactly these topics (an existing tag in any case, else a new one),
    recording what was added and removed on its timeline. Returns its tags."""
    if not roles.can_tag_claim(actor, claim):
        raise workflow.NotAllowed([_("only the claim's assignee or an editor can tag it")])
    names = tag_names_cleaned(names)
    with transaction.atomic():
        tags = []
        for name in names:
            tag = Tag.objects.filter(name__iexact=name).first()
            if tag is None:
                try:
                    with transaction.atomic():
                        tag = Tag.objects.create(name=name)
                except IntegrityError:  # Created by someone else a moment ago.
                    tag = Tag.objects.get(name__iexact=name)
            tags.append(tag)
        before = {tag.name for tag in claim.tags.all()}
        claim.tags.set(tags)
        after = {tag.name for tag in tags}
        if before != after:
            workflow.record_event(
                claim,
                ClaimEvent.Kind.TAGS,
                actor=actor,
                details={"added": sorted(after - before), "removed": sorted(before - after)},
            )
    return sorted(tags, key=lambda tag: tag.name.casefold())


def claim_add_tag(claim: Claim, *, actor, name: str) -> bool:
    """File the claim under one more topic, keeping its others (one timeline event, as claim_set_tags
    records it). Returns whether it was added: a tag the claim has already, in any case, changes nothing."""
    current = [tag.name for tag in claim.tags.all()]
    tags = claim_set_tags(claim, actor=actor, names=[*current, name])
    return len(tags) > len(current)
