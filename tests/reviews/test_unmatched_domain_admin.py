"""The admin's "Domains with no source" reads a page of domains at a time, in Unicode for people."""

import pytest
from django.urls import reverse

from reviews.admin import UNMATCHED_DOMAINS_PER_PAGE
from tests import factories

pytestmark = pytest.mark.django_db

PAGE = reverse("admin:sources_source_unmatched")


@pytest.fixture
def editor_in_admin(client, editor):
    editor.is_staff = True
    editor.save()
    client.force_login(editor)
    return client


def listed(content: str, count: int) -> list[str]:
    return [f"d{index:03}.example" for index in range(count) if f">d{index:03}.example<" in content]


def test_the_domains_come_a_page_at_a_time_with_their_count(editor_in_admin):
    total = UNMATCHED_DOMAINS_PER_PAGE + 1
    for index in range(total):
        factories.EvidenceFactory(url=f"https://d{index:03}.example/", source=None)
    factories.EvidenceFactory(url="https://d000.example/again", source=None)  # the most used comes first

    first = editor_in_admin.get(PAGE).content.decode()
    second = editor_in_admin.get(PAGE, {"page": 2}).content.decode()

    assert f"{total} domains, most used first." in first
    assert listed(first, total) == [f"d{index:03}.example" for index in range(UNMATCHED_DOMAINS_PER_PAGE)]
    assert "Page 1 of 2" in first and '<a href="?page=2">Next</a>' in first
    assert listed(second, total) == [f"d{UNMATCHED_DOMAINS_PER_PAGE:03}.example"]
    assert "Page 2 of 2" in second and '<a href="?page=1">Previous</a>' in second


def test_one_page_needs_no_page_links(editor_in_admin):
    factories.EvidenceFactory(url="https://d000.example/", source=None)

    content = editor_in_admin.get(PAGE).content.decode()

    assert "1 domain, most used first." in content and "Page 1 of 1" not in content


def test_an_international_domain_is_shown_in_unicode_and_registered_as_stored(editor_in_admin):
    factories.EvidenceFactory(url="https://www.café.fr/menu", source=None)

    content = editor_in_admin.get(PAGE).content.decode()

    assert '<td title="xn--caf-dma.fr">café.fr</td>' in content
    assert '<input type="hidden" name="domain" value="xn--caf-dma.fr">' in content


@pytest.mark.parametrize("persona", ["fact_checker", "outsider"])
def test_only_editors_see_the_list(client, request, persona):
    user = request.getfixturevalue(persona)
    user.is_staff = True
    user.save()
    client.force_login(user)
    factories.EvidenceFactory(url="https://d000.example/", source=None)

    assert client.get(PAGE).status_code == 403
