from django.apps import AppConfig


class ApiConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "api"
    verbose_name = "REST API"

    def ready(self):
        from django.contrib.auth import get_user_model
        from django.db.models.signals import pre_save

        from factcheck.tokens import revoke_tokens_on_password_change

        # API tokens die with the password they were issued under.
        pre_save.connect(revoke_tokens_on_password_change, sender=get_user_model(), dispatch_uid="revoke-api-tokens")
