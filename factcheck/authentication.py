"""Who is calling, loaded with everything they hold in one query.

`claims.roles` answers every "may they?" with `user.has_perm`, and Django's ModelBackend would
fetch the caller's permissions with two more queries per request (their own, then their
groups'). Here the user row arrives with the names of all their permissions, from the session
(`get_user`) or from an API token: knowing who calls and what they may do costs one query (a
page reads its session first). Nothing is kept between requests, so a role taken away counts
from the caller's next request.
"""

import binascii
import functools
from hmac import compare_digest

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from knox import auth as knox_auth
from knox.crypto import hash_token
from knox.models import get_token_model
from knox.settings import CONSTANTS
from rest_framework import exceptions

# The annotation that carries a user's permission names ("app_label.codename", comma-joined).
PERMISSION_NAMES = "held_permission_names"


def permission_names(model, user_field: str) -> RawSQL:
    """A scalar subquery for `model`'s queries: the names of the permissions held, directly or
    through a group, by the user in its `user_field`. Raw SQL because the ORM spends longer
    composing the nested subqueries than the database spends running them."""
    return RawSQL(
        _permission_names_sql(connection.vendor, model._meta.db_table, model._meta.get_field(user_field).column), ()
    )


@functools.cache
def _permission_names_sql(vendor: str, table: str, column: str) -> str:
    user_model = get_user_model()
    quote = connection.ops.quote_name
    user = f"{quote(table)}.{quote(column)}"
    joined = "STRING_AGG" if vendor == "postgresql" else "GROUP_CONCAT"
    return (
        f"SELECT {joined}(ct.app_label || '.' || p.codename, ',')"
        f" FROM {quote(Permission._meta.db_table)} p"
        f" JOIN {quote(ContentType._meta.db_table)} ct ON ct.id = p.content_type_id"
        f" WHERE p.id IN (SELECT permission_id FROM {quote(user_model.user_permissions.through._meta.db_table)}"
        f" WHERE user_id = {user})"
        f" OR p.id IN (SELECT gp.permission_id FROM {quote(Group.permissions.through._meta.db_table)} gp"
        f" JOIN {quote(user_model.groups.through._meta.db_table)} ug ON ug.group_id = gp.group_id"
        f" WHERE ug.user_id = {user})"
    )


def _split(names: str | None) -> set[str]:
    return set(names.split(",")) if names else set()


class UserWithPermissionsBackend(ModelBackend):
    """Django's ModelBackend, with the signed-in user's permissions read alongside the user."""

    def get_user(self, user_id):
        user_model = get_user_model()
        user = (
            user_model._default_manager.annotate(**{PERMISSION_NAMES: permission_names(user_model, "id")})
            .filter(pk=user_id)
            .first()
        )
        return user if user is not None and self.user_can_authenticate(user) else None

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if user_obj.is_superuser:
            return super().get_all_permissions(user_obj, obj)
        if not hasattr(user_obj, "_all_permission_names"):
            if hasattr(user_obj, PERMISSION_NAMES):
                names = getattr(user_obj, PERMISSION_NAMES)
            else:
                # A user loaded some other way (a form, a fixture): one query, not two.
                users = type(user_obj)._default_manager.filter(pk=user_obj.pk)
                names = users.values_list(permission_names(type(user_obj), "id"), flat=True).first()
            user_obj._all_permission_names = _split(names)
        return user_obj._all_permission_names


class TokenWithPermissionsAuthentication(knox_auth.TokenAuthentication):
    """Knox's API tokens (hashed at rest, expiring), reading the token, its user and their
    permissions at once; an expired token is refused by the same query."""

    def authenticate_credentials(self, token):
        if isinstance(token, bytes):
            try:
                token = token.decode("ascii")
            except UnicodeDecodeError:
                raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        model = get_token_model()
        candidates = (
            model.objects.filter(token_key=token[: CONSTANTS.TOKEN_KEY_LENGTH])
            .filter(Q(expiry__isnull=True) | Q(expiry__gt=timezone.now()))
            .select_related("user")
            .annotate(**{PERMISSION_NAMES: permission_names(model, "user")})
        )
        try:
            digest = hash_token(token)
        except (TypeError, ValueError, binascii.Error):
            raise exceptions.AuthenticationFailed(_("Invalid token.")) from None
        for auth_token in candidates:
            if compare_digest(digest, auth_token.digest):
                if not auth_token.user.is_active:
                    raise exceptions.AuthenticationFailed(_("User inactive or deleted."))
                setattr(auth_token.user, PERMISSION_NAMES, getattr(auth_token, PERMISSION_NAMES))
                return (auth_token.user, auth_token)
        raise exceptions.AuthenticationFailed(_("Invalid token."))
