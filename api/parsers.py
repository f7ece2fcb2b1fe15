"""JSON bodies, with a clear 400 for nesting too deep for Python's decoder (which raises
RecursionError, not ValueError, so DRF's parser would let it through as a 500)."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError:
            raise ParseError("JSON parse error - the body is nested too deeply.") from None
