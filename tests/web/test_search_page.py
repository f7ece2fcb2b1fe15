"""The header's search box and its page: everything the desk holds, filtered, paginated, highlighted
safely, in constant queries; the queue's "Search" finds the same claims."""

import pytest
from django.urls import reverse

from claims.models import Claim
from tests import factories
from tests.web.conftest import signed_in

pytestmark = pytest.mark.django_db

SEARCH = reverse("desk:search")


def test_every_page_of_a_member_has_the_search_box(checker_client, outsider_client):
    assert f'action="{SEARCH}"' in checker_client.get(reverse("desk:queue_mine")).content.decode()
    assert f'action="{SEARCH}"' not in outsider_client.get(reverse("desk:home")).content.decode()
    assert outsider_client.get(SEARCH, {"q": "rents"}).status_code == 403


def test_results_are_highlighted_escaped_and_filtered(checker_client):
    claim = factories.ClaimFactory(text="Les <em>États-Unis</em> financent l'Ukraine.", language="fr")
    document = factories.DocumentFactory(title="Etats-Unis : <script>x</script>", text="Les États-Unis et l'OTAN.")

    page = checker_client.get(SEARCH, {"q": "etats unis"}).content.decode()

    assert "Les &lt;em&gt;<mark>États</mark>-<mark>Unis</mark>&lt;/em&gt; financent" in page
    assert "<mark>Etats</mark>-<mark>Unis</mark> : &lt;script&gt;x&lt;/script&gt;" in page
    assert reverse("desk:claim", args=[claim.pk]) in page and reverse("desk:document", args=[document.pk]) in page
    only_documents = checker_client.get(SEARCH, {"q": "etats unis", "kind": "document"}).content.decode()
    assert reverse("desk:claim", args=[claim.pk]) not in only_documents
    refused = checker_client.get(SEARCH, {"q": "etats unis", "kind": "tweets"})
    assert refused.status_code == 200 and "Select a valid choice" in refused.content.decode()


@pytest.mark.parametrize("rows", [3, 30])
def test_the_search_page_costs_the_same_queries_for_3_results_as_for_30(fact_checker, rows, django_assert_num_queries):
    for index in range(rows):
        factories.ClaimFactory(text=f"Rents rose by {index} percent.")
        factories.DocumentFactory(title=f"Rents in {index}", text="Rents rose again.")
    client = signed_in(fact_checker)
    client.get(SEARCH, {"q": "rents"})
    # session, user, word counts, claims, imported fact-checks, documents, the page's documents' texts,
    # the header's unread count
    with django_assert_num_queries(8):
        page = client.get(SEARCH, {"q": "rents"}).content.decode()
    assert page.count('class="search-result kind-') == min(2 * rows, 20)


def test_the_queue_search_finds_claims_whatever_the_accents(checker_client, fact_checker):
    found = factories.ClaimFactory(text="Les États\u2011Unis aident.", language="fr", assignee=fact_checker)
    other = factories.ClaimFactory(text="Les Nations unies votent.", language="fr", assignee=fact_checker)
    Claim.objects.filter(pk=other.pk).update(status=Claim.Status.SOURCED)

    page = checker_client.get(reverse("desk:queue_mine"), {"q": "Etats Unis"}).content.decode()

    assert reverse("desk:claim", args=[found.pk]) in page
    assert reverse("desk:claim", args=[other.pk]) not in page
