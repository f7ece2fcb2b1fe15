"""Input serializers that take each value only in its own JSON type.

DRF turns a number into text (`{"text": 12}` becomes "12"), and "yes", "on" or 1 into true. A JSON
body with the wrong type is a caller's mistake, so it is refused with a field error instead. Query
strings and multipart forms carry only text, so they are read by DRF's usual rules.
"""

from collections.abc import Mapping

from django.http import QueryDict
from rest_framework import serializers
from rest_framework.relations import ManyRelatedField, PrimaryKeyRelatedField, SlugRelatedField

NOT_TEXT = serializers.CharField.default_error_messages["invalid"]
NOT_BOOLEAN = serializers.BooleanField.default_error_messages["invalid"]
NOT_INTEGER = serializers.IntegerField.default_error_messages["invalid"]
NOT_NUMBER = serializers.FloatField.default_error_messages["invalid"]
NOT_LIST = serializers.ListField.default_error_messages["not_a_list"]
NOT_OBJECT = serializers.DictField.default_error_messages["not_a_dict"]

TEXT_FIELDS = (
    serializers.CharField,  # and its kinds: URLField, EmailField, SlugField, RegexField...
    serializers.ChoiceField,
    serializers.DateField,
    serializers.DateTimeField,
    SlugRelatedField,
)


def is_integer(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def json_type_errors(field, value):
    """The field's errors for a value of a JSON type it does not take (nested for lists and
    objects), or None. Null is left to the field's allow_null."""
    if value is None:
        return None
    if isinstance(field, serializers.MultipleChoiceField):
        return None if isinstance(value, list) else [NOT_LIST.format(input_type=type(value).__name__)]
    if isinstance(field, serializers.BooleanField):
        return None if isinstance(value, bool) else [NOT_BOOLEAN]
    if isinstance(field, serializers.IntegerField | PrimaryKeyRelatedField):
        return None if is_integer(value) else [NOT_INTEGER]
    if isinstance(field, serializers.FloatField | serializers.DecimalField):
        return None if is_integer(value) or isinstance(value, float) else [NOT_NUMBER]
    if isinstance(field, TEXT_FIELDS):
        return None if isinstance(value, str) else [NOT_TEXT]
    if isinstance(field, serializers.ListField | ManyRelatedField | serializers.ListSerializer):
        if not isinstance(value, list):
            return [NOT_LIST.format(input_type=type(value).__name__)]
        child = field.child_relation if isinstance(field, ManyRelatedField) else field.child
        items = {index: json_type_errors(child, item) for index, item in enumerate(value)}
        return {index: errors for index, errors in items.items() if errors} or None
    if isinstance(field, serializers.DictField):
        if not isinstance(value, dict):
            return [NOT_OBJECT.format(input_type=type(value).__name__)]
        items = {key: json_type_errors(field.child, item) for key, item in value.items()}
        return {key: errors for key, errors in items.items() if errors} or None
    if isinstance(field, serializers.Serializer):
        # A nested StrictSerializer checks its own fields.
        return None if isinstance(value, dict) else [NOT_OBJECT.format(input_type=type(value).__name__)]
    return None  # files, free JSON, read-only kinds


class StrictTypesMixin:
    def to_internal_value(self, data):
        if isinstance(data, Mapping) and not isinstance(data, QueryDict):
            errors = {}
            for field in self._writable_fields:
                if field.field_name in data:
                    found = json_type_errors(field, data[field.field_name])
                    if found:
                        errors[field.field_name] = found
            if errors:
                raise serializers.ValidationError(errors)
        return super().to_internal_value(data)


class StrictSerializer(StrictTypesMixin, serializers.Serializer):
    pass


class StrictModelSerializer(StrictTypesMixin, serializers.ModelSerializer):
    pass
