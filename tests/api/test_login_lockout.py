"""django-axes locks a username out from an address after repeated failed sign-ins through
the API too, and the API says so in its own error shape."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

SIGN_INS = ["/api/v1/auth/token/", "/api/v1/auth/login/"]


def sign_in(client, url, password, address="203.0.113.7"):
    return client.post(url, {"username": "fiona", "password": password}, format="json", REMOTE_ADDR=address)


def fail_until_the_limit(client, url, settings):
    answers = [sign_in(client, url, "wrong") for _attempt in range(settings.AXES_FAILURE_LIMIT)]
    return answers[:-1], answers[-1]


@pytest.mark.parametrize("url", SIGN_INS)
def test_the_failure_that_reaches_the_limit_locks_the_username_out(fact_checker, settings, url):
    before, last = fail_until_the_limit(APIClient(), url, settings)

    assert {answer.status_code for answer in before} == {400}
    assert last.status_code == 429
    assert last["Content-Type"] == "application/json"
    assert last.json()["code"] == "locked_out"
    assert last.json()["detail"].startswith("Too many failed sign-ins")
    assert int(last["Retry-After"]) == settings.AXES_COOLOFF_TIME.total_seconds()


@pytest.mark.parametrize("url", SIGN_INS)
def test_a_locked_out_username_is_refused_even_with_the_right_password(fact_checker, settings, url):
    client = APIClient()
    fail_until_the_limit(client, url, settings)

    response = sign_in(client, url, "pw")

    assert response.status_code == 429
    assert set(response.json()) == {"detail", "code"}
    assert response.json()["code"] == "locked_out"
    assert "token" not in response.json()
    assert "sessionid" not in response.cookies


def test_a_lock_out_on_the_token_endpoint_holds_on_the_session_endpoint(fact_checker, settings):
    client = APIClient()
    fail_until_the_limit(client, "/api/v1/auth/token/", settings)

    assert sign_in(client, "/api/v1/auth/login/", "pw").status_code == 429


def test_the_lock_out_holds_one_address_only(fact_checker, settings):
    client = APIClient()
    fail_until_the_limit(client, "/api/v1/auth/token/", settings)

    response = sign_in(client, "/api/v1/auth/token/", "pw", address="198.51.100.20")

    assert response.status_code == 200
    assert response.json()["token"]


@pytest.mark.parametrize("url", SIGN_INS)
def test_a_successful_sign_in_forgets_earlier_failures(fact_checker, settings, url):
    client = APIClient()
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, url, "wrong")
    assert sign_in(client, url, "pw").status_code == 200

    assert sign_in(client, url, "wrong").status_code == 400
