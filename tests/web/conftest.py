import pytest
from django.test import Client

HTMX = {"HTTP_HX_REQUEST": "true"}


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def checker_client(fact_checker):
    return signed_in(fact_checker)


@pytest.fixture
def editor_client(editor):
    return signed_in(editor)


@pytest.fixture
def outsider_client(outsider):
    return signed_in(outsider)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """`make test` compiles the .mo files; this covers running pytest directly."""
    from django.conf import settings
    from django.core.management import call_command

    po = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
        call_command("compilemessages", locale=["fr"], ignore_patterns=[".venv"], verbosity=0)
