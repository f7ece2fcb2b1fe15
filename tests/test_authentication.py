"""The caller arrives with their permissions: one query for the user (session) or the token,
the same permissions Django's ModelBackend would find, and nothing kept between requests."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from rest_framework.exceptions import AuthenticationFailed
from rest_framework.test import APIClient

from claims import roles
from factcheck.authentication import TokenWithPermissionsAuthentication, UserWithPermissionsBackend
from factcheck.tokens import token_issue
from tests import factories

pytestmark = pytest.mark.django_db


def permission(name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def what_django_finds(user):
    return ModelBackend().get_all_permissions(type(user).objects.get(pk=user.pk))


@pytest.fixture
def callers(fact_checker, editor, outsider):
    """Every way of holding a permission: a role, two roles, one given directly, both, none."""
    direct = factories.UserFactory(username="dina")
    direct.user_permissions.add(permission("sources.change_source"))
    mixed = factories.fact_checker(username="max")
    mixed.user_permissions.add(permission("sources.change_source"), permission("claims.view_claim"))
    both_roles = factories.editor(username="bo")
    both_roles.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    return [fact_checker, editor, outsider, direct, mixed, both_roles]


def test_a_signed_in_user_arrives_with_their_permissions_in_one_query(callers, django_assert_num_queries):
    backend = UserWithPermissionsBackend()
    for caller in callers:
        with django_assert_num_queries(1):
            user = backend.get_user(caller.pk)
            held = backend.get_all_permissions(user)
            assert user.has_perm("claims.view_claim") == ("claims.view_claim" in held)
        assert held == what_django_finds(caller), caller.username
    assert "claims.assign_claim" in backend.get_all_permissions(backend.get_user(callers[1].pk))


def test_a_token_arrives_with_its_user_and_their_permissions_in_one_query(callers, django_assert_num_queries):
    for caller in callers:
        record, key = token_issue(caller)
        with django_assert_num_queries(1):
            user, token = TokenWithPermissionsAuthentication().authenticate_credentials(key)
            held = user.get_all_permissions()
        assert (user, token) == (caller, record)
        assert held == what_django_finds(caller), caller.username


def test_a_user_loaded_another_way_costs_one_permission_query(callers, django_assert_num_queries):
    for caller in callers:
        expected = what_django_finds(caller)
        user = type(caller).objects.get(pk=caller.pk)
        with django_assert_num_queries(1):
            assert user.get_all_permissions() == expected
            assert user.has_perm("claims.view_claim") == ("claims.view_claim" in expected)


def test_an_admin_holds_every_permission(admin_user):
    backend = UserWithPermissionsBackend()
    assert backend.get_all_permissions(backend.get_user(admin_user.pk)) == what_django_finds(admin_user)
    assert roles.role_name(backend.get_user(admin_user.pk)) == "admin"


def test_an_inactive_user_is_not_signed_in_and_holds_nothing(editor):
    editor.is_active = False
    editor.save()
    assert UserWithPermissionsBackend().get_user(editor.pk) is None
    assert UserWithPermissionsBackend().get_all_permissions(editor) == set()
    with pytest.raises(AuthenticationFailed, match=r"^User inactive or deleted\.$"):
        TokenWithPermissionsAuthentication().authenticate_credentials(token_issue(editor)[1])


def test_an_unknown_token_is_refused(db):
    with pytest.raises(AuthenticationFailed, match=r"^Invalid token\.$"):
        TokenWithPermissionsAuthentication().authenticate_credentials("0" * 40)


def test_a_role_taken_away_counts_from_the_next_request(editor):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token_issue(editor)[1]}")
    assert client.get("/api/v1/queues/approval/").status_code == 200
    editor.groups.remove(Group.objects.get(name=roles.EDITORS))
    editor.groups.add(Group.objects.get(name=roles.FACT_CHECKERS))
    assert client.get("/api/v1/queues/approval/").status_code == 403
    editor.groups.clear()
    assert client.get("/api/v1/claims/").status_code == 403


def test_a_role_taken_away_counts_from_the_next_page(client, editor):
    client.force_login(editor)
    assert client.get("/approvals/").status_code == 200
    editor.groups.clear()
    assert client.get("/approvals/").status_code == 403
