"""Walks docs/api-permissions.md: every endpoint × every persona answers as the table says."""

import json
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from drf_spectacular.generators import SchemaGenerator

from claims.models import Candidate, Claim
from monitoring.models import Digest, Feed, Lead, Topic
from notifications.models import Notification
from publishing import services as publishing_services
from publishing.models import ClaimMatch, ClaimReviewImport, ExternalFactCheck
from reviews import services as reviews_services
from reviews.models import ArchivedPage, ChecklistItem, Evidence, Verdict
from sources.models import SourceProposal
from tests import factories
from tests.api.conftest import client_for

TABLE = Path(__file__).resolve().parents[2] / "docs" / "api-permissions.md"
PERSONAS = ["anonymous", "no role", "assignee", "other FC", "editor", "admin"]
OPEN_TO_ALL = {("POST", "/api/v1/auth/token/"), ("POST", "/api/v1/auth/login/")}


def read_table():
    rows = []
    for line in TABLE.read_text().splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if cells and cells[0] in {"GET", "POST", "PATCH", "PUT", "DELETE"}:
            method, path, *codes = cells
            assert len(codes) == len(PERSONAS), line
            rows.append((method, path, dict(zip(PERSONAS, map(int, codes), strict=True))))
    return rows


ROWS = read_table()

# What each request sends, so that it succeeds for whoever is allowed.
BODIES = {
    ("POST", "/api/v1/documents/"): {"text": "The minister said unemployment fell by 3 percent last year."},
    ("POST", "/api/v1/claims/{claim_id}/transition/"): {"to": "corroborated", "version": 1},
    ("POST", "/api/v1/claims/{claim_id}/assign/"): {"reviewer": "oscar"},
    ("POST", "/api/v1/claims/{claim_id}/evidence/"): {"quote": "We never said that.", "stance": "context"},
    ("POST", "/api/v1/claims/{claim_id}/evidence/{evidence_id}/public/"): {"public": True},
    ("POST", "/api/v1/claims/{claim_id}/verdict/"): {"rating": "true", "summary": "The figure checks out."},
    ("POST", "/api/v1/verdicts/{verdict_id}/reject/"): {"comment": "Cite the statistics office."},
    ("POST", "/api/v1/sources/"): {"name": "Statistics office", "kind": "agency", "domains": ["stats.example"]},
    ("PATCH", "/api/v1/sources/{source_id}/"): {"reliability": "low"},
    ("POST", "/api/v1/sources/register-domain/"): {"domain": "unknown.example", "kind": "ngo"},
    ("POST", "/api/v1/sources/proposals/"): {"domain": "example.org", "name": "Example"},
    ("POST", "/api/v1/sources/proposals/{proposal_id}/decline/"): {"reason": "Covered already."},
    ("POST", "/api/v1/claims/{claim_id}/comments/"): {"text": "Looks right."},
    ("PUT", "/api/v1/claims/{claim_id}/tags/"): {"tags": ["health"]},
    ("POST", "/api/v1/claims/{claim_id}/checklist/{item_id}/"): {"done": True},
    ("POST", "/api/v1/checklist/"): {"text": "Reverse-search the images"},
    ("POST", "/api/v1/claims/{claim_id}/publication/withdraw/"): {"reason": "The figure was revised."},
    ("POST", "/api/v1/claims/{claim_id}/publication/correct/"): {"text": "The date was 3 May, not 4 May."},
    ("POST", "/api/v1/factchecks/import/"): lambda: {"file": SimpleUploadedFile("reviews.json", CLAIMREVIEW_FILE)},
    ("POST", "/api/v1/factchecks/match/"): {"text": "Unemployment fell by 1,900 people in 2025."},
    ("GET", "/api/v1/search/"): {"q": "unemployment"},
    ("POST", "/api/v1/feeds/"): {"url": "https://news.example/rss", "language": "en", "topics": ["economy"]},
    ("POST", "/api/v1/topics/"): {"name": "Housing", "any_en": ["rent"], "any_fr": ["loyer"]},
    ("PATCH", "/api/v1/topics/{topic_id}/"): {"exclude_en": ["football"]},
    ("PUT", "/api/v1/digests/subscription/"): {"all_topics": True, "language": "fr"},
    ("PUT", "/api/v1/digests/schedule/"): {"hour": 6, "time_zone": "Europe/Paris"},
    ("POST", "/api/v1/transcripts/"): lambda: {"file": SimpleUploadedFile("debate.vtt", TRANSCRIPT_FILE)},
}
TRANSCRIPT_FILE = b"WEBVTT\n\n00:01.000 --> 00:04.000\n<v Ann>Crime fell by 20 percent in 2024.\n"
CLAIMREVIEW_FILE = json.dumps(
    {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://archive.example/fc/1",
        "claimReviewed": "Unemployment fell by 1,900 people in 2025.",
        "reviewRating": {"@type": "Rating", "alternateName": "False"},
    }
).encode()
# Publishing endpoints act on the claim whose verdict is published.
ON_THE_PUBLISHED_CLAIM = ("/publication/withdraw/", "/publication/correct/", "/claimreview/")


@pytest.fixture
def personas(fact_checker, other_fact_checker, editor, admin_user, outsider):
    return {
        "anonymous": None,
        "no role": outsider,
        "assignee": fact_checker,
        "other FC": other_fact_checker,
        "editor": editor,
        "admin": admin_user,
    }


@pytest.fixture
def scene(fact_checker, editor):
    """A sourced claim assigned to the fact-checker, with evidence enough to corroborate it
    (and a file, and a web page whose archiving failed), a draft verdict and a submitted one
    by that fact-checker, a candidate sentence, a notification for the fact-checker, a
    published fact-check that the first claim is suggested to match, and a proposed source for
    the domain of its evidence no source covers."""
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    context = factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.CONTEXT, source=None)
    ArchivedPage.objects.create(evidence=context, state=ArchivedPage.State.FAILED, error="Timed out.")
    upload = SimpleUploadedFile("figures.txt", b"Unemployment: 7.1 percent.\n")
    attached = reviews_services.evidence_attach(
        claim, actor=fact_checker, kind=Evidence.Kind.FILE, stance=Evidence.Stance.CONTEXT, file=upload
    )
    factories.ClaimFactory()  # unassigned, for take-next
    drafted = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    draft = factories.VerdictFactory(claim=drafted, author=fact_checker)
    decided = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    submitted = factories.VerdictFactory(claim=decided, author=fact_checker, state=Verdict.State.SUBMITTED)
    candidate = Candidate.objects.create(document=claim.document, text="It was sunny.", start=100, end=113)
    published = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    approved = reviews_services.verdict_submit(
        factories.VerdictFactory(claim=published, author=fact_checker), actor=fact_checker
    )
    publishing_services.verdict_approve(approved, actor=editor)
    match = ClaimMatch.objects.create(claim=claim, matched_claim=published, score=0.8)
    factories.EvidenceFactory(
        claim=claim, url="https://proposed.example/a", source=None, stance=Evidence.Stance.CONTEXT
    )
    proposal = SourceProposal.objects.create(domain="proposed.example", name="Proposed", proposed_by=fact_checker)
    notification = Notification.objects.create(
        recipient=fact_checker, kind=Notification.Kind.ASSIGNED, claim=claim, text="Yours.", dedupe_key="scene"
    )
    return {
        "claim_id": claim.pk,
        "document_id": claim.document_id,
        "candidate_id": candidate.pk,
        "evidence_id": context.pk,
        "file_evidence_id": attached.pk,
        "source_id": factories.SourceFactory().pk,
        "draft_id": draft.pk,
        "submitted_id": submitted.pk,
        "notification_id": notification.pk,
        "match_id": match.pk,
        "published_claim_id": published.pk,
        "import_id": ClaimReviewImport.objects.create(file="imports/done.json", imported_by=editor).pk,
        "factcheck_id": ExternalFactCheck.objects.create(
            url="https://archive.example/fc/2", claim_reviewed="Crime doubled.", normalized_text="crime doubled"
        ).pk,
        "proposal_id": proposal.pk,
        "item_id": ChecklistItem.objects.create(text="Contact the speaker").pk,
        "feed_id": Feed.objects.create(url="https://paused.example/rss", language="en", paused_reason="500").pk,
        "topic_id": Topic.objects.create(name="Energy", any_en=["oil"]).pk,
        "digest_id": Digest.objects.create(recipient=fact_checker, edition="2026-12-04", language="en").pk,
        "lead_id": Lead.objects.create(
            document=claim.document, text="It rained 40 mm.", start=200, end=216, score=0.8, group_key="g"
        ).pk,
    }


def url_for(method, path, scene):
    ids = dict(scene, verdict_id=scene["draft_id"] if path.endswith("/submit/") else scene["submitted_id"])
    # Only a file can be made public, so that row acts on the file too.
    if path.endswith(("/file/", "/public/")):
        ids["evidence_id"] = scene["file_evidence_id"]
    if path.endswith(ON_THE_PUBLISHED_CLAIM):
        ids["claim_id"] = scene["published_claim_id"]
    return path.format(**ids)


@pytest.mark.django_db
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("method,path,expected", ROWS, ids=[f"{m} {p}" for m, p, _ in ROWS])
def test_each_persona_gets_what_the_table_says(personas, scene, persona, method, path, expected):
    client = client_for(personas[persona])
    body = BODIES.get((method, path))
    # A file is sent afresh to each persona, as a form.
    body, body_format = (body(), "multipart") if callable(body) else (body, "json")

    response = getattr(client, method.lower())(url_for(method, path, scene), body, format=body_format)

    assert response.status_code == expected[persona], response.content


def test_every_endpoint_has_a_row():
    schema = SchemaGenerator().get_schema(request=None, public=True)
    endpoints = {(method.upper(), path) for path, operations in schema["paths"].items() for method in operations}
    documented = {(method, path) for method, path, _codes in ROWS}
    assert endpoints - OPEN_TO_ALL == documented
