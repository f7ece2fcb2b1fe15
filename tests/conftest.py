import pytest

from factcheck.celery import app as celery_app
from tests import factories


@pytest.fixture(autouse=True)
def tasks_run_in_process(request):
    """Tasks run eagerly except in tests that start a real worker, even when CI sets a broker."""
    if request.node.get_closest_marker("celery_worker"):
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def fast_test_settings(settings, tmp_path):
    # Real password hashing costs a quarter second per user; tests make hundreds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def role_groups_after_flush(request):
    """Transactional tests empty every table after each test, the role groups made by the
    data migration included; the next transactional test makes them again."""
    marker = request.node.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction")):
        return
    request.getfixturevalue("transactional_db")
    from django.contrib.auth.models import Group, Permission

    from claims import roles

    for name, codes in (
        (roles.FACT_CHECKERS, roles.FACT_CHECKER_PERMISSIONS),
        (roles.EDITORS, roles.EDITOR_PERMISSIONS),
    ):
        group, created = Group.objects.get_or_create(name=name)
        if created:
            for code in codes:
                app_label, codename = code.split(".")
                group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))


@pytest.fixture
def fact_checker(db):
    return factories.fact_checker(username="fiona")


@pytest.fixture
def other_fact_checker(db):
    return factories.fact_checker(username="oscar")


@pytest.fixture
def editor(db):
    return factories.editor(username="edith")


@pytest.fixture
def admin_user(db):
    return factories.UserFactory(username="ada", is_superuser=True, is_staff=True)


@pytest.fixture
def outsider(db):
    """Signed in, but holds no role on the desk."""
    return factories.UserFactory(username="otto")


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    on_postgres = connection.vendor == "postgresql"
    for item in items:
        if item.get_closest_marker("postgres") and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL to a PostgreSQL database"))
