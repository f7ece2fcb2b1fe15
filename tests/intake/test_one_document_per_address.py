"""One URL limit everywhere (forms, API, services, `manage.py ingest`), and one document per
normalised address, even when the same address is submitted at the same moment."""

import threading

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError, connection, transaction
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse

from claims import workflow
from claims.addresses import normalised_url, url_key
from claims.models import Document
from factcheck.limits import URL_MAX_LENGTH
from ingest import flow
from reviews import services as review_services
from tests import factories
from tests.api.conftest import client_for

LONG = "https://news.example/" + "a" * (URL_MAX_LENGTH - len("https://news.example/") + 1)  # 2,001 characters
LONGEST_VALIDATOR_ALLOWS = "https://news.example/" + "a" * (2048 - len("https://news.example/"))


@pytest.mark.django_db
@pytest.mark.parametrize("url", [LONG, LONGEST_VALIDATOR_ALLOWS])
def test_the_desk_intake_form_refuses_an_address_over_the_limit(client, fact_checker, url):
    client.force_login(fact_checker)
    response = client.post(reverse("desk:intake"), {"url": url})

    assert response.status_code == 422  # the form again, with its errors
    assert "Ensure this value has at most 2000 characters" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_desk_evidence_form_refuses_an_address_over_the_limit(client, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker)
    client.force_login(fact_checker)
    response = client.post(
        reverse("desk:evidence_add", args=[claim.pk]), {"kind": "url", "url": LONG, "stance": "supports"}
    )

    assert "Ensure this value has at most 2000 characters" in response.content.decode()
    assert not claim.evidence.exists()


@pytest.mark.django_db
def test_the_api_refuses_an_address_over_the_limit(fact_checker):
    response = client_for(fact_checker).post("/api/v1/documents/", {"url": LONG}, format="json")

    assert response.status_code == 400
    assert "url" in response.json()["fields"]


@pytest.mark.django_db
def test_the_ingest_command_refuses_an_address_over_the_limit_without_a_traceback():
    with pytest.raises(CommandError, match="the address is longer than 2000 characters"):
        call_command("ingest", LONG)
    assert not Document.objects.exists()


@pytest.mark.django_db
def test_the_services_refuse_an_address_over_the_limit(fact_checker):
    with pytest.raises(workflow.Refused):
        flow.document_submit_url(LONG)
    with pytest.raises(workflow.Refused, match="longer than 2000"):
        review_services.evidence_attach(
            factories.ClaimFactory(assignee=fact_checker), actor=fact_checker, kind="url", stance="supports", url=LONG
        )


def test_an_address_is_normalised_as_a_server_reads_it():
    assert normalised_url(" HTTPS://News.Example.:443?id=1#comments ") == "https://news.example/?id=1"
    assert normalised_url("http://news.example:8080/a") == "http://news.example:8080/a"
    assert normalised_url("https://bücher.example/Seite") == "https://xn--bcher-kva.example/Seite"
    assert url_key("https://news.example/a") != url_key("https://news.example/A")  # paths keep their case


@pytest.mark.django_db
def test_the_same_address_written_differently_is_one_document():
    first, created = flow.document_submit_url("https://news.example/story")
    again, created_again = flow.document_submit_url("HTTPS://NEWS.example:443/story#top")

    assert (created, created_again) == (True, False)
    assert again.pk == first.pk
    assert Document.objects.count() == 1


@pytest.mark.django_db
def test_the_database_refuses_a_second_document_for_an_address():
    flow.document_submit_url("https://news.example/story")

    with pytest.raises(IntegrityError), transaction.atomic():
        Document.objects.create(url="https://news.example/story#x", url_key=url_key("https://news.example/story"))


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_same_address_submitted_in_parallel_makes_one_document(fact_checker):
    clients = [client_for(fact_checker) for _index in range(4)]
    barrier = threading.Barrier(len(clients))
    answers = [None] * len(clients)

    def submit(index):
        try:
            barrier.wait()
            answers[index] = clients[index].post(
                "/api/v1/documents/", {"url": "https://news.example/breaking"}, format="json"
            )
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(index,)) for index in range(len(clients))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert all(answer is not None and answer.status_code in (200, 202) for answer in answers)
    assert len({answer.json()["id"] for answer in answers}) == 1
    assert Document.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_migration_keeps_earlier_duplicates_and_keys_the_oldest():
    executor = MigrationExecutor(connection)
    before = [("claims", "0008_alter_document_publisher")]
    executor.migrate(before)
    old = executor.loader.project_state(before).apps
    OldDocument = old.get_model("claims", "Document")
    oldest = OldDocument.objects.create(url="https://news.example/story")
    twin = OldDocument.objects.create(url="https://NEWS.example/story#again")
    pasted = OldDocument.objects.create(text="Pasted", content_hash="b" * 64)

    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(executor.loader.graph.leaf_nodes())

    keys = dict(Document.objects.values_list("pk", "url_key"))
    assert keys == {oldest.pk: url_key("https://news.example/story"), twin.pk: None, pasted.pk: None}
    assert flow.document_submit_url("https://news.example/story")[0].pk == oldest.pk
