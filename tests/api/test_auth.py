import re

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db


def test_a_token_is_exchanged_for_good_credentials_and_then_signs_requests(fact_checker):
    client = APIClient()
    response = client.post("/api/v1/auth/token/", {"username": "fiona", "password": "pw"}, format="json")
    assert response.status_code == 200

    client.credentials(HTTP_AUTHORIZATION=f"Token {response.data['token']}")
    me = client.get("/api/v1/users/me/")

    assert me.status_code == 200
    assert (me.data["username"], me.data["role"]) == ("fiona", "fact-checker")


def test_bad_credentials_are_a_400_without_saying_which_part_is_wrong(fact_checker):
    response = APIClient().post("/api/v1/auth/token/", {"username": "fiona", "password": "no"}, format="json")

    assert response.status_code == 400
    assert response.data["fields"] == {"non_field_errors": ["Unable to sign in with these credentials."]}


def test_anonymous_callers_get_401_with_a_challenge():
    response = APIClient().get("/api/v1/claims/")

    assert response.status_code == 401
    assert response.data["code"] == "not_authenticated"
    assert response["WWW-Authenticate"] == "Token"


def test_sign_in_attempts_are_throttled(fact_checker, settings):
    client = APIClient()
    for _attempt in range(10):
        client.post("/api/v1/auth/token/", {"username": "fiona", "password": "no"}, format="json")

    response = client.post("/api/v1/auth/token/", {"username": "fiona", "password": "pw"}, format="json")

    assert response.status_code == 429
    assert response.data["code"] == "throttled"
    assert "Retry-After" in response


def test_a_session_needs_the_csrf_token_for_writes(fact_checker):
    client = APIClient(enforce_csrf_checks=True)
    login = client.post("/api/v1/auth/login/", {"username": "fiona", "password": "pw"}, format="json")
    assert login.status_code == 200

    without = client.post("/api/v1/documents/", {"text": "Prices rose 4 percent."}, format="json")
    with_token = client.post(
        "/api/v1/documents/",
        {"text": "Prices rose 4 percent."},
        format="json",
        HTTP_X_CSRFTOKEN=client.cookies["csrftoken"].value,
    )

    assert without.status_code == 403
    assert with_token.status_code == 202


def test_me_tells_roles_and_languages(api_as, editor):
    from reviews.models import ReviewerProfile

    ReviewerProfile.objects.create(user=editor, languages=["fr", "en"])

    response = api_as(editor).get("/api/v1/users/me/")

    assert response.data["role"] == "editor"
    assert response.data["groups"] == ["Editors"]
    assert response.data["languages"] == ["fr", "en"]
    assert response.data["can_assign"] is True


def test_the_schema_and_the_explorer_are_served_without_a_cdn(client):
    schema = client.get("/api/schema/?format=json")
    docs = client.get("/api/docs/")

    assert schema.status_code == 200
    assert "/api/v1/claims/{claim_id}/transition/" in schema.json()["paths"]
    assert docs.status_code == 200
    page = docs.content.decode()
    assert "drf_spectacular_sidecar/swagger-ui-dist/" in page
    assert "cdn." not in page and "unpkg" not in page


def test_the_explorer_runs_under_the_content_security_policy(client):
    """script-src 'self' blocks inline scripts: every script of the explorer is a file of ours."""
    docs = client.get("/api/docs/")
    page = docs.content.decode()
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert scripts
    assert all("src=" in tag for tag in scripts)
    script_src = next(part for part in docs["Content-Security-Policy"].split(";") if "script-src" in part)
    assert "'unsafe-inline'" not in script_src
    for source in re.findall(r'<script\b[^>]*src="([^"]+)"', page):
        if not source.startswith("/static/"):  # static files are served by WhiteNoise, not the test client
            assert client.get(source.replace("&amp;", "&")).status_code == 200
