"""Text that came from outside (article text, evidence excerpts) is shown as text, never run."""

import pytest
from django.urls import reverse

from claims.models import Candidate
from tests import factories

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("planted")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def planted_claim():
    document = factories.DocumentFactory(title=f"Title {HOSTILE}", text=f"Article {HOSTILE} text.", byline=HOSTILE)
    claim = factories.ClaimFactory(document=document, text=f"Claim {HOSTILE}", speaker=HOSTILE)
    factories.EvidenceFactory(claim=claim, kind="quote", url="", excerpt=f"Excerpt {HOSTILE}", note=HOSTILE)
    Candidate.objects.create(document=document, text=f"Candidate {HOSTILE}", start=0, end=10, score=0.1)
    return claim


def assert_escaped(response):
    assert response.status_code == 200
    page = response.content.decode()
    assert '<script>alert("planted")' not in page
    assert "<img src=x onerror" not in page
    assert "&lt;script&gt;alert(&quot;planted&quot;)&lt;/script&gt;" in page


def test_the_claim_page_escapes_claim_text_and_evidence_excerpts(client, admin_user, planted_claim):
    client.force_login(admin_user)
    response = client.get(reverse("admin:claims_claim_change", args=[planted_claim.pk]))
    assert_escaped(response)
    assert "Excerpt &lt;script&gt;" in response.content.decode()


def test_the_document_page_escapes_article_text_and_sentences(client, admin_user, planted_claim):
    client.force_login(admin_user)
    response = client.get(reverse("admin:claims_document_change", args=[planted_claim.document_id]))
    assert_escaped(response)
    assert "Candidate &lt;script&gt;" in response.content.decode()


def test_the_lists_escape_titles_and_claims(client, admin_user, planted_claim):
    client.force_login(admin_user)
    for name in ("admin:claims_claim_changelist", "admin:claims_document_changelist"):
        assert_escaped(client.get(reverse(name)))


def test_a_javascript_evidence_address_is_not_rendered_as_a_link(client, admin_user):
    claim = factories.ClaimFactory()
    factories.EvidenceFactory(claim=claim, url="javascript:alert(document.cookie)")
    client.force_login(admin_user)
    response = client.get(reverse("admin:claims_claim_change", args=[claim.pk]))
    assert 'href="javascript:' not in response.content.decode()
