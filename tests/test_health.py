"""Health endpoints for load balancers, and the API's JSON 503 when the database is unreachable."""

from contextlib import contextmanager
from unittest import mock

import pytest
from django.db import OperationalError, connection

from tests.api.conftest import client_for

pytestmark = pytest.mark.django_db


@contextmanager
def database_unreachable():
    with mock.patch.object(
        connection, "ensure_connection", side_effect=OperationalError("could not connect to server")
    ):
        yield


def test_live_answers_while_the_process_does(client):
    with database_unreachable():
        response = client.get("/health/live")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_ready_checks_the_database_and_the_storage_with_their_timings(client, settings):
    settings.CELERY_BROKER_URL = ""
    response = client.get("/health/ready")

    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "storage"}
    assert all(check["ok"] and check["ms"] >= 0 for check in body["checks"].values())
    assert "no-cache" in response["Cache-Control"]


def test_ready_is_a_503_naming_the_database_when_it_is_unreachable(client, settings):
    settings.CELERY_BROKER_URL = ""
    with database_unreachable():
        response = client.get("/health/ready")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["database"] == {"ok": False, "error": "OperationalError", "ms": checks["database"]["ms"]}
    assert checks["storage"]["ok"] is True
    assert "could not connect" not in response.content.decode()  # public: the kind, never the detail


def test_ready_is_a_503_when_redis_is_unreachable(client, settings):
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/1"}
    }
    response = client.get("/health/ready")

    assert response.status_code == 503
    checks = response.json()["checks"]
    assert checks["redis_broker"]["ok"] is False
    assert checks["redis_cache"]["ok"] is False
    assert checks["database"]["ok"] is True


def test_ready_is_a_503_when_the_storage_cannot_be_written(client, settings, tmp_path):
    settings.CELERY_BROKER_URL = ""
    not_a_folder = tmp_path / "media"
    not_a_folder.write_text("a file where the media folder should be")
    settings.MEDIA_ROOT = not_a_folder

    response = client.get("/health/ready")

    assert response.status_code == 503
    assert response.json()["checks"]["storage"]["ok"] is False


def test_health_is_answered_over_plain_http_even_when_https_is_required(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.CELERY_BROKER_URL = ""

    assert client.get("/health/live").status_code == 200
    assert client.get("/health/ready").status_code == 200
    assert client.get("/accounts/login/").status_code == 301


def test_the_api_answers_an_unreachable_database_with_its_json_error(fact_checker):
    api = client_for(fact_checker)
    with database_unreachable():
        response = api.get("/api/v1/claims/")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": "The database is unavailable; try again shortly.",
        "code": "database_unavailable",
    }
    assert response["Retry-After"] == "5"
