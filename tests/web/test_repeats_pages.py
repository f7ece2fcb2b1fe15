"""Repeats in the desk: a published claim's workspace and an imported fact-check's page list them,
and the editors' dashboard shows the most repeated of the last 30 days, in constant queries."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from publishing import repeats
from publishing.models import ExternalFactCheck
from tests import factories
from tests.web.conftest import signed_in
from tests.web.test_public_pages import publish

pytestmark = pytest.mark.django_db


def add_repeats(checked, count, *, start=0):
    for index in range(start, start + count):
        document = factories.DocumentFactory(outlet=f"Outlet <{index}>", title=f"Article {index}")
        claim = factories.ClaimFactory(document=document, text=f"Repeat <b>{index}</b>", speaker="Mayor <X>")
        repeats.repeat_record(claim, checked, said_on=timezone.localdate() - timedelta(days=index % 20))


@pytest.fixture
def imported():
    return ExternalFactCheck.objects.create(
        url="javascript:alert(1)",
        claim_reviewed="Goldfish <i>forget</i> in three seconds.",
        normalized_text="goldfish forget three seconds",
        rating_name="False",
    )


def test_a_published_claims_workspace_lists_its_repeats_in_constant_queries(
    fact_checker, editor, django_assert_num_queries
):
    publication = publish(fact_checker, editor)
    client = signed_in(editor)
    page = reverse("desk:claim", args=[publication.claim_id])
    add_repeats(publication.claim, 3)
    client.get(page)
    # A published claim is closed, so its workspace is read-only (11 queries without repeats: no evidence form
    # to fill), plus the repeats.
    with django_assert_num_queries(12):
        html = client.get(page).content.decode()
    assert "Repeats" in html and "Outlet &lt;2&gt;" in html and "Repeat &lt;b&gt;2&lt;/b&gt;" in html
    assert "Mayor &lt;X&gt;" in html
    add_repeats(publication.claim, 27, start=3)
    with django_assert_num_queries(12):
        assert html.count("<time") < client.get(page).content.decode().count("<time")


def test_an_imported_fact_checks_page_lists_its_repeats_for_members_only(
    imported, fact_checker, outsider, client, django_assert_num_queries
):
    add_repeats(imported, 2)
    page = reverse("desk:imported_factcheck", args=[imported.pk])
    member = signed_in(fact_checker)
    member.get(page)
    with django_assert_num_queries(5):  # session, user, the fact-check, its repeats, the header's count
        html = member.get(page).content.decode()
    assert "Goldfish &lt;i&gt;forget&lt;/i&gt;" in html and "Outlet &lt;1&gt;" in html
    assert "javascript:" not in html
    assert signed_in(outsider).get(page).status_code == 403
    assert client.get(page).status_code == 302


def test_the_dashboard_shows_the_most_repeated_checked_claims(
    imported, fact_checker, editor, django_assert_num_queries
):
    publication = publish(fact_checker, editor, text="Crime <b>doubled</b> in ten years.")
    add_repeats(publication.claim, 3)
    add_repeats(imported, 2)
    stale = factories.ClaimFactory(text="Said long ago.")
    repeats.repeat_record(stale, imported, said_on=timezone.localdate() - timedelta(days=31))
    client = signed_in(editor)
    client.get(reverse("desk:dashboard"))
    # The dashboard's 17 (tests/web/test_dashboard_reports.py) plus the two kinds of checked claims.
    with django_assert_num_queries(19):
        html = client.get(reverse("desk:dashboard")).content.decode()

    section = html.split('id="most-repeated"')[1]
    assert section.index("Crime &lt;b&gt;doubled") < section.index("Goldfish &lt;i&gt;forget")
    assert reverse("desk:imported_factcheck", args=[imported.pk]) in section
    assert reverse("desk:claim", args=[publication.claim_id]) in section
    assert '<td class="num">3</td>' in section and '<td class="num">2</td>' in section
