import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews import services
from reviews.models import ArchivedPage, Evidence
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def test_url_evidence_is_linked_to_the_source_of_its_domain(claim, fact_checker):
    reuters = factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind="url", stance="supports", url="https://www.uk.reuters.com/world/x"
    )
    assert evidence.source == reuters
    assert claim.events.get().kind == ClaimEvent.Kind.EVIDENCE_ADDED


def test_the_most_specific_domain_wins(claim, fact_checker):
    factories.SourceFactory(name="Example", domains=["example.org"])
    news = factories.SourceFactory(name="Example News", domains=["news.example.org"])
    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind="url", stance="supports", url="https://news.example.org/a"
    )
    assert evidence.source == news


def test_an_unknown_domain_leaves_the_source_empty(claim, fact_checker):
    factories.SourceFactory(domains=["example.org"])
    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind="url", stance="supports", url="https://notexample.org/a"
    )
    assert evidence.source is None


def test_the_same_file_is_not_stored_twice_on_a_claim(claim, fact_checker):
    def upload():
        return SimpleUploadedFile("report.txt", b"Unemployment: 3.5%", content_type="text/plain")

    services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload())
    with pytest.raises(workflow.Refused) as raised:
        services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload())
    assert raised.value.messages == ["this file is already attached to this claim"]
    assert Evidence.objects.filter(claim=claim).count() == 1


def test_someone_who_is_not_the_assignee_cannot_add_evidence(claim, other_fact_checker):
    with pytest.raises(workflow.NotAllowed):
        services.evidence_attach(claim, actor=other_fact_checker, kind="quote", stance="supports", excerpt="x")


def test_removing_evidence_is_recorded(claim, fact_checker):
    evidence = factories.EvidenceFactory(claim=claim)
    services.evidence_remove(evidence, actor=fact_checker)
    assert not Evidence.objects.filter(pk=evidence.pk).exists()
    event = claim.events.get()
    assert (event.kind, event.details["url"]) == (ClaimEvent.Kind.EVIDENCE_REMOVED, evidence.url)


def test_removing_a_file_deletes_it_from_storage_once_committed(
    claim, fact_checker, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile("report.txt", b"Unemployment: 3.5%", content_type="text/plain")
    evidence = services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload)
    name = evidence.file.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=False) as after_commit:
        services.evidence_remove(evidence, actor=fact_checker)
    assert default_storage.exists(name), "deleted before the removal was committed"
    for callback in after_commit:
        callback()
    assert not default_storage.exists(name)


def test_removing_a_web_page_deletes_its_archived_copy(claim, fact_checker, django_capture_on_commit_callbacks):
    evidence = factories.EvidenceFactory(claim=claim, url="https://example.org/jobs")
    archive = ArchivedPage(evidence=evidence, state=ArchivedPage.State.DONE)
    archive.body.save("jobs.html", ContentFile(b"<p>Jobs</p>"))
    name = archive.body.name
    assert default_storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        services.evidence_remove(evidence, actor=fact_checker)
    assert not ArchivedPage.objects.filter(pk=archive.pk).exists()
    assert not default_storage.exists(name)


def test_a_removal_that_is_refused_keeps_the_file(fact_checker, django_capture_on_commit_callbacks):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    upload = SimpleUploadedFile("report.txt", b"Unemployment: 3.5%", content_type="text/plain")
    evidence = services.evidence_attach(claim, actor=fact_checker, kind="file", stance="supports", file=upload)
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(workflow.Refused):
        services.evidence_remove(evidence, actor=fact_checker)
    assert default_storage.exists(evidence.file.name)


def test_it_refuses_to_remove_evidence_the_status_stands_on(fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    evidence = factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    with pytest.raises(workflow.Refused) as raised:
        services.evidence_remove(evidence, actor=fact_checker)
    assert raised.value.messages == [
        "the claim is Corroborated: without this evidence it needs supporting evidence from 1 more independent source"
    ]
    assert Evidence.objects.filter(pk=evidence.pk).exists()
    assert not claim.events.exists()


def test_removing_evidence_makes_a_pending_move_stale(fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    evidence = factories.EvidenceFactory(claim=claim, stance="contradicts")
    factories.EvidenceFactory(claim=claim, stance="contradicts")
    services.evidence_remove(evidence, actor=fact_checker)
    with pytest.raises(workflow.Conflict):
        workflow.transition(claim, "disputed", actor=fact_checker, version=1)
