from django.apps import AppConfig
from django.core import checks


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = "REST API"

    def ready(self):
        from factcheck.checks import shared_cache

        # The API's sign-in throttles are the ones that need a cache shared by every process.
        checks.register(shared_cache, checks.Tags.caches, deploy=True)
