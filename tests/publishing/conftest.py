import json
from datetime import date
from pathlib import Path

import pytest
from pyld import jsonld

from claims.models import Claim
from publishing import services as publishing_services
from reviews import services as review_services
from sources.models import Source
from tests import factories

SCHEMA_CONTEXT = Path(__file__).resolve().parents[2] / "publishing" / "schema" / "schemaorg-context.jsonld"
SCHEMA_ORG = {"https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"}


def local_schema_loader(url, options=None):
    """Serves the local schema.org context and nothing else: tests never touch the network."""
    if url not in SCHEMA_ORG:
        raise jsonld.JsonLdError(
            f"no network in tests: {url}", "jsonld.LoadDocumentError", code="loading document failed"
        )
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(SCHEMA_CONTEXT.read_text())}


@pytest.fixture
def expand():
    return lambda data: jsonld.expand(data, {"documentLoader": local_schema_loader})


@pytest.fixture
def publish(fact_checker, editor):
    """Take a claim through the workflow to an approved, published verdict."""

    def run(claim=None, *, rating="false", summary="The figure is wrong.", **claim_fields):
        if claim is None:
            publisher, _ = Source.objects.get_or_create(name=claim_fields.pop("publisher_name", "Le Quotidien"))
            document = factories.DocumentFactory(
                title=claim_fields.pop("title", "Interview du ministre"),
                url=claim_fields.pop("url", "https://quotidien.example/interview"),
                published=claim_fields.pop("published", date(2026, 10, 1)),
                publisher=publisher,
                language=claim_fields.get("language", "en"),
            )
            claim = factories.ClaimFactory(document=document, **claim_fields)
        Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=fact_checker)
        claim.refresh_from_db()
        verdict = review_services.verdict_save_draft(claim, actor=fact_checker, rating=rating, summary=summary)
        verdict = review_services.verdict_submit(verdict, actor=fact_checker)
        verdict = publishing_services.verdict_approve(verdict, actor=editor)
        return verdict.publication

    return run
