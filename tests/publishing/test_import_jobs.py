"""A ClaimReview file uploaded in the admin is imported by a task, never in the request; an import the
broker could not take stays queued and the beat sweep sends it again."""

import json
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from publishing import importing
from publishing.models import ClaimReviewImport, ExternalFactCheck
from publishing.tasks import import_claimreviews, requeue_imports
from tests.brokers import fake_broker
from tests.publishing.test_import import review

pytestmark = pytest.mark.django_db


@pytest.fixture
def broker(monkeypatch):
    return fake_broker(monkeypatch, import_claimreviews, configured=True)


@pytest.fixture
def editor_in_admin(client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    return client


def upload(client, content: bytes):
    return client.post(
        reverse("admin:publishing_import"), {"file": ContentFile(content, name="archive.json")}, follow=True
    )


def test_the_admin_upload_queues_the_import_and_links_to_it(
    editor_in_admin, broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(editor_in_admin, json.dumps([review()]).encode())

    started = ClaimReviewImport.objects.get()
    assert not ExternalFactCheck.objects.exists()  # nothing imported in the request
    assert broker.sent == [started.pk]
    assert started.state == ClaimReviewImport.State.QUEUED and started.queued_at is not None
    job_url = reverse("admin:publishing_claimreviewimport_change", args=[started.pk])
    assert any(job_url in str(message) for message in response.context["messages"])
    assert editor_in_admin.get(job_url).status_code == 200  # the editor follows its progress there

    import_claimreviews.apply(args=[started.pk], throw=True)
    started.refresh_from_db()
    assert (started.state, started.created, started.processed) == (ClaimReviewImport.State.DONE, 1, 1)


def test_a_bad_file_is_refused_at_once_and_queues_nothing(editor_in_admin, broker):
    response = upload(editor_in_admin, b"not json")

    assert response.status_code == 200
    assert not ClaimReviewImport.objects.exists() and broker.sent == []


def test_an_import_the_broker_refused_stays_queued_and_the_sweep_sends_it(
    editor, broker, django_capture_on_commit_callbacks
):
    broker.down = True
    with django_capture_on_commit_callbacks(execute=True):
        started = importing.claimreviews_import_start(json.dumps([review()]).encode(), actor=editor)
    started.refresh_from_db()
    assert (started.state, started.queued_at) == (ClaimReviewImport.State.QUEUED, None)

    broker.down = False
    assert requeue_imports.apply().get() == 0  # a moment ago: the broker may only have been slow
    ClaimReviewImport.objects.filter(pk=started.pk).update(
        created_at=timezone.now() - timedelta(minutes=settings.FACTCHECK_PENDING_REQUEUE_MINUTES + 1)
    )
    assert requeue_imports.apply().get() == 1
    assert broker.sent == [started.pk]
    started.refresh_from_db()
    assert started.queued_at is not None
    assert requeue_imports.apply().get() == 0  # sent, and waiting its turn


def test_the_sweep_resends_an_import_lost_long_ago_but_never_a_finished_one(editor, broker):
    long_ago = timezone.now() - timedelta(minutes=settings.FACTCHECK_EXTRACTION_STALE_MINUTES + 1)
    lost = ClaimReviewImport.objects.create(
        file=ContentFile(b"[]", name="a.json"), imported_by=editor, queued_at=long_ago
    )
    ClaimReviewImport.objects.create(
        file=ContentFile(b"[]", name="b.json"),
        imported_by=editor,
        queued_at=long_ago,
        state=ClaimReviewImport.State.DONE,
    )

    assert importing.imports_requeue() == [lost.pk]
    assert broker.sent == [lost.pk]


def test_the_sweep_runs_on_the_beat():
    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "publishing.tasks.requeue_imports" in tasks
