"""Evidence files on the public fact-check: shown and served only when an editor made them public,
only while the fact-check is live; and the workspace button that decides it."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from publishing.services import publication_withdraw
from reviews import services as review_services
from reviews.models import Evidence
from tests import factories
from tests.web.conftest import HTMX
from tests.web.test_public_pages import publish

pytestmark = pytest.mark.django_db


def attach_file(claim, actor, name="figures.txt", content=b"Unemployment: 7.1 percent.\n"):
    return review_services.evidence_attach(
        claim,
        actor=actor,
        kind=Evidence.Kind.FILE,
        stance=Evidence.Stance.SUPPORTS,
        file=SimpleUploadedFile(name, content),
    )


def download_url(publication, evidence):
    return reverse("publishing:evidence-file", args=[publication.slug, evidence.pk])


@pytest.fixture
def publication(fact_checker, editor):
    """A published fact-check whose claim got two files while it was open (a published claim takes none)."""
    attached = {}

    def attach(claim):
        attached["public"] = attach_file(claim, fact_checker, name="public-figures.txt")
        attached["private"] = attach_file(claim, fact_checker, name="private-notes.txt", content=b"Off the record.\n")

    publication = publish(fact_checker, editor, before_approval=attach)
    publication.attached_files = attached
    return publication


@pytest.fixture
def public_file(publication, editor):
    return review_services.evidence_set_public(publication.attached_files["public"], actor=editor, public=True)


@pytest.fixture
def private_file(publication):
    return publication.attached_files["private"]


def test_the_fact_check_lists_a_public_file_and_not_a_private_one(client, publication, public_file, private_file):
    page = client.get(publication.get_absolute_url()).content.decode()

    assert download_url(publication, public_file) in page and "public-figures.txt" in page
    assert download_url(publication, private_file) not in page and "private-notes.txt" not in page


def test_a_reader_downloads_a_public_file_as_an_attachment_that_is_never_sniffed(client, publication, public_file):
    response = client.get(download_url(publication, public_file))

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"Unemployment: 7.1 percent.\n"


def test_a_private_file_is_not_found(client, publication, private_file):
    assert client.get(download_url(publication, private_file)).status_code == 404


def test_a_withdrawn_fact_check_serves_none_of_its_files(client, publication, public_file, editor):
    publication_withdraw(publication, actor=editor, reason="The figure was revised.")

    assert client.get(download_url(publication, public_file)).status_code == 404


def test_another_claims_public_file_is_not_found_through_this_fact_check(client, publication, fact_checker, editor):
    elsewhere = factories.ClaimFactory(assignee=fact_checker)
    other_file = review_services.evidence_set_public(attach_file(elsewhere, fact_checker), actor=editor, public=True)

    assert client.get(download_url(publication, other_file)).status_code == 404


def test_a_web_page_evidence_is_not_a_file_to_download(client, publication):
    web_page = factories.EvidenceFactory(claim=publication.claim, url="https://news.example/story")

    assert client.get(download_url(publication, web_page)).status_code == 404


def public_button_url(evidence):
    return reverse("desk:evidence_public", args=[evidence.claim_id, evidence.pk])


@pytest.fixture
def claim_file(fact_checker):
    return attach_file(factories.ClaimFactory(assignee=fact_checker), fact_checker)


def test_an_editor_shows_a_file_from_the_workspace_and_can_take_it_back(editor_client, claim_file):
    page = editor_client.get(reverse("desk:claim", args=[claim_file.claim_id])).content.decode()
    assert public_button_url(claim_file) in page and "Show on the public fact-check" in page

    response = editor_client.post(public_button_url(claim_file), {"public": "yes"}, **HTMX)

    answer = response.content.decode()
    assert response.status_code == 200 and "Keep private" in answer
    assert "shown on the public fact-check" in answer  # the timeline's entry
    claim_file.refresh_from_db()
    assert claim_file.public is True


def test_a_fact_checker_sees_no_button_and_is_refused_if_they_post(checker_client, claim_file):
    page = checker_client.get(reverse("desk:claim", args=[claim_file.claim_id])).content.decode()
    assert public_button_url(claim_file) not in page

    response = checker_client.post(public_button_url(claim_file), {"public": "yes"}, **HTMX)

    assert response.status_code == 403
    claim_file.refresh_from_db()
    assert claim_file.public is False


def test_outsiders_are_refused_and_anonymous_people_sent_to_sign_in(client, outsider_client, claim_file):
    assert outsider_client.post(public_button_url(claim_file), {"public": "yes"}).status_code == 403
    assert client.post(public_button_url(claim_file), {"public": "yes"})["Location"].startswith(reverse("login"))
