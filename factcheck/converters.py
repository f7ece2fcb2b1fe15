"""Path converters shared by every URL module: `<id:…>` is a row id."""

from django.urls import register_converter


class IdConverter:
    """A row id: digits only, and few enough that no database integer overflows."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(IdConverter, "id")
