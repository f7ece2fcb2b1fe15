import pytest

from claims import workflow
from claims.models import Claim, ClaimEvent
from publishing import services as publishing_services
from reviews import services
from reviews.models import Verdict
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(status=Claim.Status.CORROBORATED, assignee=fact_checker)


@pytest.fixture
def submitted(claim, fact_checker):
    verdict = services.verdict_save_draft(claim, actor=fact_checker, rating="false", summary="Wrong figure.")
    return services.verdict_submit(verdict, actor=fact_checker)


def test_the_assignee_drafts_and_submits_a_verdict(submitted):
    assert submitted.state == Verdict.State.SUBMITTED
    kinds = list(submitted.claim.events.values_list("kind", flat=True))
    assert kinds == [ClaimEvent.Kind.VERDICT_DRAFTED, ClaimEvent.Kind.VERDICT_SUBMITTED]


def test_it_refuses_submission_before_the_claim_is_corroborated_or_disputed(fact_checker):
    claim = factories.ClaimFactory(status=Claim.Status.SOURCED, assignee=fact_checker)
    verdict = services.verdict_save_draft(claim, actor=fact_checker, rating="true", summary="Right.")
    with pytest.raises(workflow.Refused) as raised:
        services.verdict_submit(verdict, actor=fact_checker)
    assert raised.value.messages == ["a verdict can be submitted only once the claim is corroborated or disputed"]


def test_it_refuses_submission_by_someone_other_than_the_assignee(claim, fact_checker, other_fact_checker):
    verdict = services.verdict_save_draft(claim, actor=fact_checker, rating="true", summary="Right.")
    with pytest.raises(workflow.NotAllowed):
        services.verdict_submit(verdict, actor=other_fact_checker)


def test_an_editor_approves_and_the_claim_leaves_the_queues(submitted, editor):
    approved = publishing_services.verdict_approve(submitted, actor=editor)
    assert (approved.state, approved.decided_by) == (Verdict.State.APPROVED, editor)
    assert Claim.objects.get(pk=submitted.claim_id).closed_at is not None


def test_the_author_can_never_approve_their_own_verdict(claim, editor):
    claim.assignee = editor
    claim.save()
    verdict = services.verdict_save_draft(claim, actor=editor, rating="false", summary="Mine.")
    verdict = services.verdict_submit(verdict, actor=editor)
    with pytest.raises(workflow.NotAllowed) as raised:
        publishing_services.verdict_approve(verdict, actor=editor)
    assert raised.value.messages == ["only an editor who did not write the verdict can approve it"]
    with pytest.raises(workflow.NotAllowed):
        services.verdict_reject(verdict, actor=editor, comment="no")


def test_a_fact_checker_cannot_approve(submitted, other_fact_checker):
    with pytest.raises(workflow.NotAllowed):
        publishing_services.verdict_approve(submitted, actor=other_fact_checker)


def test_an_editor_who_edits_the_draft_becomes_its_author_and_cannot_approve_it(claim, fact_checker, editor):
    services.verdict_save_draft(claim, actor=fact_checker, rating="false", summary="Wrong.")
    verdict = services.verdict_save_draft(claim, actor=editor, rating="misleading", summary="Misleading.")
    verdict = services.verdict_submit(verdict, actor=fact_checker)
    with pytest.raises(workflow.NotAllowed):
        publishing_services.verdict_approve(verdict, actor=editor)


def test_a_rejection_needs_a_comment(submitted, editor):
    with pytest.raises(workflow.Refused) as raised:
        services.verdict_reject(submitted, actor=editor, comment=" ")
    assert raised.value.messages == ["a rejection needs a comment for the author"]
    submitted.refresh_from_db()
    assert submitted.state == Verdict.State.SUBMITTED


def test_a_rejected_verdict_goes_back_to_its_author_as_a_draft(submitted, fact_checker, editor):
    rejected = services.verdict_reject(submitted, actor=editor, comment="Cite the census.")
    assert (rejected.state, rejected.decision_comment) == (Verdict.State.REJECTED, "Cite the census.")
    reworked = services.verdict_save_draft(
        submitted.claim, actor=fact_checker, rating="false", summary="Census says otherwise."
    )
    assert (reworked.pk, reworked.state) == (submitted.pk, Verdict.State.DRAFT)
    assert services.verdict_submit(reworked, actor=fact_checker).state == Verdict.State.SUBMITTED
    assert ClaimEvent.objects.filter(claim=submitted.claim, kind=ClaimEvent.Kind.VERDICT_REJECTED).count() == 1


def test_a_verdict_cannot_be_approved_twice(submitted, editor):
    publishing_services.verdict_approve(submitted, actor=editor)
    with pytest.raises(workflow.Refused) as raised:
        publishing_services.verdict_approve(submitted, actor=editor)
    assert raised.value.messages == ["the verdict is Approved and cannot take this step"]


def test_a_submitted_verdict_cannot_be_edited(submitted, fact_checker):
    with pytest.raises(workflow.Refused):
        services.verdict_save_draft(submitted.claim, actor=fact_checker, rating="true", summary="Changed my mind.")
