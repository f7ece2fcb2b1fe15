"""Every page: anonymous people are sent to sign in, people without a role get 403."""

import pytest
from django.urls import reverse

from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages():
    claim = factories.ClaimFactory()
    source = factories.SourceFactory()
    return [
        reverse("desk:home"),
        reverse("desk:dashboard"),
        reverse("desk:queue_mine"),
        reverse("desk:queue_unassigned"),
        reverse("desk:claim", args=[claim.pk]),
        reverse("desk:intake"),
        reverse("desk:document", args=[claim.document_id]),
        reverse("desk:document_progress", args=[claim.document_id]),
        reverse("desk:approvals"),
        reverse("desk:sources"),
        reverse("desk:source", args=[source.pk]),
        reverse("desk:source_picker"),
        reverse("desk:unmatched_domains"),
        reverse("desk:api_tokens"),
        reverse("desk:monitoring"),
        reverse("desk:topics"),
        reverse("desk:topic_new"),
        reverse("desk:digests"),
    ]


def test_anonymous_people_are_sent_to_sign_in(client, pages):
    for url in pages:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(reverse("login") + "?next="), url


def test_people_without_a_role_are_refused(outsider_client, pages):
    for url in pages:
        assert outsider_client.get(url).status_code == 403, url


def test_members_open_every_page_but_the_editors_ones(checker_client, pages):
    editors_only = {reverse("desk:approvals"), reverse("desk:unmatched_domains"), reverse("desk:topic_new")}
    for url in pages:
        expected = 403 if url in editors_only else 200
        assert checker_client.get(url, follow=url == reverse("desk:home")).status_code == expected, url


def test_editors_open_every_page(editor_client, pages):
    for url in pages:
        assert editor_client.get(url, follow=True).status_code == 200, url


@pytest.mark.parametrize(
    "name",
    ["desk:claim_move", "desk:evidence_add", "desk:verdict_save", "desk:claim_assign", "desk:claim_release"],
)
def test_actions_refuse_outsiders_and_anonymous(client, outsider_client, name):
    claim = factories.ClaimFactory()
    url = reverse(name, args=[claim.pk])
    assert client.post(url)["Location"].startswith(reverse("login"))
    assert outsider_client.post(url).status_code == 403


def test_sign_in_lands_fact_checkers_on_their_queue(client, fact_checker):
    response = client.post(reverse("login"), {"username": "fiona", "password": "pw"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("desk:queue_mine")


def test_sign_in_lands_editors_on_the_dashboard(client, editor):
    response = client.post(reverse("login"), {"username": "edith", "password": "pw"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("desk:dashboard")


def test_signed_in_outsider_home_explains_there_is_no_role(outsider_client):
    response = outsider_client.get(reverse("desk:home"))
    assert response.status_code == 403
    assert b"hold no role" in response.content


def test_header_shows_user_role_language_switch_and_notifications_link(checker_client):
    page = checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert "fiona" in page and "Fact-checker" in page
    assert 'action="/i18n/setlang/"' in page
    assert f'href="{reverse("notifications:inbox")}"' in page


def test_sign_out(checker_client):
    response = checker_client.post(reverse("logout"))
    assert response["Location"] == reverse("login")
    assert checker_client.get(reverse("desk:queue_mine")).status_code == 302
