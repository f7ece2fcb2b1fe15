"""The dashboard shows the most used domains no source covers; their own page lists every one, a page at a time."""

import pytest
from django.urls import reverse

from sources.models import Source
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db

PAGE = reverse("desk:unmatched_domains")


def unmatched_domains(count):
    """`count` domains no source covers: d0.example used `count` times, d1.example once less, and so on."""
    for index in range(count):
        for use in range(count - index):
            factories.EvidenceFactory(url=f"https://d{index}.example/{use}", source=None)


def domains_on(page: str) -> list[str]:
    return [f"d{index}.example" for index in range(40) if f">d{index}.example<" in page]


def test_the_dashboard_shows_the_ten_most_used_domains_and_links_to_the_rest(editor_client, editor):
    unmatched_domains(12)

    page = editor_client.get(reverse("desk:dashboard")).content.decode()

    assert domains_on(page) == [f"d{index}.example" for index in range(10)]
    assert "The 10 most used of 12 domains." in page
    assert f'href="{PAGE}"' in page

    for domain in ("d10.example", "d11.example"):
        editor_client.post(reverse("desk:source_register_domain"), {"domain": domain})
    page = editor_client.get(reverse("desk:dashboard")).content.decode()
    assert len(domains_on(page)) == 10
    assert f'href="{PAGE}"' not in page


def test_the_unmatched_domains_page_lists_them_all_a_page_at_a_time(editor_client):
    unmatched_domains(31)

    first = editor_client.get(PAGE).content.decode()
    second = editor_client.get(PAGE, {"page": 2}).content.decode()

    assert "31 domains" in first and "Page 1 of 2" in first
    assert domains_on(first) == [f"d{index}.example" for index in range(30)]
    assert domains_on(second) == ["d30.example"]
    assert "Page 2 of 2" in second


def test_the_unmatched_domains_page_answers_htmx_with_its_results_alone(editor_client):
    unmatched_domains(2)

    page = editor_client.get(PAGE, HTTP_HX_TARGET="unmatched-domain-results", **HTMX).content.decode()

    assert page.lstrip().startswith('<section id="unmatched-domain-results"')
    assert domains_on(page) == ["d0.example", "d1.example"]


def test_registering_from_the_unmatched_domains_page_comes_back_to_it(editor_client):
    unmatched_domains(31)
    page = editor_client.get(PAGE, {"page": 2}).content.decode()
    assert f'name="next" value="{PAGE}?page=2"' in page

    response = editor_client.post(
        reverse("desk:source_register_domain"), {"domain": "d30.example", "next": f"{PAGE}?page=2"}
    )

    assert response["Location"] == f"{PAGE}?page=2"
    assert Source.objects.filter(domains__domain="d30.example").exists()
    page = editor_client.get(response["Location"]).content.decode()
    assert "Registered d30.example; 1 evidence items linked." in page
    assert "30 domains" in page


def test_registering_never_sends_anyone_to_another_site(editor_client):
    unmatched_domains(1)

    response = editor_client.post(
        reverse("desk:source_register_domain"), {"domain": "d0.example", "next": "https://elsewhere.example/"}
    )

    assert response["Location"] == reverse("desk:dashboard")


def test_only_editors_open_the_unmatched_domains_page(client, checker_client, outsider_client):
    unmatched_domains(1)

    assert checker_client.get(PAGE).status_code == 403
    assert outsider_client.get(PAGE).status_code == 403
    assert client.get(PAGE)["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("rows", [3, 30])
def test_the_unmatched_domains_page_queries_do_not_grow(editor_client, rows, django_assert_num_queries):
    for index in range(rows):
        factories.EvidenceFactory(url=f"https://site{index}.example/a", source=None)

    # session, user with their permissions, the evidence read once, the header's unread count
    with django_assert_num_queries(4):
        page = editor_client.get(PAGE).content.decode()

    assert page.count("Register as a source") == rows
