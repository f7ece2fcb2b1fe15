"""Issue 17, point 6: a URL that cannot be fetched says why in words a person reads (no errno, no
library's repr), and the document's page offers to paste the article's text instead."""

import socket

import pytest
import urllib3
from django.urls import reverse
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError

from claims.models import Document
from factcheck.fetch import FetchFailed, fetch
from ingest import flow
from tests.intake.conftest import Reply
from tests.web.conftest import signed_in

INTAKE_LIMIT = 5 * 1024 * 1024
# What a raw exception leaks into a message.
RAW = ("Errno", "errno", "object at 0x", "HTTPConnection", "Max retries", "gaierror")


def failure_of(url, **options) -> FetchFailed:
    with pytest.raises(FetchFailed) as failure:
        fetch(url, max_bytes=INTAKE_LIMIT, **options)
    message = str(failure.value)
    assert not any(raw in message for raw in RAW), message
    return failure.value


@pytest.fixture
def connecting_fails(monkeypatch, settings):
    """Every connection fails at once with `error` (its cause as the socket raised it)."""
    settings.FACTCHECK_FETCH_ALLOW_HOSTS = ["127.0.0.1:8099"]

    def fail_with(error):
        def urlopen(*args, **kwargs):
            raise error

        monkeypatch.setattr(urllib3.HTTPConnectionPool, "urlopen", urlopen)
        return failure_of("http://127.0.0.1:8099/", connect_timeout=1)

    return fail_with


def test_a_refused_connection_says_no_web_server_answers(connecting_fails):
    refused = NewConnectionError(None, "Failed to establish a new connection: [Errno 111] Connection refused")
    refused.__cause__ = ConnectionRefusedError(111, "Connection refused")
    failure = connecting_fails(refused)
    assert str(failure) == "127.0.0.1 refused the connection: no web server answers there" and failure.transient


def test_a_silent_server_says_how_long_we_waited(connecting_fails):
    failure = connecting_fails(ConnectTimeoutError(None, "timed out. (connect timeout=1)"))
    assert str(failure) == "127.0.0.1 did not answer within 1 second" and failure.transient


def test_an_unknown_name_says_no_site_has_it():
    failure = failure_of("https://no-such-site.invalid/")
    assert str(failure) == "no site is registered under the name no-such-site.invalid: check the address"


def test_a_silent_name_server_says_so_and_is_worth_retrying(monkeypatch):
    def unanswered(*args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", unanswered)
    failure = failure_of("https://news.example/")
    assert "the name server did not answer in time" in str(failure) and failure.transient


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (404, "the page does not exist there"),
        (403, "access is denied"),
        (503, "the site has an error on its side"),
        (429, "the site asks us to slow down"),
    ],
)
def test_an_error_status_is_said_in_words(local_server, status, words):
    local_server.routes["/page"] = Reply(status=status, body=b"no")
    failure = failure_of(local_server.url("/page"))
    assert str(failure).startswith(words) and str(failure).endswith(f"answered {status}")


@pytest.mark.django_db
def test_the_failed_document_says_why_and_offers_to_paste_the_text(
    local_server, fact_checker, django_capture_on_commit_callbacks
):
    url = local_server.url("/gone?id=1&x=<b>")
    with django_capture_on_commit_callbacks(execute=True):
        document, _created = flow.document_submit_url(url, submitted_by=fact_checker)
    document.refresh_from_db()
    assert document.extraction_state == Document.ExtractionState.FAILED
    client = signed_in(fact_checker)
    page = client.get(reverse("desk:document", args=[document.pk])).content.decode()
    assert "the page does not exist there: http://127.0.0.1:" in page
    link = reverse("desk:intake") + "?original_url=http%3A%2F%2F127.0.0.1%3A"
    assert link in page and "Paste the article's text instead" in page

    intake = client.get(reverse("desk:intake"), {"original_url": url}).content.decode()
    assert 'name="original_url" id="id_original_url" value="http://127.0.0.1:' in intake
    assert "&lt;b&gt;" in intake and "<b>" not in intake.split('name="original_url"')[1][:200]


@pytest.mark.django_db
def test_the_intake_form_prefills_only_a_web_address(fact_checker):
    page = signed_in(fact_checker).get(reverse("desk:intake"), {"original_url": "javascript:alert(1)"})
    assert "javascript:" not in page.content.decode()
