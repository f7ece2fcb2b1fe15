import fcntl
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connections
from django.test import Client

HTMX = {"HTTP_HX_REQUEST": "true"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

# Browser tests: real Chromium (Debian's package) driven by Playwright.
CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = settings.BASE_DIR / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BROWSER_TEST_MARKS = [
    pytest.mark.browser,
    # The live server needs committed data; the roles come from a data migration,
    # so the database is restored after each test for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def checker_client(fact_checker):
    return signed_in(fact_checker)


@pytest.fixture
def editor_client(editor):
    return signed_in(editor)


@pytest.fixture
def outsider_client(outsider):
    return signed_in(outsider)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """`make test` compiles the .mo files; this covers running pytest directly."""
    from django.conf import settings
    from django.core.management import call_command

    po = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
    mo = po.with_suffix(".mo")
    # pytest-xdist workers each get here: one compiles while the others wait, then find it done.
    with po.open("rb") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            call_command("compilemessages", locale=["fr"], ignore_patterns=[".venv"], verbosity=0)


@contextmanager
def playwright_on_this_threads_connections():
    """Playwright's sync API, with the ORM calls made meanwhile on this thread's own connections.

    The API keeps an event loop running in this thread, and while one runs Django looks its
    connections up in a context variable instead of the thread's storage: the test's queries would
    open a second connection that nothing closes, still open when the test database is dropped
    ("being accessed by other users"). So the thread's connections are placed there too."""
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
    own = {alias: connections[alias] for alias in connections}
    with sync_api.sync_playwright() as playwright:
        for alias, connection in own.items():
            connections[alias] = connection
        try:
            yield playwright
        finally:
            for alias in own:
                del connections[alias]


@pytest.fixture
def browser(monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
    # The ORM calls the tests make while Playwright's event loop runs are still synchronous ones.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    ARTIFACTS.mkdir(exist_ok=True)
    # Assertions wait as long as actions do (10 s, set on each context below), not Playwright's 5 s:
    # `make test` runs two test workers, each with its Chromium and live server, on two cores.
    sync_api.expect.set_options(timeout=10_000)
    with playwright_on_this_threads_connections() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def open_session(browser, live_server):
    contexts = []

    def sign_in(username: str, *, locale: str = "en-GB"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=locale)
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill(username)
        page.get_by_label("Password").fill("pw")
        page.get_by_role("button", name="Sign in").click()
        return page

    yield sign_in
    for context in contexts:
        context.close()


@pytest.fixture
def session(browser, live_server):
    """A signed-in page per person, in a language and a window size of the test's choosing."""
    contexts = []

    def sign_in(username, *, locale="en-GB", viewport=DESKTOP, language="en"):
        context = browser.new_context(viewport=viewport, locale=locale)
        context.set_default_timeout(10_000)
        context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/accounts/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill("pw")
        page.locator("input[name=password]").press("Enter")
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    yield sign_in
    for context in contexts:
        context.close()


def screenshot(page, name: str) -> None:
    """Screenshots land in test-artifacts/ (not in git) for people to look at the pages."""
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
