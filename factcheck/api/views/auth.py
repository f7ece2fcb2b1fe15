from django.contrib.auth import authenticate, login, logout
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import ensure_csrf_cookie
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status
from rest_framework.authtoken.models import Token
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from factcheck.api import serializers
from factcheck.api.schema import errors

BAD_CREDENTIALS = "Unable to sign in with these credentials."


def _authenticate(request):
    credentials = serializers.CredentialsSerializer(data=request.data)
    credentials.is_valid(raise_exception=True)
    user = authenticate(request._request, **credentials.validated_data)
    if user is None or not user.is_active:
        raise exceptions.ValidationError({"non_field_errors": [BAD_CREDENTIALS]}, code="invalid")
    return user


class TokenView(APIView):
    # Credentials in the body are the authentication here; a stale header must not get in the way.
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"

    @extend_schema(
        operation_id="auth_token",
        summary="Exchange a username and password for an API token",
        description="Send the token as `Authorization: Token <token>` afterwards. Throttled.",
        request=serializers.CredentialsSerializer,
        responses={200: serializers.TokenSerializer, **errors(400, 429)},
        auth=[],
        tags=["auth"],
    )
    def post(self, request):
        user = _authenticate(request)
        token, _created = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


class LoginView(APIView):
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "auth"

    @extend_schema(
        operation_id="auth_login",
        summary="Open a browser session",
        description="Sets the session and CSRF cookies; later unsafe requests send the CSRF token in "
        "`X-CSRFToken`. Throttled.",
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
        summary="Close the browser session",
        request=None,
        responses={204: OpenApiResponse(description="Signed out."), **errors(401, 403)},
        tags=["auth"],
    )
    def post(self, request):
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
