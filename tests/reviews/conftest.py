import pytest
from django.contrib.auth.models import Group, Permission

from claims import roles

# The loopback page server and the no-network guards of the intake tests serve here too:
# archiving evidence fetches pages the same safe way.
from tests.intake.conftest import fake_dns, local_server, stay_on_loopback  # noqa: F401


@pytest.fixture
def desk_roles(transactional_db):
    """The role groups, which an earlier transactional test's flush removed with the rest of the data."""
    for name, codes in (
        (roles.FACT_CHECKERS, roles.FACT_CHECKER_PERMISSIONS),
        (roles.EDITORS, roles.EDITOR_PERMISSIONS),
    ):
        group, _created = Group.objects.get_or_create(name=name)
        for code in codes:
            app_label, codename = code.split(".")
            group.permissions.add(Permission.objects.get(content_type__app_label=app_label, codename=codename))
