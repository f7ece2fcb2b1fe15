"""Editors import a newsroom's past fact-checks from a ClaimReview file: all of it, or none."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from publishing import importing
from publishing.models import ExternalFactCheck

real_upsert = importing._upsert

pytestmark = pytest.mark.django_db


def review(url, claim="Unemployment fell by 1,900 people in 2025.", rating="False"):
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
        "claimReviewed": claim,
        "datePublished": "2025-10-03",
        "reviewRating": {"@type": "Rating", "alternateName": rating},
    }


def outcome(response) -> tuple:
    body = response.json()
    return body["state"], body["created"], body["updated"], body["problems"]


def upload(client, content: bytes, name="reviews.json"):
    return client.post("/api/v1/factchecks/import/", {"file": SimpleUploadedFile(name, content)}, format="multipart")


@pytest.fixture
def imported(django_capture_on_commit_callbacks):
    """Upload, let the import run once the request has committed (in-process without a broker),
    then read its outcome where the answer says to follow it."""

    def run(client, content: bytes):
        with django_capture_on_commit_callbacks(execute=True):
            response = upload(client, content)
        assert response.status_code == 202, response.content
        return client.get(response.json()["progress_url"])

    return run


def test_an_editor_imports_every_review_in_the_file(api_as, editor, imported):
    content = json.dumps([review("https://archive.example/1"), review("https://archive.example/2")]).encode()

    response = imported(api_as(editor), content)

    assert response.json()["total"] == response.json()["processed"] == 2
    assert outcome(response) == ("done", 2, 0, [])
    assert ExternalFactCheck.objects.get(url="https://archive.example/1").imported_by == editor


def test_importing_the_same_review_again_refreshes_it(api_as, editor, imported):
    client = api_as(editor)
    imported(client, json.dumps(review("https://archive.example/1")).encode())

    response = imported(client, json.dumps(review("https://archive.example/1", rating="Misleading")).encode())

    assert outcome(response) == ("done", 0, 1, [])
    assert ExternalFactCheck.objects.get().rating_name == "Misleading"


def test_a_file_with_one_bad_review_imports_nothing_and_lists_every_problem(api_as, editor, imported):
    content = json.dumps(
        [review("https://archive.example/1"), review("javascript:alert(1)"), {"@type": "Article"}]
    ).encode()

    response = imported(api_as(editor), content)  # reviews are checked by the worker: it refuses the whole file

    assert outcome(response) == (
        "failed",
        0,
        0,
        ["item 2: url is not an http(s) address", "item 3 is not a ClaimReview"],
    )
    assert not ExternalFactCheck.objects.exists()


def test_a_file_that_is_not_json_is_refused_clearly(api_as, editor):
    response = upload(api_as(editor), b"name,rating\nfoo,False\n", name="reviews.csv")

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert response.data["detail"].startswith("the file is not JSON")


def test_a_file_over_the_limit_is_refused_without_reading_all_of_it(api_as, editor, monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 100)

    response = upload(api_as(editor), json.dumps([review(f"https://archive.example/{n}") for n in range(5)]).encode())

    assert (response.status_code, response.data["code"]) == (400, "refused")
    assert "larger than" in response.data["detail"]


def test_the_file_is_required(api_as, editor):
    response = api_as(editor).post("/api/v1/factchecks/import/", {}, format="multipart")

    assert (response.status_code, response.data["code"]) == (400, "invalid")
    assert "file" in response.data["fields"]


def test_fact_checkers_cannot_import(api_as, fact_checker):
    response = upload(api_as(fact_checker), json.dumps(review("https://archive.example/1")).encode())

    assert response.status_code == 403
    assert not ExternalFactCheck.objects.exists()


def test_the_request_only_queues_the_import(api_as, editor):
    """Without the after-commit step (the worker's part) nothing is written while the request runs."""
    response = upload(api_as(editor), json.dumps([review(f"https://archive.example/{n}") for n in range(3)]).encode())

    assert response.status_code == 202
    assert outcome(response) == ("queued", 0, 0, [])
    assert not ExternalFactCheck.objects.exists()


def test_a_large_file_is_upserted_in_batches_with_progress(editor, monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(importing, "BATCH_SIZE", 10)
    ExternalFactCheck.objects.create(url="https://archive.example/0", claim_reviewed="Old", rating_name="True")
    content = json.dumps([review(f"https://archive.example/{n}") for n in range(25)]).encode()
    started = importing.claimreviews_import_start(content, actor=editor)
    seen = []
    monkeypatch.setattr(
        importing,
        "_upsert",
        lambda parsed, actor, on_batch: real_upsert(parsed, actor, lambda *a: seen.append(a) or on_batch(*a)),
    )

    with django_assert_max_num_queries(20):  # a few per batch of 10, not a few per review
        importing.claimreviews_import_run(started.pk)

    started.refresh_from_db()
    assert (started.state, started.total, started.processed, started.created, started.updated) == (
        "done",
        25,
        25,
        24,
        1,
    )
    assert seen == [(10, 9), (20, 19), (25, 24)]
    assert ExternalFactCheck.objects.get(url="https://archive.example/0").claim_reviewed.startswith("Unemployment")


def test_running_a_finished_import_again_changes_nothing(editor):
    started = importing.claimreviews_import_start(
        json.dumps(review("https://archive.example/1")).encode(), actor=editor
    )
    importing.claimreviews_import_run(started.pk)
    ExternalFactCheck.objects.all().delete()

    importing.claimreviews_import_run(started.pk)  # delivered twice

    assert not ExternalFactCheck.objects.exists()
