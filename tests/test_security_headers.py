"""Headers every page carries (Content-Security-Policy, framing, HSTS, referrer policy) and CSRF."""

import pytest
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.django_db


def csp_directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    return {name: values for name, *values in (part.split() for part in policy.split(";") if part.strip())}


def test_a_page_carries_a_policy_that_allows_only_our_own_scripts_and_styles(client):
    response = client.get(reverse("admin:login"))
    assert response.status_code == 200
    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_an_admin_page_signed_in_carries_the_policy_too(client, admin_user):
    client.force_login(admin_user)
    response = client.get(reverse("admin:claims_claim_changelist"))
    assert response.status_code == 200
    assert csp_directives(response)["default-src"] == ["'self'"]


def test_pages_cannot_be_framed_and_do_not_leak_their_address(client):
    response = client.get(reverse("admin:login"))
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_hsts_is_sent_over_https_once_configured(client, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    response = client.get(reverse("admin:login"), secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_plain_http_is_redirected_to_https_when_asked(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    response = client.get(reverse("admin:login"))
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_a_form_posted_without_its_csrf_token_is_refused(admin_user):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(admin_user)
    response = browser.post(reverse("admin:claims_claim_changelist"), {"action": "release", "_selected_action": []})
    assert response.status_code == 403
