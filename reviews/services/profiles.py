"""A desk member's own settings that the public side reads: whether they are named on fact-checks."""

from django.db import transaction
from django.utils.translation import gettext as _

from claims import roles
from factcheck.errors import NotAllowed
from reviews.models import ReviewerProfile


def byline_consent_set(person, *, actor, named: bool) -> ReviewerProfile:
    """Name `person` on the fact-checks they wrote or approved (`named`), or stop: the pages, the
    ClaimReview and the feeds follow at once, since they read the setting when they render."""
    if not roles.can_set_byline_consent(actor, person):
        raise NotAllowed([_("only the person themselves or an admin may change whether they are named")])
    with transaction.atomic():
        profile, _created = ReviewerProfile.objects.select_for_update().get_or_create(user=person)
        if profile.named_publicly != named:
            profile.named_publicly = named
            profile.save(update_fields=["named_publicly"])
    return profile
