"""The workspace's evidence: files to download, archive states, Try again, and refusals kept beside the form."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reviews.models import ArchivedPage, Evidence
from tests import factories
from tests.web.conftest import HTMX, signed_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def workspace(client, claim) -> str:
    return client.get(reverse("desk:claim", args=[claim.pk])).content.decode()


def web_evidence(claim, *, state, error=""):
    evidence = factories.EvidenceFactory(claim=claim, url="https://news.example/story")
    ArchivedPage.objects.create(evidence=evidence, state=state, error=error, title="Story")
    return evidence


def retry_url(evidence):
    return reverse("desk:evidence_archive_retry", args=[evidence.claim_id, evidence.pk])


def test_an_archived_page_links_to_its_copy(checker_client, claim):
    evidence = web_evidence(claim, state=ArchivedPage.State.DONE)
    page = workspace(checker_client, claim)
    assert "Archived" in page
    assert reverse("reviews:archived_page", args=[evidence.pk]) in page
    assert retry_url(evidence) not in page


def test_a_failed_archive_says_why_escaped_and_offers_to_try_again(checker_client, claim):
    evidence = web_evidence(claim, state=ArchivedPage.State.FAILED, error="<b>10.0.0.1</b> is not public")
    page = workspace(checker_client, claim)
    assert "Archiving failed" in page
    assert "&lt;b&gt;10.0.0.1&lt;/b&gt; is not public" in page
    assert retry_url(evidence) in page


def test_a_pending_archive_says_so(checker_client, claim):
    web_evidence(claim, state=ArchivedPage.State.PENDING)
    assert "Archiving…" in workspace(checker_client, claim)


def test_trying_again_queues_the_archive_and_answers_with_the_workspace(
    checker_client, claim, monkeypatch, django_capture_on_commit_callbacks
):
    queued = []
    monkeypatch.setattr("reviews.services.archiving.enqueue_archive", queued.append)
    evidence = web_evidence(claim, state=ArchivedPage.State.FAILED, error="timeout")
    with django_capture_on_commit_callbacks(execute=True):
        response = checker_client.post(retry_url(evidence), **HTMX)
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith('<div id="workspace"')
    assert "Archiving queued again." in response.content.decode()
    assert queued == [evidence.pk]
    archive = ArchivedPage.objects.get(evidence=evidence)
    assert (archive.state, archive.error) == ("pending", "")


def test_trying_again_without_htmx_redirects_to_the_workspace(checker_client, claim, monkeypatch):
    monkeypatch.setattr("reviews.services.archiving.enqueue_archive", lambda pk: None)
    evidence = web_evidence(claim, state=ArchivedPage.State.FAILED)
    response = checker_client.post(retry_url(evidence))
    assert response["Location"] == reverse("desk:claim", args=[claim.pk])


def test_an_archived_page_is_not_archived_again(checker_client, claim):
    evidence = web_evidence(claim, state=ArchivedPage.State.DONE)
    response = checker_client.post(retry_url(evidence), **HTMX)
    assert response.status_code == 422
    assert "this page is already archived" in response.content.decode()


def test_someone_not_on_the_claim_cannot_try_again(claim, other_fact_checker):
    evidence = web_evidence(claim, state=ArchivedPage.State.FAILED)
    client = signed_in(other_fact_checker)
    assert retry_url(evidence) not in workspace(client, claim)
    assert client.post(retry_url(evidence), **HTMX).status_code == 403


def test_an_outsider_and_an_anonymous_visitor_cannot_try_again(outsider_client, client, claim):
    evidence = web_evidence(claim, state=ArchivedPage.State.FAILED)
    assert outsider_client.post(retry_url(evidence)).status_code == 403
    response = client.post(retry_url(evidence))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_evidence_of_another_claim_is_not_found(checker_client, claim):
    evidence = web_evidence(factories.ClaimFactory(), state=ArchivedPage.State.FAILED)
    url = reverse("desk:evidence_archive_retry", args=[claim.pk, evidence.pk])
    assert checker_client.post(url).status_code == 404


def test_an_uploaded_file_links_to_its_download(checker_client, claim):
    response = checker_client.post(
        reverse("desk:evidence_add", args=[claim.pk]),
        {"kind": "file", "stance": "supports", "file": SimpleUploadedFile("report.txt", b"The rate was 7%.\n")},
        **HTMX,
    )
    assert response.status_code == 200
    evidence = Evidence.objects.get(claim=claim)
    page = response.content.decode()
    assert reverse("reviews:evidence_file", args=[evidence.pk]) in page
    assert "Download report.txt</a>" in page


def test_a_refused_upload_is_shown_beside_the_file_keeping_what_was_typed(checker_client, claim):
    program = SimpleUploadedFile("report.pdf", b"MZ\x90\x00" + b"\x00" * 64)
    response = checker_client.post(
        reverse("desk:evidence_add", args=[claim.pk]),
        {"kind": "file", "stance": "contradicts", "file": program, "note": "from the <ministry>"},
        **HTMX,
    )
    assert response.status_code == 422
    page = response.content.decode()
    form = page[page.index('class="evidence-form"') :]
    file_field = form[form.index('class="field for-file"') :].split("</div>")[0]
    assert '<p class="field-error">“report.pdf” is' in file_field
    assert "from the &lt;ministry&gt;</textarea>" in form
    assert re.search(r'<input[^>]*value="contradicts"[^>]*checked', form)
    assert not Evidence.objects.filter(claim=claim).exists()


def test_the_form_marks_each_field_with_the_kind_it_belongs_to(checker_client, claim):
    page = workspace(checker_client, claim)
    assert 'class="field for-url"' in page and 'class="field for-file"' in page
    assert "style=" not in page
