"""Shared pieces of the OpenAPI description: the error responses each endpoint can give."""

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from drf_spectacular.plumbing import build_bearer_security_scheme_object
from drf_spectacular.utils import OpenApiResponse

from api import serializers

_ERRORS = {
    400: OpenApiResponse(
        serializers.BadRequestSerializer,
        description="Invalid input (code `invalid`, with `fields`), or refused by the rules (code `refused`, "
        "with the unmet `conditions`), or a body too large (code `too_large`); nothing was changed.",
    ),
    401: OpenApiResponse(serializers.ErrorSerializer, description="Not signed in."),
    403: OpenApiResponse(serializers.ErrorSerializer, description="Your role does not allow this."),
    404: OpenApiResponse(serializers.ErrorSerializer, description="No such object, or not visible to you."),
    409: OpenApiResponse(serializers.ConflictSerializer, description="Stale `version`: `current` tells the state."),
    429: OpenApiResponse(serializers.ErrorSerializer, description="Too many attempts; retry later."),
}


def errors(*codes: int) -> dict:
    return {code: _ERRORS[code] for code in codes}


class ApiTokenScheme(OpenApiAuthenticationExtension):
    """Our knox token authentication, described as DRF's was: `Authorization: Token <token>`."""

    target_class = "factcheck.authentication.TokenWithPermissionsAuthentication"
    name = "tokenAuth"

    def get_security_definition(self, auto_schema):
        return build_bearer_security_scheme_object(header_name="Authorization", token_prefix="Token")
