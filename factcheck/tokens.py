"""API tokens (django-rest-knox): hashed at rest, expiring after `API_TOKEN_TTL_HOURS`, shown
once when issued, listed and revoked by their owner, revoked on sign-out and password change."""

from django.db.models import Q
from django.utils import timezone
from knox.models import get_token_model

# Shown to tell tokens apart: the start of the token itself, which knox keeps for lookups.
LABEL_LENGTH = 8


def token_issue(user) -> tuple[object, str]:
    """A new token for the user: (its record, the token itself, which is never stored)."""
    return get_token_model().objects.create(user=user)


def tokens_of(user):
    """The user's live tokens, newest first (expired ones are forgotten on the way)."""
    model = get_token_model()
    model.objects.filter(user=user, expiry__lte=timezone.now()).delete()
    return (
        model.objects.filter(user=user)
        .filter(Q(expiry__isnull=True) | Q(expiry__gt=timezone.now()))
        .order_by("-created")
    )


def tokens_delete_expired() -> int:
    """Delete every expired token: knox forgets one only when it is presented again, and most never are."""
    deleted, _by_model = get_token_model().objects.filter(expiry__lte=timezone.now()).delete()
    return deleted


def token_label(token) -> str:
    return token.token_key[:LABEL_LENGTH]


def token_revoke(user, digest: str) -> bool:
    """Revoke one of the user's own tokens; False when they hold none with that digest."""
    deleted, _by_model = get_token_model().objects.filter(user=user, digest=digest).delete()
    return bool(deleted)


def tokens_revoke_all(user) -> int:
    deleted, _by_model = get_token_model().objects.filter(user=user).delete()
    return deleted


def revoke_tokens_on_password_change(sender, instance, update_fields=None, **kwargs):
    """pre_save of the user model: a new password revokes every token issued under the old one,
    whoever changes it (the desk, the admin, `changepassword`)."""
    if instance._state.adding or instance.pk is None:
        return
    if update_fields is not None and "password" not in update_fields:
        return
    stored = type(instance)._default_manager.filter(pk=instance.pk).values_list("password", flat=True).first()
    if stored is not None and stored != instance.password:
        tokens_revoke_all(instance)
