"""Each notice lands in the inbox once and goes by email once, after the change commits."""

import pytest
from django.core import mail

from claims.models import Claim
from notifications.models import Notification
from notifications.selectors import unread_count
from notifications.services import notification_email, notify
from publishing import services as publishing_services
from reviews import services
from tests import factories

pytestmark = pytest.mark.django_db


def test_an_editor_assigning_a_claim_tells_the_reviewer_by_inbox_and_email(
    editor, fact_checker, django_capture_on_commit_callbacks
):
    claim = factories.ClaimFactory(text="Crime fell by half in 2024.")
    with django_capture_on_commit_callbacks(execute=True):
        services.claim_assign(claim, reviewer=fact_checker, actor=editor)
    notification = Notification.objects.get()
    assert (notification.recipient, notification.kind, notification.claim) == (fact_checker, "assigned", claim)
    assert "edith gave you claim" in notification.text
    assert "Crime fell by half in 2024." in notification.text
    assert [message.to for message in mail.outbox] == [["fiona@example.org"]]
    assert mail.outbox[0].subject == "[Factcheck desk] Claim assigned"
    assert notification_email(notification.pk) is False  # a second run sends nothing


def test_no_email_leaves_before_the_change_commits(editor, fact_checker, django_capture_on_commit_callbacks):
    # Made outside the block: a new claim queues its own (matching) work after commit.
    claim = factories.ClaimFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.claim_assign(claim, reviewer=fact_checker, actor=editor)
    assert mail.outbox == []
    assert len(callbacks) == 1


def test_taking_a_claim_myself_sends_nothing(fact_checker):
    factories.ClaimFactory()
    services.claim_take_next(actor=fact_checker)
    assert not Notification.objects.exists()


def test_the_same_occasion_is_notified_once(fact_checker):
    claim = factories.ClaimFactory()
    first = notify(fact_checker, Notification.Kind.OVERDUE, claim=claim, text="late", dedupe_key="overdue:1")
    second = notify(fact_checker, Notification.Kind.OVERDUE, claim=claim, text="late", dedupe_key="overdue:1")
    assert first is not None and second is None
    assert Notification.objects.count() == 1


def test_approving_a_verdict_tells_its_author(editor, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker, state="submitted")
    publishing_services.verdict_approve(verdict, actor=editor, comment="Solid.")
    notification = Notification.objects.get(recipient=fact_checker)
    assert notification.kind == "verdict_approved"
    assert notification.text.endswith("Solid.")


def test_each_rejection_of_a_verdict_is_its_own_notice(editor, fact_checker):
    claim = factories.ClaimFactory(assignee=fact_checker, status=Claim.Status.CORROBORATED)
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker, state="submitted")
    services.verdict_reject(verdict, actor=editor, comment="Cite the 2023 report.")
    services.verdict_submit(verdict, actor=fact_checker)
    services.verdict_reject(verdict, actor=editor, comment="Still missing.")
    texts = list(Notification.objects.filter(kind="verdict_rejected").values_list("text", flat=True))
    assert len(texts) == 2
    assert {text.splitlines()[-1] for text in texts} == {"Cite the 2023 report.", "Still missing."}


def test_unread_count_counts_only_my_unread_notices(fact_checker, other_fact_checker):
    claim = factories.ClaimFactory()
    for key in ("a", "b"):
        notify(fact_checker, Notification.Kind.ASSIGNED, claim=claim, text="x", dedupe_key=key)
    notify(other_fact_checker, Notification.Kind.ASSIGNED, claim=claim, text="x", dedupe_key="c")
    Notification.objects.filter(dedupe_key="a").update(read_at="2026-01-01T00:00Z")
    assert unread_count(fact_checker) == 1


def test_an_outsider_has_no_inbox(outsider):
    notify(outsider, Notification.Kind.ASSIGNED, text="x", dedupe_key="x")
    assert unread_count(outsider) == 0
