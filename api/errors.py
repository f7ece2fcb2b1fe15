"""One error shape for the whole API: {"detail", "code"} plus "fields",
"conditions" or "current" where they apply."""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError
from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from claims import workflow


def _workflow_response(exc: workflow.WorkflowError) -> Response:
    detail = "; ".join(exc.messages)
    if isinstance(exc, workflow.Conflict):
        current = {"status": exc.claim.status, "version": exc.claim.version}
        return Response({"detail": detail, "code": "conflict", "current": current}, status=status.HTTP_409_CONFLICT)
    if isinstance(exc, workflow.NotAllowed):
        return Response({"detail": detail, "code": "not_allowed"}, status=status.HTTP_403_FORBIDDEN)
    return Response(
        {"detail": detail, "code": "refused", "conditions": exc.messages}, status=status.HTTP_400_BAD_REQUEST
    )


def _field_errors(detail) -> dict:
    if isinstance(detail, dict):
        return detail
    return {"non_field_errors": detail if isinstance(detail, list) else [detail]}


def exception_handler(exc, context):
    if isinstance(exc, workflow.WorkflowError):
        return _workflow_response(exc)
    if isinstance(exc, SuspiciousOperation):
        # Raised while reading the body: too large, too many fields or files.
        return Response({"detail": str(exc), "code": "too_large"}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, OperationalError | InterfaceError):
        # The database is unreachable (or refused to go on): a passing state, said in our shape.
        response = Response(
            {"detail": "The database is unavailable; try again shortly.", "code": "database_unavailable"},
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
        response["Retry-After"] = "5"
        return response
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied()
    # DRF's handler sets the headers (WWW-Authenticate, Retry-After, Allow); the body is ours.
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    if isinstance(exc, exceptions.ValidationError):
        response.data = {"detail": "Invalid input.", "code": "invalid", "fields": _field_errors(exc.detail)}
    else:
        detail = exc.detail
        code = getattr(detail, "code", None) or exc.default_code
        response.data = {"detail": str(detail), "code": code}
    return response


# It changes nothing, so a POST needs no CSRF token; without the exemption it would get an HTML 403.
@csrf_exempt
def not_found(request, *args, **kwargs):
    """Any /api/ path that matches no endpoint (including ids that are not numbers)."""
    return JsonResponse({"detail": "Not found.", "code": "not_found"}, status=status.HTTP_404_NOT_FOUND)
