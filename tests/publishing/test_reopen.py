"""A reopened claim can no longer be approved or published: approval re-checks the claim under the
claim's lock, a reopen sends a submitted verdict back to its author, and a published fact-check whose
claim is reopened stays at its address marked "under review" until an editor corrects or withdraws it."""

import ast
import threading
from pathlib import Path

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.db import connection

from claims.models import Claim, ClaimEvent
from notifications.models import Notification
from publishing import services as publishing_services
from publishing.models import Publication
from reviews import services as reviews_services
from reviews.models import Verdict
from tests import factories
from tests.api.conftest import client_for

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def submitted(fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker, rating="false")
    return reviews_services.verdict_submit(verdict, actor=fact_checker)


@pytest.fixture
def published(submitted, editor):
    publishing_services.verdict_approve(submitted, actor=editor)
    return Publication.objects.get(verdict=submitted)


def test_a_verdict_submitted_before_a_reopen_cannot_be_approved_through_the_api(submitted, editor):
    claim = submitted.claim
    reopened = client_for(editor).post(
        f"/api/v1/claims/{claim.pk}/transition/",
        {"to": "unverified", "note": "new facts", "version": claim.version},
        format="json",
    )
    assert reopened.status_code == 200

    approval = client_for(editor).post(f"/api/v1/verdicts/{submitted.pk}/approve/", {}, format="json")

    assert approval.status_code == 400
    assert not Publication.objects.filter(claim=claim).exists()
    submitted.refresh_from_db()
    assert submitted.state == Verdict.State.DRAFT
    assert Claim.objects.get(pk=claim.pk).closed_at is None


def test_approval_rechecks_the_claim_even_when_the_verdict_is_still_submitted(submitted, editor):
    # A claim moved back to unverified by any path must not have its old verdict approved.
    Claim.objects.filter(pk=submitted.claim_id).update(status=Claim.Status.SOURCED)

    with pytest.raises(
        publishing_services.workflow.Refused, match="only a verdict on an open, corroborated or disputed claim"
    ):
        publishing_services.verdict_approve(submitted, actor=editor)

    submitted.refresh_from_db()
    assert submitted.state == Verdict.State.SUBMITTED
    assert not Publication.objects.exists()


def test_a_reopen_returns_the_submitted_verdict_to_its_author_with_an_event_and_a_notice(
    submitted, editor, fact_checker
):
    publishing_services.claim_move(submitted.claim, Claim.Status.UNVERIFIED, actor=editor, note="a source retracted")

    submitted.refresh_from_db()
    assert submitted.state == Verdict.State.DRAFT
    event = ClaimEvent.objects.get(claim=submitted.claim, kind=ClaimEvent.Kind.VERDICT_RETURNED)
    assert (event.actor, event.note, event.details) == (editor, "a source retracted", {"verdict": submitted.pk})
    notice = Notification.objects.get(recipient=fact_checker, kind=Notification.Kind.VERDICT_RETURNED)
    assert "a source retracted" in notice.text


def test_a_refused_reopen_leaves_the_verdict_submitted(submitted, editor):
    with pytest.raises(publishing_services.workflow.Refused):
        publishing_services.claim_move(submitted.claim, Claim.Status.UNVERIFIED, actor=editor, note="  ")
    submitted.refresh_from_db()
    assert submitted.state == Verdict.State.SUBMITTED
    assert not Notification.objects.filter(kind=Notification.Kind.VERDICT_RETURNED).exists()


def test_a_reopened_published_claim_keeps_its_page_marked_under_review(client, published, editor):
    publishing_services.claim_move(published.claim, Claim.Status.UNVERIFIED, actor=editor, note="new facts")

    published.refresh_from_db()
    assert published.under_review_since is not None and published.withdrawn_at is None
    assert ClaimEvent.objects.filter(claim=published.claim, kind=ClaimEvent.Kind.UNDER_REVIEW).count() == 1
    page = client.get(published.get_absolute_url())
    assert page.status_code == 200
    assert "Under review" in page.content.decode()
    assert f'"dateModified": "{published.under_review_since.date().isoformat()}"' in page.content.decode()


def test_a_correction_ends_the_review(client, published, editor):
    publishing_services.claim_move(published.claim, Claim.Status.UNVERIFIED, actor=editor, note="new facts")
    publishing_services.publication_correct(published, actor=editor, text="The figure was for 2024.")

    published.refresh_from_db()
    assert published.under_review_since is None
    assert "Under review" not in client.get(published.get_absolute_url()).content.decode()


def test_the_admin_reopen_action_goes_through_the_reopen_service(client, submitted, admin_user):
    client.force_login(admin_user)
    response = client.post(
        "/admin/claims/claim/",
        {"action": "move_to_unverified", "note": "from the admin", ACTION_CHECKBOX_NAME: [submitted.claim_id]},
    )
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.claim.status == Claim.Status.UNVERIFIED
    assert submitted.state == Verdict.State.DRAFT


def test_the_desk_reopen_goes_through_the_reopen_service(client, submitted, editor):
    client.force_login(editor)
    claim = Claim.objects.get(pk=submitted.claim_id)
    client.post(f"/claims/{claim.pk}/move/", {"to": "unverified", "version": claim.version, "note": "desk"})
    submitted.refresh_from_db()
    assert Claim.objects.get(pk=claim.pk).status == Claim.Status.UNVERIFIED
    assert submitted.state == Verdict.State.DRAFT


def test_only_the_publishing_services_call_the_workflow_transition():
    # Every way in (API, desk, admin) moves a claim through publishing.services.claim_move.
    callers = []
    for app in ["claims", "notifications", "reviews", "publishing", "ingest", "api", "desk"]:
        for path in (ROOT / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                if (
                    isinstance(node, ast.Attribute)
                    and node.attr == "transition"
                    and ast.unparse(node) == ("workflow.transition")
                ):
                    callers.append(path.relative_to(ROOT).as_posix())
    assert sorted(set(callers)) == ["publishing/services.py"]


def _race(*steps) -> None:
    start = threading.Barrier(len(steps))

    def run(step):
        start.wait()
        try:
            step()
        except publishing_services.workflow.WorkflowError:
            pass
        finally:
            connection.close()  # each thread has its own real connection

    threads = [threading.Thread(target=run, args=(step,)) for step in steps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_a_reopen_and_an_approval_racing_never_leave_a_reopened_claim_published(fact_checker, editor):
    # Repeated, since which one takes the claim's lock first varies: either the approval comes first and
    # the reopen marks the page under review, or the reopen comes first and the approval is refused.
    for _round in range(5):
        claim = factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)
        draft = factories.VerdictFactory(claim=claim, author=fact_checker)
        verdict = reviews_services.verdict_submit(draft, actor=fact_checker)
        _race(
            lambda: publishing_services.verdict_approve(verdict, actor=editor),  # noqa: B023 joined in the loop
            lambda: publishing_services.claim_move(claim, Claim.Status.UNVERIFIED, actor=editor, note="x"),  # noqa: B023
        )

        claim.refresh_from_db()
        live = Publication.objects.filter(claim=claim, withdrawn_at__isnull=True).first()
        if claim.status == Claim.Status.UNVERIFIED:
            assert live is None or live.under_review_since is not None
            assert claim.closed_at is None
        else:
            assert live is not None and live.under_review_since is None
