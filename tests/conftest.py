import pytest
from django.core.cache import cache
from django.utils import translation

from factcheck.celery import app as celery_app
from tests import factories

pytest_plugins = ["tests.xdist_groups"]


@pytest.fixture(autouse=True)
def tasks_run_in_process(request):
    """Tasks run eagerly except in tests that start a real worker, even when CI sets a broker."""
    if request.node.get_closest_marker("celery_worker"):
        yield
        return
    previous = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = previous


@pytest.fixture(autouse=True)
def empty_cache():
    """Sign-in throttles count in the cache: one test's attempts must not throttle the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def english_is_active():
    """Each test starts in English: a page requested in French leaves French active in the
    thread, and messages raised outside a request (readers, fetch) would follow it."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def fast_test_settings(settings, tmp_path):
    # Real password hashing costs a quarter second per user; tests make hundreds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.FACTCHECK_VECTOR_INDEX_DIR = tmp_path / "vector-index"


@pytest.fixture
def fact_checker(db):
    return factories.fact_checker(username="fiona")


@pytest.fixture
def other_fact_checker(db):
    return factories.fact_checker(username="oscar")


@pytest.fixture
def editor(db):
    return factories.editor(username="edith")


@pytest.fixture
def admin_user(db):
    return factories.UserFactory(username="ada", is_superuser=True, is_staff=True)


@pytest.fixture
def outsider(db):
    """Signed in, but holds no role on the desk."""
    return factories.UserFactory(username="otto")


def _empties_the_tables(item) -> bool:
    """As pytest-django tells a transactional test (TransactionTestCase), which flushes every
    table when it ends."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")):
        return True
    return bool({"transactional_db", "live_server"} & set(item.fixturenames))


def _restore_migrated_data_after(item) -> None:
    """A transactional test empties every table when it ends, roles included (they come from a
    data migration). Serialized rollback reloads the migrated data only when the next
    transactional test starts; pytest_runtest_teardown below reloads it as the test ends, for
    the tests that run inside one transaction and come next on this worker (pytest-xdist's
    loadgroup scheduler may run a group of transactional tests before them)."""
    marker = item.get_closest_marker("django_db")
    if marker is not None and marker.kwargs.get("transaction") and "serialized_rollback" not in marker.kwargs:
        item.add_marker(pytest.mark.django_db(*marker.args, **marker.kwargs, serialized_rollback=True), append=False)
    elif marker is None and {"transactional_db", "live_server"} & set(item.fixturenames):
        item.fixturenames.append("django_db_serialized_rollback")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After the test's fixtures are gone, pytest-django's flush included. After the last test
    (no next item) the session's fixtures are gone too: the test database is destroyed and the
    connection points at the configured database again, which must not be written to."""
    try:
        return (yield)
    finally:
        if nextitem is not None and _empties_the_tables(item):
            _reload_migrated_data(item.config)


def _reload_migrated_data(config) -> None:
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    with config.stash[blocking_manager_key].unblock():
        for connection in connections.all():
            if hasattr(connection, "_test_serialized_contents"):
                connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


def pytest_collection_modifyitems(config, items):
    from django.db import connection

    on_postgres = connection.vendor == "postgresql"
    for item in items:
        _restore_migrated_data_after(item)
        if item.get_closest_marker("celery_worker"):
            # Under pytest-xdist (`make test`, --dist loadgroup) these run one after another on one
            # worker (tests/xdist_groups.py, test_xdist_groups.py): a real worker consumes whatever is
            # queued on the shared broker (CI: Redis db 15) and the test purges that queue, so two at
            # once would take or drop each other's tasks.
            item.add_marker(pytest.mark.xdist_group("real_broker"))
        if item.get_closest_marker("postgres") and not on_postgres:
            item.add_marker(pytest.mark.skip(reason="needs PostgreSQL: set DATABASE_URL to a PostgreSQL database"))
