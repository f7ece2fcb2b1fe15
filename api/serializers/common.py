"""Shapes every part of the API shares: ids, users, and the errors it answers with."""

from rest_framework import serializers

from api.json_types import StrictSerializer
from claims.models import Claim

# Ids and versions are 64-bit in PostgreSQL; anything larger cannot name a row.
MAX_ID = 2**63 - 1
MAX_VERSION = 2**31 - 1


class Username(serializers.SlugRelatedField):
    def __init__(self, **kwargs):
        super().__init__(slug_field="username", read_only=True, **kwargs)


class ErrorSerializer(StrictSerializer):
    detail = serializers.CharField()
    code = serializers.CharField()


class BadRequestSerializer(ErrorSerializer):
    fields = serializers.DictField(
        child=serializers.JSONField(), required=False, help_text="With code `invalid`: messages by field."
    )
    conditions = serializers.ListField(
        child=serializers.CharField(), required=False, help_text="With code `refused`: what the rules still need."
    )


class ClaimStateSerializer(StrictSerializer):
    status = serializers.ChoiceField(choices=Claim.Status.choices)
    version = serializers.IntegerField()


class ConflictSerializer(ErrorSerializer):
    current = ClaimStateSerializer()
