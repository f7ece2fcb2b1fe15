from django.apps import AppConfig
from django.db.models.signals import post_save


class PublishingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "publishing"
    verbose_name = "Publishing"

    def ready(self):
        from claims.models import Claim

        # Every claim, however created (extraction, promotion, typed in, imported), gets its
        # normalised text, so it can be matched; looking for matches is the creators' call.
        post_save.connect(_index_claim, sender=Claim, dispatch_uid="publishing.index_claim")


def _index_claim(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if raw or (update_fields is not None and "text" not in update_fields):
        return
    from publishing.matching import claim_index

    claim_index(instance)
