import json

import pytest
from django.urls import reverse

from publishing.models import ExternalFactCheck, Publication
from tests.publishing.test_import import review

pytestmark = pytest.mark.django_db


def test_an_editor_withdraws_and_corrects_from_the_admin(client, publish, editor):
    publication = publish()
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    url = reverse("admin:publishing_publication_changelist")
    assert client.get(url).status_code == 200
    client.post(url, {"action": "correct", "_selected_action": [publication.pk], "text": "Date fixed."})
    client.post(url, {"action": "withdraw", "_selected_action": [publication.pk], "text": "Misattributed."})
    publication = Publication.objects.get(pk=publication.pk)
    assert [c.text for c in publication.corrections.all()] == ["Date fixed."]
    assert publication.withdrawal_reason == "Misattributed."


def test_an_editor_uploads_a_claimreview_file(client, editor, tmp_path, django_capture_on_commit_callbacks):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    upload = tmp_path / "archive.json"
    upload.write_text(json.dumps([review()]))
    # The import runs once the request has committed (in-process without a broker).
    with upload.open("rb") as handle, django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("admin:publishing_import"), {"file": handle})
    assert response.status_code == 302
    assert ExternalFactCheck.objects.count() == 1


def test_a_fact_checker_cannot_import(client, fact_checker, tmp_path):
    fact_checker.is_staff = True
    fact_checker.save()
    client.force_login(fact_checker)
    upload = tmp_path / "archive.json"
    upload.write_text(json.dumps([review()]))
    with upload.open("rb") as handle:
        client.post(reverse("admin:publishing_import"), {"file": handle})
    assert not ExternalFactCheck.objects.exists()
