"""A transactional test leaves the migrated data (the roles) for whatever test runs next on its
worker, whatever the order: pytest-xdist's loadgroup scheduler runs the largest group first, so
the real-broker tests (transactional) may come before tests that run inside one transaction and
read the roles without restoring them (tests/conftest.py)."""

import pytest
from django.contrib.auth.models import Group

from claims import roles

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
