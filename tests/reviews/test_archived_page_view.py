"""Members read an archived copy as escaped text; its original bytes only download."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from reviews.models import ArchivedPage
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(fact_checker):
    evidence = factories.EvidenceFactory(claim=factories.ClaimFactory(assignee=fact_checker))
    archive = ArchivedPage(
        evidence=evidence,
        state=ArchivedPage.State.DONE,
        title="Rates <b>held</b>",
        text="The rate held.\n<script>alert('archived')</script>",
        content_type="text/html; charset=utf-8",
        status=200,
        final_url=evidence.url,
    )
    archive.body.save("page.html", ContentFile(b"<script>alert('archived')</script>"), save=False)
    archive.save()
    return archive


def page_url(archive):
    return reverse("reviews:archived_page", args=[archive.evidence_id])


@pytest.mark.parametrize("persona", ["fact_checker", "other_fact_checker", "editor", "admin_user"])
def test_a_member_reads_the_archived_text_escaped(client, request, archive, persona):
    client.force_login(request.getfixturevalue(persona))
    content = client.get(page_url(archive)).content.decode()
    assert "The rate held." in content
    assert "&lt;script&gt;alert(&#x27;archived&#x27;)&lt;/script&gt;" in content
    assert "<script>" not in content
    assert "Rates &lt;b&gt;held&lt;/b&gt;" in content


def test_the_page_as_fetched_downloads_as_an_attachment(client, fact_checker, archive):
    client.force_login(fact_checker)
    response = client.get(reverse("reviews:archived_page_body", args=[archive.evidence_id]))
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_failed_archive_shows_why_and_offers_to_try_again(client, fact_checker, archive):
    ArchivedPage.objects.filter(pk=archive.pk).update(state="failed", error="10.0.0.1 is not a public address")
    client.force_login(fact_checker)
    content = client.get(page_url(archive)).content.decode()
    assert "10.0.0.1 is not a public address" in content
    assert reverse("reviews:archive_retry", args=[archive.evidence_id]) in content


def test_trying_again_from_the_page_queues_the_archive(client, fact_checker, archive):
    ArchivedPage.objects.filter(pk=archive.pk).update(state="failed", error="timeout")
    client.force_login(fact_checker)
    response = client.post(reverse("reviews:archive_retry", args=[archive.evidence_id]))
    assert response.status_code == 302
    archive.refresh_from_db()
    assert (archive.state, archive.error) == ("pending", "")


@pytest.mark.parametrize("name", ["archived_page", "archived_page_body", "archive_retry"])
def test_an_outsider_gets_not_found(client, outsider, archive, name):
    client.force_login(outsider)
    method = client.post if name == "archive_retry" else client.get
    assert method(reverse(f"reviews:{name}", args=[archive.evidence_id])).status_code == 404


@pytest.mark.parametrize("name", ["archived_page", "archived_page_body"])
def test_an_anonymous_visitor_is_sent_to_sign_in(client, archive, name):
    response = client.get(reverse(f"reviews:{name}", args=[archive.evidence_id]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))
