"""While Playwright's event loop runs, the tests' ORM calls use their own database connection
(tests/web/conftest.py): a second one would outlive the test and keep the test database from
being dropped."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connection, connections

from tests.web.conftest import playwright_on_this_threads_connections


@pytest.fixture(autouse=True)
def synchronous_calls_allowed(monkeypatch):
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def test_under_playwright_the_thread_keeps_its_own_connection():
    own = connections["default"]
    with playwright_on_this_threads_connections():
        assert connections["default"] is own


def other_sessions_on_the_test_database() -> set[int]:
    """The other clients' connections: the server's own processes on the database (an autovacuum worker, a WAL
    sender) come and go at their own times."""
    with connection.cursor() as cursor:
        # The test runs in a transaction, which would otherwise see its first snapshot of the view again.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            " AND backend_type = 'client backend'"
        )
        return {pid for (pid,) in cursor.fetchall()}


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_server_process_on_the_test_database_is_no_session_left_open():
    import psycopg

    settings = connection.settings_dict
    before = other_sessions_on_the_test_database()
    try:
        # A WAL sender stands in for an autovacuum worker, which cannot be started on demand.
        server_process = psycopg.connect(
            host=settings["HOST"],
            port=settings["PORT"] or None,
            user=settings["USER"],
            password=settings["PASSWORD"],
            dbname=settings["NAME"],
            replication="database",
            autocommit=True,
        )
    except psycopg.OperationalError as refused:
        pytest.skip(f"the server takes no replication connection here: {refused}")
    with server_process:
        assert other_sessions_on_the_test_database() - before == set()


@pytest.mark.postgres
@pytest.mark.django_db
def test_no_connection_opened_under_playwright_is_left_open():
    before = other_sessions_on_the_test_database()
    with playwright_on_this_threads_connections():
        get_user_model().objects.count()
    assert other_sessions_on_the_test_database() - before == set()
