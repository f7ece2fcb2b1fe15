"""Sign-ins are throttled per client address and per username, on the desk's form, the admin's
and the API together, keyed on the address computed from FACTCHECK_TRUSTED_PROXY_COUNT: a forged
X-Forwarded-For buys nothing, behind zero proxies or one."""

import logging
import time
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse
from rest_framework.test import APIClient

from factcheck import security
from tests import factories

pytestmark = pytest.mark.django_db

LIMIT = 10  # the default of both rates, per minute
PROXY = "10.0.0.5"


@pytest.fixture(autouse=True)
def one_window(monkeypatch):
    """Counts are kept per minute: on a slow machine a test could straddle two minutes."""
    frozen = time.time()
    monkeypatch.setattr(security, "time", SimpleNamespace(time=lambda: frozen))


@pytest.fixture(autouse=True)
def victim(db):
    user = factories.UserFactory(username="stella", is_staff=True)
    user.set_password("correct horse battery staple")
    user.save()
    return user


def desk_sign_in(username, **headers):
    return Client().post(reverse("login"), {"username": username, "password": "Spring2026!"}, **headers)


def admin_sign_in(username, **headers):
    return Client().post(reverse("admin:login"), {"username": username, "password": "Spring2026!"}, **headers)


def api_sign_in(username, **headers):
    return APIClient().post(
        "/api/v1/auth/token/", {"username": username, "password": "Spring2026!"}, format="json", **headers
    )


SIGN_INS = [desk_sign_in, admin_sign_in, api_sign_in]


@pytest.mark.parametrize("sign_in", SIGN_INS)
def test_one_password_sprayed_over_many_usernames_is_throttled_per_address(sign_in):
    answers = [sign_in(f"user{n}", REMOTE_ADDR="203.0.113.7").status_code for n in range(LIMIT + 1)]

    assert 429 not in answers[:LIMIT]
    assert answers[LIMIT] == 429
    assert sign_in("someone-else", REMOTE_ADDR="198.51.100.20").status_code != 429


@pytest.mark.parametrize("sign_in", SIGN_INS)
def test_one_username_guessed_from_many_addresses_is_throttled_per_username(sign_in):
    answers = [sign_in("stella", REMOTE_ADDR=f"203.0.113.{n}").status_code for n in range(1, LIMIT + 2)]

    assert 429 not in answers[:LIMIT]
    assert answers[LIMIT] == 429


def test_the_desk_the_admin_and_the_api_share_one_count():
    for n in range(4):
        desk_sign_in(f"desk{n}", REMOTE_ADDR="203.0.113.7")
        admin_sign_in(f"admin{n}", REMOTE_ADDR="203.0.113.7")
    api_sign_in("api0", REMOTE_ADDR="203.0.113.7")
    api_sign_in("api1", REMOTE_ADDR="203.0.113.7")

    response = api_sign_in("api2", REMOTE_ADDR="203.0.113.7")

    assert response.status_code == 429
    assert response.json()["code"] == "throttled"
    assert int(response["Retry-After"]) >= 1


def test_a_throttled_form_says_when_to_try_again():
    for n in range(LIMIT):
        desk_sign_in(f"user{n}", REMOTE_ADDR="203.0.113.7")

    response = desk_sign_in("user-last", REMOTE_ADDR="203.0.113.7", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert response.content.decode().startswith("Trop de tentatives de connexion")


@pytest.mark.parametrize("sign_in", SIGN_INS)
def test_forged_forwarded_addresses_without_a_proxy_are_one_client(sign_in, settings):
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 0
    answers = [
        sign_in(f"user{n}", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"192.0.2.{n}").status_code
        for n in range(LIMIT + 5)
    ]

    assert answers.count(429) == 5


@pytest.mark.parametrize("sign_in", SIGN_INS)
def test_forged_forwarded_addresses_behind_one_proxy_are_the_address_the_proxy_saw(sign_in, settings):
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 1
    forged = [
        sign_in(f"user{n}", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"192.0.2.{n}, 203.0.113.7").status_code
        for n in range(LIMIT + 5)
    ]
    another_client = sign_in("user-b", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="198.51.100.20")

    assert forged.count(429) == 5
    assert another_client.status_code != 429


@pytest.mark.parametrize("proxies, headers", [(0, {}), (1, {"REMOTE_ADDR": PROXY})])
def test_the_lock_out_ignores_forged_forwarded_addresses(settings, proxies, headers):
    """django-axes keys on the same address: 5 failures, each with a new forged header, lock out."""
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = proxies
    real = "203.0.113.7"
    for n in range(settings.AXES_FAILURE_LIMIT):
        forwarded = f"192.0.2.{n}" if proxies == 0 else f"192.0.2.{n}, {real}"
        headers_now = {"REMOTE_ADDR": real, **headers, "HTTP_X_FORWARDED_FOR": forwarded}
        admin_sign_in("stella", **headers_now)

    forwarded = "192.0.2.99" if proxies == 0 else f"192.0.2.99, {real}"
    right_password = Client().post(
        reverse("admin:login"),
        {"username": "stella", "password": "correct horse battery staple"},
        **{"REMOTE_ADDR": real, **headers, "HTTP_X_FORWARDED_FOR": forwarded},
    )
    assert right_password.status_code == 429


def test_the_address_is_computed_once_per_request(rf, settings):
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7")
    assert security.client_ip(request) == "203.0.113.7"

    request.META["HTTP_X_FORWARDED_FOR"] = "192.0.2.1"  # nothing later can change who asked
    assert security.client_ip(request) == "203.0.113.7"


def test_a_proxy_count_higher_than_the_proxies_seen_is_reported_once(rf, settings, caplog, monkeypatch):
    monkeypatch.setattr(security, "_fewer_proxies_reported", False)
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 1

    with caplog.at_level(logging.WARNING, logger="factcheck.security"):
        security.client_ip(rf.get("/", REMOTE_ADDR="203.0.113.7"))
        security.client_ip(rf.get("/", REMOTE_ADDR="203.0.113.8"))

    (record,) = caplog.records
    assert "FACTCHECK_TRUSTED_PROXY_COUNT is 1 but a request came through 0" in record.getMessage()


def test_no_warning_when_the_proxies_are_there(rf, settings, caplog, monkeypatch):
    monkeypatch.setattr(security, "_fewer_proxies_reported", False)
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 1

    with caplog.at_level(logging.WARNING, logger="factcheck.security"):
        security.client_ip(rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="203.0.113.7"))

    assert caplog.records == []
