"""API tokens die: each exchange issues a new one, stored only as a digest, which expires, is
revoked by signing out through the API and by a password change, and is listed and revoked by
its owner in the desk, where a token is shown once."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from knox.models import AuthToken
from rest_framework.test import APIClient

from factcheck.tasks import delete_expired_tokens
from factcheck.tokens import token_issue

pytestmark = pytest.mark.django_db


def exchange(username="fiona", password="pw") -> dict:
    response = APIClient().post("/api/v1/auth/token/", {"username": username, "password": password}, format="json")
    assert response.status_code == 200
    return response.json()


def signed(token) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {token}")
    return client


def works(token) -> bool:
    return signed(token).get("/api/v1/users/me/").status_code == 200


def test_each_exchange_issues_a_new_token_that_expires(fact_checker, settings):
    first, second = exchange(), exchange()

    assert first["token"] != second["token"]
    assert works(first["token"]) and works(second["token"])
    expiry = timezone.datetime.fromisoformat(first["expiry"])
    assert abs(expiry - (timezone.now() + settings.REST_KNOX["TOKEN_TTL"])) < timedelta(minutes=1)


def test_tokens_are_stored_only_as_digests(fact_checker):
    token = exchange()["token"]

    (stored,) = AuthToken.objects.values_list("digest", "token_key")
    assert token not in stored
    assert len(stored[0]) == 128  # SHA-512
    assert len(stored[1]) < len(token) // 4  # the lookup prefix only


def test_an_expired_token_is_refused(fact_checker):
    token = exchange()["token"]
    AuthToken.objects.update(expiry=timezone.now() - timedelta(seconds=1))

    response = signed(token).get("/api/v1/users/me/")

    assert response.status_code == 401
    assert response.json()["code"] == "authentication_failed"


def test_signing_out_through_the_api_revokes_the_token_used(fact_checker):
    used, other = exchange()["token"], exchange()["token"]

    assert signed(used).post("/api/v1/auth/logout/").status_code == 204

    assert not works(used)
    assert works(other)  # another script's token lives on until revoked in the desk


def test_a_password_change_revokes_every_token(fact_checker):
    tokens = [exchange()["token"], exchange()["token"]]

    fact_checker.set_password("a new long passphrase")
    fact_checker.save()

    assert not any(works(token) for token in tokens)


def test_saving_the_user_without_a_new_password_keeps_the_tokens(fact_checker):
    token = exchange()["token"]
    fact_checker.first_name = "Fiona"
    fact_checker.save()
    APIClient().post("/api/v1/auth/login/", {"username": "fiona", "password": "pw"}, format="json")  # moves last_login

    assert works(token)


def test_the_owner_lists_their_tokens_without_the_tokens_themselves(client, fact_checker, editor):
    token = exchange()["token"]
    token_issue(editor)
    client.force_login(fact_checker)

    page = client.get(reverse("desk:api_tokens")).content.decode()

    assert token not in page
    assert f"<code>{token[:8]}…</code>" in page
    assert page.count('name="digest"') == 1  # the editor's token is not listed


def test_the_owner_revokes_a_token_in_the_desk(client, fact_checker):
    token = exchange()["token"]
    client.force_login(fact_checker)

    response = client.post(reverse("desk:api_token_revoke"), {"digest": AuthToken.objects.get().digest}, follow=True)

    assert "The token is revoked" in response.content.decode()
    assert not works(token)


def test_nobody_revokes_another_persons_token(client, fact_checker, editor):
    record, token = token_issue(editor)
    client.force_login(fact_checker)

    response = client.post(reverse("desk:api_token_revoke"), {"digest": record.digest}, follow=True)

    assert "You hold no such token." in response.content.decode()
    assert works(token)


def test_a_token_issued_in_the_desk_is_shown_once(client, fact_checker):
    client.force_login(fact_checker)

    issued = client.post(reverse("desk:api_token_issue"))
    token = issued.context["new_token"]

    assert issued.status_code == 201
    assert token in issued.content.decode()
    assert "no-store" in issued["Cache-Control"]
    assert token not in client.get(reverse("desk:api_tokens")).content.decode()
    assert works(token)


def test_the_hourly_sweep_deletes_expired_tokens_nobody_presents_again(fact_checker, editor, settings):
    expired, _token = token_issue(fact_checker)
    AuthToken.objects.filter(pk=expired.pk).update(expiry=timezone.now() - timedelta(minutes=1))
    live, _token = token_issue(editor)

    assert delete_expired_tokens.apply().get() == 1
    assert list(AuthToken.objects.values_list("pk", flat=True)) == [live.pk]
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "factcheck.tasks.delete_expired_tokens" in tasks
