"""With FACTCHECK_AUTO_ASSIGN on, new claims go to the least-loaded fact-checker who reads them."""

import pytest

from claims.models import Candidate, ClaimEvent
from ingest import flow
from notifications.models import Notification
from reviews import services
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def auto_assign_on(settings):
    settings.FACTCHECK_AUTO_ASSIGN = True


def test_each_claim_goes_to_whoever_has_the_fewest_open_claims():
    busy = factories.fact_checker(username="alice")
    idle = factories.fact_checker(username="bruno")
    factories.ClaimFactory(assignee=busy)
    claims = [factories.ClaimFactory() for _ in range(3)]
    services.claims_auto_assign(claims)
    assert [claim.assignee.username for claim in _reloaded(claims)] == ["bruno", "alice", "bruno"]
    assert idle.assigned_claims.count() == 2


def test_ties_go_to_the_first_username_alphabetically():
    factories.fact_checker(username="zoe")
    factories.fact_checker(username="adam")
    claim = factories.ClaimFactory()
    services.claims_auto_assign([claim])
    assert _reloaded([claim])[0].assignee.username == "adam"


def test_only_someone_who_reads_the_language_gets_the_claim():
    factories.fact_checker(username="anna", languages=["en"])
    factories.fact_checker(username="felix", languages=["fr", "de"])
    french = factories.ClaimFactory(language="fr")
    services.claims_auto_assign([french])
    assert _reloaded([french])[0].assignee.username == "felix"


def test_someone_with_no_languages_on_file_reads_them_all():
    factories.fact_checker(username="anna", languages=["en"])
    factories.fact_checker(username="omni")
    claim = factories.ClaimFactory(language="fr")
    services.claims_auto_assign([claim])
    assert _reloaded([claim])[0].assignee.username == "omni"


def test_a_claim_nobody_reads_stays_unassigned():
    factories.fact_checker(languages=["en"])
    claim = factories.ClaimFactory(language="fr")
    services.claims_auto_assign([claim])
    assert _reloaded([claim])[0].assignee is None


def test_editors_closed_claims_and_inactive_people_are_left_out(editor):
    leaver = factories.fact_checker(username="aaron", is_active=False)
    worker = factories.fact_checker(username="zed")
    factories.ClaimFactory(assignee=worker, closed_at="2026-01-01T00:00Z")  # closed: not a load
    claim = factories.ClaimFactory()
    services.claims_auto_assign([claim])
    assert _reloaded([claim])[0].assignee == worker
    assert leaver.assigned_claims.count() == 0


def test_the_system_assignment_is_recorded_and_notified():
    reviewer = factories.fact_checker(username="anna")
    claim = factories.ClaimFactory()
    services.claims_auto_assign([claim])
    event = claim.events.get(kind=ClaimEvent.Kind.ASSIGNED)
    assert (event.actor, event.details["automatic"], event.details["reviewer"]) == (None, True, "anna")
    notice = Notification.objects.get(recipient=reviewer)
    assert notice.text.startswith("the desk gave you claim")
    assert _reloaded([claim])[0].due_at is not None


def test_it_is_off_unless_the_setting_is_on(settings):
    settings.FACTCHECK_AUTO_ASSIGN = False
    factories.fact_checker()
    claim = factories.ClaimFactory()
    services.claims_auto_assign([claim])
    assert _reloaded([claim])[0].assignee is None


def test_extraction_assigns_the_claims_it_creates():
    factories.fact_checker(username="anna")
    document = factories.DocumentFactory(
        text="Unemployment rose to 9.4 percent in March, the highest level since 2015, officials said.",
        extraction_state="pending",
    )
    flow.document_extract(document.pk)
    claims = list(document.claims.all())
    assert claims
    assert {claim.assignee.username for claim in claims} == {"anna"}


def test_a_promoted_sentence_is_assigned(fact_checker):
    reader = factories.fact_checker(username="anna")
    document = factories.DocumentFactory()
    candidate = Candidate.objects.create(document=document, text="It rained.", start=0, end=10)
    claim = flow.candidate_promote(candidate, actor=fact_checker)
    # Both fiona (who promoted it) and anna have no open claims: anna comes first alphabetically.
    assert _reloaded([claim])[0].assignee == reader


def _reloaded(claims):
    return [type(claim).objects.select_related("assignee").get(pk=claim.pk) for claim in claims]
