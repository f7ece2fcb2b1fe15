import pytest
from django.contrib.auth.models import Group

from claims import roles
from tests import factories

pytestmark = pytest.mark.django_db


def group_permissions(name):
    return sorted(
        f"{app}.{code}"
        for app, code in Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename")
    )


def test_the_migration_gives_each_group_the_permissions_the_roles_module_lists():
    assert group_permissions(roles.FACT_CHECKERS) == sorted(roles.FACT_CHECKER_PERMISSIONS)
    assert group_permissions(roles.EDITORS) == sorted(roles.EDITOR_PERMISSIONS)


@pytest.mark.parametrize(
    "persona,expected",
    [("fact_checker", "fact-checker"), ("editor", "editor"), ("admin_user", "admin"), ("outsider", "none")],
)
def test_role_names(request, persona, expected):
    assert roles.role_name(request.getfixturevalue(persona)) == expected


def test_an_inactive_editor_can_do_nothing():
    former = factories.editor(is_active=False)
    assert not roles.is_member(former)
    assert not roles.can_assign_claims(former)
