"""A transactional test leaves the migrated data (the roles) for whatever test runs next on its
worker, whatever the order: pytest-xdist's loadgroup scheduler runs the largest group first, so
the real-broker tests (transactional) may come before tests that run inside one transaction and
read the roles without restoring them (tests/conftest.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from claims import roles

REPOSITORY = Path(__file__).resolve().parent.parent

# One worker, in this order: pytest-django runs transactional tests after the others and
# tests without a database last.
pytestmark = pytest.mark.xdist_group("transactional_then_after")


@pytest.mark.django_db(transaction=True)
def test_a_transactional_test_sees_the_roles():
    assert Group.objects.filter(name=roles.EDITORS).exists()


def test_the_roles_are_there_after_a_transactional_test(django_db_setup, django_db_blocker):
    # Reads the database directly, as a test inside a transaction would see it, without the
    # restore that serialized rollback does at the start of a transactional test.
    with django_db_blocker.unblock():
        assert set(Group.objects.values_list("name", flat=True)) >= {roles.FACT_CHECKERS, roles.EDITORS}


@pytest.mark.postgres
def test_after_the_last_test_nothing_is_written_to_the_configured_database():
    # The last test's teardown destroys the test database and points the connection back at the
    # configured one, here a database that does not exist: a reload then would write the test
    # data there (with SQLite's in-memory test database the old connection stays, so PostgreSQL).
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith(("PYTEST_XDIST", "CELERY_"))
    }
    environment["DATABASE_URL"] = os.environ["DATABASE_URL"] + "_never_created"
    last_test = f"{Path(__file__).relative_to(REPOSITORY)}::test_a_transactional_test_sees_the_roles"
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "--numprocesses", "0", "-p", "no:cacheprovider", "-q", last_test],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
