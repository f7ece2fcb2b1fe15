from axes.helpers import get_cool_off
from django.contrib.auth import authenticate, login, logout
from django.contrib.auth.signals import user_logged_in
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import OpenApiResponse, extend_schema
from knox.models import get_token_model
from rest_framework import exceptions, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from api import serializers
from api.schema import errors
from api.throttling import SignInThrottle
from factcheck import tokens

BAD_CREDENTIALS = "Unable to sign in with these credentials."


class LockedOut(exceptions.Throttled):
    default_detail = "Too many failed sign-ins for this username from this address; try again later."
    default_code = "locked_out"


def _authenticate(request):
    credentials = serializers.CredentialsSerializer(data=request.data)
    credentials.is_valid(raise_exception=True)
    # django-axes watches this call: it counts the failure, or refuses a locked-out username outright.
    user = authenticate(request._request, **credentials.validated_data)
    if getattr(request._request, "axes_locked_out", False):
        # We answer the lock-out here, in the API's error shape; left set, the flag would have
        # axes's middleware replace that answer with its HTML page.
        request._request.axes_locked_out = False
        cool_off = get_cool_off(request._request)
        raise LockedOut(wait=cool_off.total_seconds() if cool_off else None)
    if user is None or not user.is_active:
        raise exceptions.ValidationError({"non_field_errors": [BAD_CREDENTIALS]}, code="invalid")
    return user


class TokenView(APIView):
    # Credentials in the body are the authentication here; a stale header must not get in the way.
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [SignInThrottle]

    @extend_schema(
        operation_id="auth_token",
        summary="Exchange a username and password for a new API token",
        description="Send the token as `Authorization: Token <token>` afterwards. Each exchange issues a new "
        "token, shown this once (only its digest is stored), valid until `expiry`; signing out through "
        "`/api/v1/auth/logout/` or changing the password revokes it, and its owner lists and revokes their tokens "
        "in the desk (API tokens, linked in the footer). Throttled, and locked for a "
        "username and address after repeated failures (429, code `locked_out`, even for the right password).",
        request=serializers.CredentialsSerializer,
        responses={200: serializers.TokenSerializer, **errors(400, 429)},
        auth=[],
        tags=["auth"],
    )
    def post(self, request):
        user = _authenticate(request)
        # A token exchange is a sign-in, though no session opens: announced like one, it makes
        # axes forget earlier failures (AXES_RESET_ON_SUCCESS) and moves last_login.
        user_logged_in.send(sender=user.__class__, request=request._request, user=user)
        record, token = tokens.token_issue(user)
        return Response({"token": token, "expiry": record.expiry})


class LoginView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [SignInThrottle]

    @extend_schema(
        operation_id="auth_login",
        summary="Open a browser session",
        description="Sets the session and CSRF cookies; later unsafe requests send the CSRF token in "
        "`X-CSRFToken`. Throttled, and locked for a username and address after repeated failures (429, code "
        "`locked_out`, even for the right password).",
        request=serializers.CredentialsSerializer,
        responses={200: serializers.MeSerializer, **errors(400, 429)},
        auth=[],
        tags=["auth"],
    )
    @method_decorator(ensure_csrf_cookie)
    def post(self, request):
        user = _authenticate(request)
        login(request._request, user)
        return Response(serializers.MeSerializer(user).data)


class LogoutView(APIView):
    @extend_schema(
        operation_id="auth_logout",
        summary="Sign out: close the browser session, or revoke the API token that signs this call",
        request=None,
        responses={204: OpenApiResponse(description="Signed out."), **errors(401, 403)},
        tags=["auth"],
    )
    def post(self, request):
        if isinstance(request.auth, get_token_model()):
            tokens.token_revoke(request.user, request.auth.digest)
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeView(APIView):
    @extend_schema(
        operation_id="users_me",
        summary="Who am I: my role, groups and languages",
        responses={200: serializers.MeSerializer, **errors(401)},
        tags=["users"],
    )
    def get(self, request):
        return Response(serializers.MeSerializer(request.user).data)
