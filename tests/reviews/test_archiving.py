"""Adding a web page as evidence keeps a copy of it, fetched by the same safe rules as intake."""

import hashlib

import pytest

from claims import workflow
from factcheck.celery import app
from factcheck.fetch import FetchFailed
from reviews import services
from reviews.models import ArchivedPage
from reviews.tasks import ARCHIVE_RETRIES, archive_evidence
from tests import factories
from tests.intake.conftest import Reply

pytestmark = pytest.mark.django_db

ARTICLE = b"""<!DOCTYPE html><html lang="en"><head><title>Jobless rate steady at 7.3%</title>
<meta property="article:published_time" content="2024-05-14T08:00:00Z"></head>
<body><article><h1>Jobless rate steady at 7.3%</h1>
<p>The unemployment rate held at 7.3 percent in the first quarter, the statistics office said on Tuesday.</p>
<p>Economists had expected a small rise after a slow winter for hiring in construction and retail.</p>
</article></body></html>"""
HTML = {"Content-Type": "text/html; charset=utf-8"}


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


@pytest.fixture
def add_page(claim, fact_checker, django_capture_on_commit_callbacks):
    """Add URL evidence as a request would: the archiving task runs once the evidence is committed."""

    def add(url):
        with django_capture_on_commit_callbacks(execute=True):
            evidence = services.evidence_attach(claim, actor=fact_checker, kind="url", stance="supports", url=url)
        return ArchivedPage.objects.get(evidence=evidence)

    return add


def test_the_page_is_archived_with_its_body_hash_title_and_date(add_page, local_server):
    local_server.routes["/jobs"] = Reply(body=ARTICLE, headers=HTML)
    archive = add_page(local_server.url("/jobs"))
    assert archive.state == ArchivedPage.State.DONE
    assert archive.body.read() == ARTICLE
    assert archive.sha256 == hashlib.sha256(ARTICLE).hexdigest()
    assert archive.title == "Jobless rate steady at 7.3%"
    assert str(archive.published) == "2024-05-14"
    assert "held at 7.3 percent" in archive.text
    assert (archive.status, archive.content_type, archive.attempts) == (200, HTML["Content-Type"], 1)
    assert archive.fetched_at is not None
    assert archive.final_url == local_server.url("/jobs")


def test_archiving_twice_fetches_once(add_page, local_server):
    local_server.routes["/jobs"] = Reply(body=ARTICLE, headers=HTML)
    archive = add_page(local_server.url("/jobs"))
    services.evidence_archive(archive.evidence_id)
    assert len(local_server.requests) == 1


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1/admin", "resolves to 127.0.0.1, which is not a public address"),
        ("http://10.0.0.1/", "resolves to 10.0.0.1, which is not a public address"),
        ("http://169.254.169.254/latest/meta-data/", "resolves to 169.254.169.254, which is not a public address"),
        ("http://[::1]/", "resolves to ::1, which is not a public address"),
        ("http://intranet.example.org/", "resolves to 127.0.0.1, which is not a public address"),
    ],
)
def test_a_page_the_rules_forbid_is_recorded_as_failed_with_the_reason(add_page, fake_dns, url, reason):
    fake_dns["intranet.example.org"] = "127.0.0.1"
    archive = add_page(url)
    assert archive.state == ArchivedPage.State.FAILED
    assert reason in archive.error
    assert archive.evidence.pk  # the evidence itself stays


def test_a_redirect_to_a_private_address_is_refused(add_page, local_server):
    local_server.routes["/moved"] = Reply(302, headers={"Location": "http://10.0.0.1/internal"})
    archive = add_page(local_server.url("/moved"))
    assert archive.state == ArchivedPage.State.FAILED
    assert "10.0.0.1, which is not a public address" in archive.error


def test_a_page_over_the_size_cap_is_refused(add_page, local_server, settings):
    settings.FACTCHECK_ARCHIVE_MAX_BYTES = 1000
    local_server.routes["/huge"] = Reply(body=b"<p>" + b"x" * 2000 + b"</p>", headers=HTML, send_length=False)
    archive = add_page(local_server.url("/huge"))
    assert archive.state == ArchivedPage.State.FAILED
    assert archive.error == "the page is over the limit of 1000 bytes"


def test_a_page_that_is_gone_is_recorded_and_archived_when_tried_again(add_page, local_server, fact_checker,
                                                                       django_capture_on_commit_callbacks):  # fmt: skip
    archive = add_page(local_server.url("/jobs"))
    assert archive.state == ArchivedPage.State.FAILED
    assert archive.error.endswith("answered 404")

    local_server.routes["/jobs"] = Reply(body=ARTICLE, headers=HTML)
    with django_capture_on_commit_callbacks(execute=True):
        services.evidence_archive_retry(archive.evidence, actor=fact_checker)
    archive.refresh_from_db()
    assert (archive.state, archive.error, archive.attempts) == (ArchivedPage.State.DONE, "", 2)


def test_without_a_broker_a_transient_failure_is_recorded_at_once_and_can_be_tried_again(
    add_page, local_server, fact_checker, django_capture_on_commit_callbacks
):
    # Nothing could run a retry later: pending with "will try again" would stay pending for ever.
    local_server.routes["/jobs"] = Reply(503, b"busy")
    archive = add_page(local_server.url("/jobs"))
    assert (archive.state, archive.attempts) == (ArchivedPage.State.FAILED, 1)
    assert archive.error.endswith("answered 503")

    local_server.routes["/jobs"] = Reply(body=ARTICLE, headers=HTML)
    with django_capture_on_commit_callbacks(execute=True):
        services.evidence_archive_retry(archive.evidence, actor=fact_checker)
    archive.refresh_from_db()
    assert (archive.state, archive.error, archive.attempts) == (ArchivedPage.State.DONE, "", 2)


def test_without_a_broker_an_unexpected_fault_is_recorded_on_the_archive(add_page, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("storage is full")

    monkeypatch.setattr(services, "evidence_archive", broken)
    archive = add_page("https://example.org/jobs")
    assert (archive.state, archive.error) == (ArchivedPage.State.FAILED, "storage is full")


@pytest.fixture
def with_a_broker():
    """apply() runs the task as a worker would, replaying each retry at once, with no broker needed."""
    app.conf.task_always_eager = False  # put back by the tasks_run_in_process fixture


def pending_archive(claim, url) -> ArchivedPage:
    return ArchivedPage.objects.create(evidence=factories.EvidenceFactory(claim=claim, url=url))


def test_with_a_broker_a_transient_failure_is_retried_by_the_task(claim, local_server, with_a_broker):
    replies = iter([Reply(503, b"busy"), Reply(body=ARTICLE, headers=HTML)])
    local_server.routes["/jobs"] = lambda: next(replies)
    archive = pending_archive(claim, local_server.url("/jobs"))
    archive_evidence.apply(args=[archive.evidence_id], throw=False)
    archive.refresh_from_db()
    assert (archive.state, archive.attempts) == (ArchivedPage.State.DONE, 2)


def test_the_task_gives_up_after_its_last_retry_and_records_why(claim, local_server):
    local_server.routes["/jobs"] = Reply(503, b"busy")
    archive = pending_archive(claim, local_server.url("/jobs"))
    archive_evidence.apply(args=[archive.evidence_id], retries=ARCHIVE_RETRIES, throw=False)
    archive.refresh_from_db()
    assert archive.state == ArchivedPage.State.FAILED
    assert archive.error.endswith("answered 503")


def test_a_transient_failure_is_raised_for_retry_then_recorded_on_the_last_attempt(claim, local_server):
    local_server.routes["/jobs"] = Reply(503, b"busy")
    evidence = pending_archive(claim, local_server.url("/jobs")).evidence
    with pytest.raises(FetchFailed):
        services.evidence_archive(evidence.pk, final_attempt=False)
    archive = ArchivedPage.objects.get(evidence=evidence)
    assert archive.state == ArchivedPage.State.PENDING
    assert archive.error.startswith("will try again:")

    archive = services.evidence_archive(evidence.pk, final_attempt=True)
    assert archive.state == ArchivedPage.State.FAILED
    assert archive.error.endswith("answered 503")


def test_only_the_assignee_or_an_editor_tries_again(add_page, other_fact_checker, editor):
    archive = add_page("http://10.0.0.1/")
    with pytest.raises(workflow.NotAllowed):
        services.evidence_archive_retry(archive.evidence, actor=other_fact_checker)
    assert services.evidence_archive_retry(archive.evidence, actor=editor).state == ArchivedPage.State.PENDING


def test_an_archived_page_is_not_archived_again(add_page, local_server, fact_checker):
    local_server.routes["/jobs"] = Reply(body=ARTICLE, headers=HTML)
    archive = add_page(local_server.url("/jobs"))
    with pytest.raises(workflow.Refused) as raised:
        services.evidence_archive_retry(archive.evidence, actor=fact_checker)
    assert raised.value.messages == ["this page is already archived"]


def test_a_quote_is_not_archived(claim, fact_checker):
    quote = services.evidence_attach(claim, actor=fact_checker, kind="quote", stance="supports", excerpt="x")
    assert not ArchivedPage.objects.filter(evidence=quote).exists()
    with pytest.raises(workflow.Refused):
        services.evidence_archive_retry(quote, actor=fact_checker)
