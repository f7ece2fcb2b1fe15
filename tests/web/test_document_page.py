"""The document page: the article with its claims highlighted, the extraction state, the candidates."""

import pytest
from django.urls import reverse

from claims.models import Candidate, Document
from desk.views.intake import article_segments
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db

TEXT = "Intro <script>x()</script>. Rates rose 7% in 2024. Then. Debt fell to 90% of GDP. End."


@pytest.fixture
def document():
    document = factories.DocumentFactory(text=TEXT, extraction_state=Document.ExtractionState.DONE)
    for sentence in ("Rates rose 7% in 2024", "Debt fell to 90% of GDP"):
        start = TEXT.index(sentence)
        factories.ClaimFactory(document=document, text=sentence, start=start, end=start + len(sentence))
    return document


def page(client, document) -> str:
    return client.get(reverse("desk:document", args=[document.pk])).content.decode()


def test_the_article_is_escaped_with_each_claim_highlighted_and_linked(checker_client, document):
    content = page(checker_client, document)
    assert "Intro &lt;script&gt;x()&lt;/script&gt;" in content and "<script>x()" not in content
    for claim in document.claims.all():
        assert (
            f'href="{reverse("desk:claim", args=[claim.pk])}" title="Unverified"><mark>{claim.text}</mark>' in content
        )


def test_segments_skip_claims_that_overlap_or_no_longer_fit():
    claims = [
        factories.ClaimFactory.build(start=0, end=5),
        factories.ClaimFactory.build(start=3, end=8),
        factories.ClaimFactory.build(start=6, end=99),
    ]
    segments = article_segments("Hello world", claims)
    assert [(text, claim is not None) for text, claim in segments] == [("Hello", True), (" world", False)]


def test_the_extraction_state_and_a_failure_are_shown_escaped(checker_client):
    document = factories.DocumentFactory(
        extraction_state=Document.ExtractionState.FAILED, extraction_error="could not parse <pdf>"
    )
    content = page(checker_client, document)
    assert "Extraction failed." in content and "could not parse &lt;pdf&gt;" in content


def test_candidates_show_their_score_and_promote_by_htmx(checker_client, document):
    start = TEXT.index("Then.")
    candidate = Candidate.objects.create(document=document, text="Then.", start=start, end=start + 5, score=0.21)
    content = page(checker_client, document)
    assert "Score 0.21" in content and reverse("desk:candidate_promote", args=[candidate.pk]) in content
    response = checker_client.post(reverse("desk:candidate_promote", args=[candidate.pk]), **HTMX)
    assert response.status_code == 200
    assert response.content.decode().lstrip().startswith('<div id="document-progress"')
    assert document.claims.filter(text="Then.").exists()


def test_outsiders_and_anonymous_visitors_do_not_see_documents(outsider_client, client, document):
    assert outsider_client.get(reverse("desk:document", args=[document.pk])).status_code == 403
    assert client.get(reverse("desk:document", args=[document.pk])).status_code == 302


def test_the_document_page_queries_do_not_grow_with_claims(checker_client, django_assert_num_queries):
    document = factories.DocumentFactory(text="x" * 400, extraction_state=Document.ExtractionState.DONE)
    for index in range(20):
        factories.ClaimFactory(document=document, start=index * 10, end=index * 10 + 5)
    # session, user with their permissions, the document, its claims, its candidates,
    # the header's unread count
    with django_assert_num_queries(6):
        checker_client.get(reverse("desk:document", args=[document.pk]))
