from django.apps import AppConfig


class FactcheckConfig(AppConfig):
    name = "factcheck"
    verbose_name = "Factcheck desk"

    def ready(self):
        from factcheck import checks  # noqa: F401  (registers the deployment checks)
