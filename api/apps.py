from django.apps import AppConfig
from django.core import checks


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = "REST API"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_save

        from factcheck.checks import shared_cache
        from factcheck.tokens import revoke_tokens_on_password_change

        # The API's sign-in throttles are the ones that need a cache shared by every process.
        checks.register(shared_cache, checks.Tags.caches, deploy=True)
        # API tokens die with the password they were issued under.
        pre_save.connect(revoke_tokens_on_password_change, sender=get_user_model(), dispatch_uid="revoke-api-tokens")
