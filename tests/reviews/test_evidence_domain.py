"""Evidence keeps its URL's domain, in the registry's form, in a column the database can group by."""

import importlib

import pytest
from django.apps import apps
from django.urls import reverse

from reviews import services
from reviews.models import Evidence
from tests import factories

pytestmark = pytest.mark.django_db

migration = importlib.import_module("reviews.migrations.0005_evidence_domain")


def stored_domain(evidence) -> str:
    return Evidence.objects.values_list("domain", flat=True).get(pk=evidence.pk)


def test_attached_web_evidence_stores_its_domain_as_the_registry_matches_it(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)

    evidence = services.evidence_attach(
        claim, actor=fact_checker, kind="url", stance="supports", url="https://WWW.Café.fr/article?x=1"
    )

    assert stored_domain(evidence) == "xn--caf-dma.fr"


def test_a_quote_has_no_domain(fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)

    evidence = services.evidence_attach(claim, actor=fact_checker, kind="quote", stance="context", excerpt="Said so.")

    assert stored_domain(evidence) == ""


@pytest.mark.parametrize("update_fields", [None, ["url"]])
def test_changing_the_url_changes_the_domain(update_fields):
    evidence = factories.EvidenceFactory(url="https://old.example/a", source=None)
    assert stored_domain(evidence) == "old.example"

    evidence.url = "https://www.new.example/b"
    evidence.save(update_fields=update_fields)

    assert stored_domain(evidence) == "new.example"


def test_the_admin_cannot_change_an_evidence_address_behind_the_services(client, admin_user):
    # Evidence is read-only in the admin (issue 13): an address changes only through the services, and
    # the stored domain keeps following it (test_changing_the_url_changes_the_domain above).
    evidence = factories.EvidenceFactory(url="https://old.example/a", source=None)
    client.force_login(admin_user)
    form = {
        "claim": evidence.claim_id,
        "kind": "url",
        "url": "https://new.example/b",
        "stance": "supports",
        "archive-TOTAL_FORMS": "0",
        "archive-INITIAL_FORMS": "0",
        "archive-MIN_NUM_FORMS": "0",
        "archive-MAX_NUM_FORMS": "1",
    }

    response = client.post(reverse("admin:reviews_evidence_change", args=[evidence.pk]), form)

    assert response.status_code == 403
    evidence.refresh_from_db()
    assert (evidence.url, stored_domain(evidence)) == ("https://old.example/a", "old.example")


def test_the_migration_fills_in_the_domain_of_existing_evidence_in_batches():
    web = [factories.EvidenceFactory(url=f"https://www.site{index}.example/a", source=None) for index in range(5)]
    idn = factories.EvidenceFactory(url="https://bücher.example/", source=None)
    bad = factories.EvidenceFactory(url="https://exa mple/", source=None)
    quote = factories.EvidenceFactory(kind="quote", url="", excerpt="Said so.", source=None)
    Evidence.objects.update(domain="")  # as the rows were before the migration

    migration.backfill_domains(apps, None, batch_size=2)

    assert [stored_domain(evidence) for evidence in web] == [f"site{index}.example" for index in range(5)]
    assert (stored_domain(idn), stored_domain(bad), stored_domain(quote)) == ("xn--bcher-kva.example", "", "")


def test_the_backfill_reads_a_batch_at_a_time(django_assert_num_queries):
    for index in range(5):
        factories.EvidenceFactory(url=f"https://site{index}.example/a", source=None)
    Evidence.objects.update(domain="")

    # batches of 2: read and update three times, then one read that finds nothing
    with django_assert_num_queries(3 * 2 + 1):
        migration.backfill_domains(apps, None, batch_size=2)

    assert Evidence.objects.filter(domain="").count() == 0
