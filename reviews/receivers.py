"""Whoever records a claim's move or verdict (desk, API, admin, tasks), its watchers hear of it."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from claims.models import ClaimEvent
from reviews.services.teamwork import watchers_notify


@receiver(post_save, sender=ClaimEvent, dispatch_uid="reviews.watchers_notify")
def tell_watchers(sender, instance: ClaimEvent, created: bool, raw: bool = False, **kwargs):
    if created and not raw:
        watchers_notify(instance)
