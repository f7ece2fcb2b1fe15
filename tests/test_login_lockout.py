"""Repeated failed sign-ins lock the username out from that address for a while."""

import pytest
from django.test import RequestFactory
from django.urls import reverse

from factcheck.security import client_ip
from tests import factories

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"


@pytest.fixture
def staff(db):
    user = factories.UserFactory(username="stella", is_staff=True)
    user.set_password(PASSWORD)
    user.save()
    return user


def sign_in(client, password, address="203.0.113.7"):
    return client.post(
        reverse("admin:login"),
        {"username": "stella", "password": password, "next": reverse("admin:index")},
        REMOTE_ADDR=address,
    )


def test_the_admin_login_locks_out_after_the_failure_limit_even_with_the_right_password(client, staff, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    assert sign_in(client, "wrong").status_code == 429
    assert sign_in(client, PASSWORD).status_code == 429


def test_a_lock_out_holds_one_address_only(client, staff, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD, address="198.51.100.20").status_code == 302


def test_a_successful_sign_in_forgets_earlier_failures(client, staff, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "wrong")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, "wrong").status_code == 200


def test_the_lock_out_lasts_the_configured_cool_off(settings):
    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60


def test_behind_trusted_proxies_the_client_is_the_address_they_saw(settings):
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 1
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7", REMOTE_ADDR="127.0.0.1")
    # The left entry is whatever the client sent; only the proxy's own entry is trusted.
    assert client_ip(request) == "203.0.113.7"


def test_without_trusted_proxies_a_forwarded_header_is_ignored(settings):
    settings.FACTCHECK_TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", HTTP_X_FORWARDED_FOR="10.9.9.9", REMOTE_ADDR="203.0.113.7")
    assert client_ip(request) == "203.0.113.7"
