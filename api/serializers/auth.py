"""Signing in, tokens, and who the caller is."""

from django.contrib.auth import get_user_model
from rest_framework import serializers

from api.json_types import StrictModelSerializer, StrictSerializer
from claims import roles
from notifications import selectors as notification_selectors


class CredentialsSerializer(StrictSerializer):
    username = serializers.CharField(max_length=150)
    password = serializers.CharField(max_length=4096, trim_whitespace=False, style={"input_type": "password"})


class TokenSerializer(StrictSerializer):
    token = serializers.CharField(help_text="Shown this once: only its digest is stored.")
    expiry = serializers.DateTimeField(allow_null=True, help_text="When the token stops working.")


class MeSerializer(StrictModelSerializer):
    role = serializers.SerializerMethodField(help_text="admin, editor, fact-checker or none.")
    groups = serializers.SlugRelatedField(slug_field="name", many=True, read_only=True)
    languages = serializers.SerializerMethodField()
    can_assign = serializers.SerializerMethodField()
    can_edit_sources = serializers.SerializerMethodField()
    unread_notifications = serializers.SerializerMethodField(help_text="How many of my notifications are unread.")

    class Meta:
        model = get_user_model()
        fields = ["id", "username", "first_name", "last_name", "email", "role", "groups", "languages"]
        fields += ["can_assign", "can_edit_sources", "unread_notifications"]

    def get_role(self, user) -> str:
        return roles.role_name(user)

    def get_languages(self, user) -> list[str]:
        profile = getattr(user, "reviewer_profile", None)
        return list(profile.languages) if profile else []

    def get_can_assign(self, user) -> bool:
        return roles.can_assign_claims(user)

    def get_can_edit_sources(self, user) -> bool:
        return roles.can_edit_sources(user)

    def get_unread_notifications(self, user) -> int:
        return notification_selectors.unread_count(user)
