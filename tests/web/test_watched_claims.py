"""My watched claims: the queue of the claims a person watches, rendered as the other queues."""

import pytest
from django.urls import reverse

from reviews.models import ClaimWatch
from tests import factories
from tests.web.test_lists import many_claims

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("rows", [3, 30])
def test_watched_claims_queries_do_not_grow_with_rows(
    checker_client, fact_checker, editor, rows, django_assert_num_queries
):
    for claim in many_claims(rows):
        ClaimWatch.objects.create(claim=claim, user=fact_checker)
        ClaimWatch.objects.create(claim=claim, user=editor)
    with django_assert_num_queries(8):
        response = checker_client.get(reverse("desk:queue_watching"))
    page = response.content.decode()
    assert response.status_code == 200 and page.count(">health</a>") == min(rows, 25)
    assert page.count('class="claim-link"') == min(rows, 25)


def test_watched_claims_lists_mine_only_newest_watch_first_closed_ones_too(checker_client, fact_checker, editor):
    first = factories.ClaimFactory(text="The first watched claim.")
    closed = factories.ClaimFactory(text="A closed watched claim.", status="published")
    closed.closed_at = closed.created_at
    closed.save()
    factories.ClaimFactory(text="A claim nobody watches.")
    theirs = factories.ClaimFactory(text="The editor's watched claim.")
    ClaimWatch.objects.create(claim=first, user=fact_checker)
    ClaimWatch.objects.create(claim=closed, user=fact_checker)
    ClaimWatch.objects.create(claim=theirs, user=editor)
    ClaimWatch.objects.create(claim=first, user=editor)
    page = checker_client.get(reverse("desk:queue_watching")).content.decode()
    assert "My watched claims" in page and 'aria-current="page">Watching' in page
    assert page.index("A closed watched claim.") < page.index("The first watched claim.")
    assert "nobody watches" not in page and "editor&#x27;s watched" not in page
    assert f'href="{reverse("desk:claim", args=[first.pk])}?list=watching"' in page


def test_watched_claims_filters_and_pages_through_the_workspace(checker_client, fact_checker):
    health, other = factories.ClaimFactory(text="Health spending rose."), factories.ClaimFactory(text="Rain fell.")
    for claim in (health, other):
        ClaimWatch.objects.create(claim=claim, user=fact_checker)
    page = checker_client.get(reverse("desk:queue_watching"), {"q": "health"}).content.decode()
    assert "Health spending rose." in page and "Rain fell." not in page
    workspace = checker_client.get(reverse("desk:claim", args=[other.pk]), {"list": "watching"}).content.decode()
    assert "1 of 2" in workspace


def test_a_view_of_watched_claims_can_be_saved(checker_client, fact_checker):
    response = checker_client.post(
        reverse("desk:saved_view_create"), {"name": "Watched health", "queue": "watching", "query": "tag=health"}
    )
    assert response.status_code == 302
    assert fact_checker.saved_views.get().queue == "watching"


def test_watched_claims_in_french(checker_client, fact_checker):
    ClaimWatch.objects.create(claim=factories.ClaimFactory(), user=fact_checker)
    page = checker_client.get(reverse("desk:queue_watching"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Affirmations que je suis" in page and ">Suivies</a>" in page and "1 affirmation" in page
