"""Every (from, to) pair × every role, with evidence enough for any status."""

import itertools

import pytest

from claims import workflow
from claims.models import Claim, ClaimEvent
from reviews.models import Evidence
from tests import factories

Status = Claim.Status
ROLES = ["assignee", "other_fact_checker", "editor", "admin", "outsider"]
LEGAL = {(source, target) for source, targets in workflow.TRANSITIONS.items() for target in targets}


def expected_outcome(role, source, target):
    reopen = target == Status.UNVERIFIED
    if role in ("outsider", "other_fact_checker") or (role == "assignee" and reopen):
        return workflow.NotAllowed
    if (source, target) not in LEGAL:
        return workflow.Refused
    return "moved"


@pytest.fixture
def actors(fact_checker, other_fact_checker, editor, admin_user, outsider):
    return {
        "assignee": fact_checker,
        "other_fact_checker": other_fact_checker,
        "editor": editor,
        "admin": admin_user,
        "outsider": outsider,
    }


def claim_with_full_evidence(status, assignee):
    claim = factories.ClaimFactory(status=status, assignee=assignee)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.SUPPORTS)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.SUPPORTS)
    factories.EvidenceFactory(claim=claim, stance=Evidence.Stance.CONTRADICTS)
    return claim


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("source,target", list(itertools.product(Status.values, Status.values)))
def test_transition_table(actors, role, source, target):
    claim = claim_with_full_evidence(source, actors["assignee"])
    expected = expected_outcome(role, source, target)

    if expected == "moved":
        moved = workflow.transition(claim, target, actor=actors[role], version=claim.version, note="checked")
        assert moved.status == target
        assert moved.version == claim.version + 1
        event = ClaimEvent.objects.get(claim=claim, kind=ClaimEvent.Kind.STATUS)
        assert (event.from_status, event.to_status, event.actor) == (source, target, actors[role])
    else:
        with pytest.raises(expected):
            workflow.transition(claim, target, actor=actors[role], version=claim.version, note="checked")
        claim.refresh_from_db()
        assert (claim.status, claim.version) == (source, 1)
        assert not ClaimEvent.objects.filter(claim=claim).exists()


@pytest.mark.django_db
def test_it_refuses_an_anonymous_actor():
    from django.contrib.auth.models import AnonymousUser

    claim = claim_with_full_evidence(Status.UNVERIFIED, None)
    with pytest.raises(workflow.NotAllowed):
        workflow.transition(claim, Status.SOURCED, actor=AnonymousUser(), version=1)
