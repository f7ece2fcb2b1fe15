import pytest
from django.urls import reverse

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews.models import Evidence, Verdict
from tests import factories
from tests.web.conftest import HTMX, signed_in

pytestmark = pytest.mark.django_db
Status = Claim.Status


@pytest.fixture
def claim(fact_checker):
    document = factories.DocumentFactory(
        text="Intro <script>alert(1)</script>. The rate rose to 7 percent in 2024, officials said. End."
    )
    start = document.text.index("The rate")
    end = document.text.index(", officials")
    return factories.ClaimFactory(
        document=document, text=document.text[start:end], start=start, end=end, assignee=fact_checker, speaker="Ann"
    )


def url(name, claim, *extra):
    return reverse(name, args=[claim.pk, *extra])


def test_workspace_highlights_the_claim_in_its_escaped_article(checker_client, claim):
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert '<mark id="claim-in-article">The rate rose to 7 percent in 2024</mark>' in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<script>alert(1)" not in page
    assert "Ann" in page


def test_workspace_shows_only_allowed_moves_and_what_the_others_miss(checker_client, claim):
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert 'name="to" value="sourced"' not in page
    assert "needs at least one evidence item linked to a source" in page

    factories.EvidenceFactory(claim=claim)
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert 'name="to" value="sourced"' in page


def test_htmx_actions_answer_with_the_workspace_fragment(checker_client, claim):
    factories.EvidenceFactory(claim=claim)
    response = checker_client.post(url("desk:claim_move", claim), {"to": "sourced", "version": claim.version}, **HTMX)
    assert response.status_code == 200
    page = response.content.decode()
    assert page.lstrip().startswith('<div id="workspace"')
    assert "<html" not in page
    claim.refresh_from_db()
    assert claim.status == Status.SOURCED


def test_a_plain_form_post_redirects_back_to_the_workspace(checker_client, claim):
    factories.EvidenceFactory(claim=claim)
    response = checker_client.post(url("desk:claim_move", claim), {"to": "sourced", "version": claim.version})
    assert response["Location"] == url("desk:claim", claim)


def test_a_refused_move_says_why(checker_client, claim):
    response = checker_client.post(url("desk:claim_move", claim), {"to": "sourced", "version": claim.version}, **HTMX)
    assert response.status_code == 422
    assert "needs at least one evidence item linked to a source" in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == Status.UNVERIFIED


def test_a_stale_move_shows_the_conflict_and_the_current_state(checker_client, editor, claim):
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    seen_version = claim.version
    workflow.transition(claim, Status.SOURCED, actor=editor, version=seen_version)
    response = checker_client.post(url("desk:claim_move", claim), {"to": "sourced", "version": seen_version}, **HTMX)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Someone else changed this claim: it is now Sourced" in page
    assert 'name="to" value="corroborated"' in page
    assert f'name="version" value="{seen_version + 1}"' in page


def test_reopening_keeps_the_typed_note_when_refused(editor_client, claim):
    claim.status = Status.SOURCED
    claim.save()
    stale = {"to": "unverified", "version": claim.version + 5, "note": "Wrong source"}
    response = editor_client.post(url("desk:claim_move", claim), stale, **HTMX)
    assert response.status_code == 409
    assert "Wrong source" in response.content.decode()


def test_another_fact_checker_cannot_move_and_sees_why(other_fact_checker, claim):
    response = signed_in(other_fact_checker).post(
        url("desk:claim_move", claim), {"to": "sourced", "version": claim.version}, **HTMX
    )
    assert response.status_code == 403
    assert "only the claim&#x27;s assignee or an editor can move it" in response.content.decode()


def test_add_url_evidence_with_a_picked_source(checker_client, claim):
    source = factories.SourceFactory(name="Reuters")
    response = checker_client.post(
        url("desk:evidence_add", claim),
        {"kind": "url", "url": "https://example.com/a", "stance": "supports", "source": source.pk},
        **HTMX,
    )
    assert response.status_code == 200
    evidence = Evidence.objects.get(claim=claim)
    assert evidence.source == source
    page = response.content.decode()
    assert "Counts toward corroboration" in page
    assert "Reliability: High" in page


def test_url_evidence_finds_its_source_by_domain(checker_client, claim):
    source = factories.SourceFactory(domains=["afp.com"])
    checker_client.post(
        url("desk:evidence_add", claim), {"kind": "url", "url": "https://www.afp.com/x", "stance": "supports"}, **HTMX
    )
    assert Evidence.objects.get(claim=claim).source == source


def test_evidence_that_does_not_count_says_why(checker_client, claim):
    source = factories.SourceFactory()
    factories.EvidenceFactory(claim=claim, source=source)
    factories.EvidenceFactory(claim=claim, source=source)
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert "same source as earlier evidence" in page


def test_evidence_form_errors_keep_what_was_typed(checker_client, claim):
    typed = {"kind": "quote", "excerpt": "  ", "note": "my note", "stance": "supports"}
    response = checker_client.post(url("desk:evidence_add", claim), typed, **HTMX)
    assert response.status_code == 422
    page = response.content.decode()
    assert "a quote needs its text" in page
    assert "my note" in page


def test_file_evidence_upload(checker_client, claim):
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("report.pdf", b"%PDF-1.4 report", content_type="application/pdf")
    response = checker_client.post(
        url("desk:evidence_add", claim), {"kind": "file", "file": upload, "stance": "context"}, **HTMX
    )
    assert response.status_code == 200
    assert Evidence.objects.get(claim=claim).kind == Evidence.Kind.FILE


def test_remove_evidence_refused_when_the_status_stands_on_it(checker_client, claim):
    evidence = factories.EvidenceFactory(claim=claim)
    claim.status = Status.SOURCED
    claim.save()
    response = checker_client.post(url("desk:evidence_remove", claim, evidence.pk), {"version": claim.version}, **HTMX)
    assert response.status_code == 422
    assert "without this evidence" in response.content.decode()


def test_remove_evidence(checker_client, claim):
    evidence = factories.EvidenceFactory(claim=claim)
    response = checker_client.post(url("desk:evidence_remove", claim, evidence.pk), {"version": claim.version}, **HTMX)
    assert response.status_code == 200
    assert not Evidence.objects.filter(pk=evidence.pk).exists()


def test_verdict_draft_then_submit(checker_client, claim):
    response = checker_client.post(
        url("desk:verdict_save", claim), {"rating": "false", "summary": "Wrong figure.", "action": "draft"}, **HTMX
    )
    assert response.status_code == 200
    assert Verdict.objects.get(claim=claim).state == Verdict.State.DRAFT

    response = checker_client.post(
        url("desk:verdict_save", claim), {"rating": "false", "summary": "Wrong figure.", "action": "submit"}, **HTMX
    )
    assert response.status_code == 422
    assert "only once the claim is corroborated or disputed" in response.content.decode()

    Claim.objects.filter(pk=claim.pk).update(status=Status.CORROBORATED)
    response = checker_client.post(
        url("desk:verdict_save", claim), {"rating": "false", "summary": "Wrong figure.", "action": "submit"}, **HTMX
    )
    assert response.status_code == 200
    assert Verdict.objects.get(claim=claim).state == Verdict.State.SUBMITTED
    assert "Awaiting an editor" in response.content.decode()


def test_verdict_form_error_keeps_the_rating_and_shows_the_field_error(checker_client, claim):
    response = checker_client.post(url("desk:verdict_save", claim), {"rating": "mixed", "summary": ""}, **HTMX)
    assert response.status_code == 422
    assert '<option value="mixed" selected>' in response.content.decode()


def test_a_rejected_verdict_shows_the_editors_comment(checker_client, fact_checker, editor, claim):
    factories.VerdictFactory(
        claim=claim, author=fact_checker, state=Verdict.State.REJECTED, decided_by=editor, decision_comment="Cite AFP."
    )
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert "Sent back by edith" in page
    assert "Cite AFP." in page


def test_editor_assigns_and_assignee_releases(editor_client, checker_client, other_fact_checker, claim):
    response = editor_client.post(
        url("desk:claim_assign", claim), {"reviewer": other_fact_checker.pk, "version": claim.version}, **HTMX
    )
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.assignee == other_fact_checker

    oscar = signed_in(other_fact_checker)
    response = oscar.post(url("desk:claim_release", claim), {"version": claim.version}, **HTMX)
    assert response.status_code == 200
    claim.refresh_from_db()
    assert claim.assignee is None
    assert "Nobody is working on this claim" in response.content.decode()


def test_a_fact_checker_cannot_assign_and_is_not_offered_to(checker_client, other_fact_checker, claim):
    assert 'name="reviewer"' not in checker_client.get(url("desk:claim", claim)).content.decode()
    response = checker_client.post(
        url("desk:claim_assign", claim), {"reviewer": other_fact_checker.pk, "version": claim.version}, **HTMX
    )
    assert response.status_code == 403


def test_stale_release_is_a_conflict(checker_client, claim):
    response = checker_client.post(url("desk:claim_release", claim), {"version": claim.version - 1 or 99}, **HTMX)
    assert response.status_code == 409


def test_timeline_lists_the_events(checker_client, fact_checker, claim):
    factories.EvidenceFactory(claim=claim)
    workflow.record_event(claim, ClaimEvent.Kind.CREATED)
    workflow.transition(claim, Status.SOURCED, actor=fact_checker)
    page = checker_client.get(url("desk:claim", claim)).content.decode()
    assert "Status changed: Unverified → Sourced" in page
    assert "Created" in page


def test_source_picker_fragment(checker_client):
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="Le Monde", domains=["lemonde.fr"])
    response = checker_client.get(reverse("desk:source_picker"), {"source_search": "reut"}, **HTMX)
    page = response.content.decode()
    assert "Reuters" in page and "Le Monde" not in page
    assert "<html" not in page


def test_submitting_a_verdict_twice_shows_the_services_refusal(checker_client, claim):
    Claim.objects.filter(pk=claim.pk).update(status=Status.CORROBORATED)
    checker_client.post(
        url("desk:verdict_save", claim), {"rating": "false", "summary": "Wrong figure.", "action": "submit"}, **HTMX
    )
    response = checker_client.post(url("desk:verdict_submit", claim), **HTMX)
    assert response.status_code == 422
    assert "the verdict is Submitted and cannot take this step" in response.content.decode()
    assert Verdict.objects.get(claim=claim).state == Verdict.State.SUBMITTED
