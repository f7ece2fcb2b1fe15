"""Comments with @mentions and watchers: who is notified, and who is not."""

import io

import pytest
from django.core.management import call_command

from claims import workflow
from claims.models import Claim, ClaimEvent
from notifications.models import Notification
from publishing import services as publishing_services
from reviews import selectors, services
from reviews.models import ChecklistItem, ClaimComment, ClaimWatch, Tag
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker, text="Unemployment fell to 5% in 2024.")


def mentions(user):
    return list(Notification.objects.filter(recipient=user, kind=Notification.Kind.MENTIONED))


def test_a_mention_notifies_a_colleague_who_may_see_the_claim(claim, fact_checker, editor):
    comment = services.comment_add(
        claim, actor=fact_checker, text=f"@{editor.username}, can you check the INSEE table?"
    )
    [notice] = mentions(editor)
    assert notice.claim == claim and fact_checker.username in notice.text and "INSEE table" in notice.text
    assert list(comment.mentioned.all()) == [editor]


def test_mentions_of_people_who_cannot_see_the_claim_notify_no_one(claim, fact_checker, outsider, editor):
    editor.is_active = False
    editor.save()
    text = f"@{outsider.username} @{editor.username} @nobody @{fact_checker.username} mail me at x@{outsider.username}"
    comment = services.comment_add(claim, actor=fact_checker, text=text)
    assert not Notification.objects.exists()
    assert not comment.mentioned.exists()


def test_a_mention_ending_a_sentence_and_repeated_notifies_once(claim, fact_checker, editor):
    services.comment_add(claim, actor=fact_checker, text=f"Ask @{editor.username}. Really, @{editor.username}!")
    assert len(mentions(editor)) == 1


@pytest.mark.parametrize("text", ["", "   ", "x" * 5001])
def test_empty_or_overlong_comments_are_refused(claim, fact_checker, text):
    with pytest.raises(workflow.Refused):
        services.comment_add(claim, actor=fact_checker, text=text)
    assert not ClaimComment.objects.exists()


def test_outsiders_cannot_comment_or_watch(claim, outsider):
    with pytest.raises(workflow.NotAllowed):
        services.comment_add(claim, actor=outsider, text="hello")
    with pytest.raises(workflow.NotAllowed):
        services.claim_watch(claim, actor=outsider, watching=True)
    assert not ClaimComment.objects.exists() and not ClaimWatch.objects.exists()


def test_watchers_hear_of_moves_but_not_of_their_own(claim, fact_checker, editor, other_fact_checker):
    assert services.claim_watch(claim, actor=editor, watching=True)
    assert services.claim_watch(claim, actor=editor, watching=True)  # twice: still one watch
    services.claim_watch(claim, actor=fact_checker, watching=True)
    factories.EvidenceFactory(claim=claim)

    publishing_services.claim_move(claim, Claim.Status.SOURCED, actor=fact_checker)

    [notice] = Notification.objects.filter(kind=Notification.Kind.WATCHED_CLAIM)
    assert notice.recipient == editor and "moved" in notice.text and "Sourced" in notice.text
    assert ClaimWatch.objects.count() == 2


def test_watchers_hear_of_verdicts(claim, fact_checker, other_fact_checker):
    claim.status = Claim.Status.CORROBORATED
    claim.save()
    services.claim_watch(claim, actor=other_fact_checker, watching=True)
    verdict = factories.VerdictFactory(claim=claim, author=fact_checker)
    services.verdict_submit(verdict, actor=fact_checker)
    [notice] = Notification.objects.filter(recipient=other_fact_checker)
    assert notice.kind == Notification.Kind.WATCHED_CLAIM and "submitted a verdict" in notice.text


def test_unwatching_stops_the_news(claim, fact_checker, editor):
    services.claim_watch(claim, actor=editor, watching=True)
    assert services.claim_watch(claim, actor=editor, watching=False) is False
    factories.EvidenceFactory(claim=claim)
    publishing_services.claim_move(claim, Claim.Status.SOURCED, actor=fact_checker)
    assert not Notification.objects.exists()


def test_tags_reuse_existing_names_in_any_case_and_record_the_change(claim, fact_checker, editor):
    factories.ClaimFactory()
    services.claim_set_tags(factories.ClaimFactory(assignee=editor), actor=editor, names=["Health"])
    tags = services.claim_set_tags(claim, actor=fact_checker, names=["  health ", "Energy  policy", "HEALTH", ""])
    assert [tag.name for tag in tags] == ["Energy policy", "Health"]
    assert Tag.objects.count() == 2
    event = claim.events.get(kind=ClaimEvent.Kind.TAGS)
    assert event.details == {"added": ["Energy policy", "Health"], "removed": []}

    services.claim_set_tags(claim, actor=editor, names=["Energy policy"])
    assert claim.events.filter(kind=ClaimEvent.Kind.TAGS).last().details == {"added": [], "removed": ["Health"]}
    services.claim_set_tags(claim, actor=editor, names=["energy POLICY"])  # the same tag: nothing recorded
    assert claim.events.filter(kind=ClaimEvent.Kind.TAGS).count() == 2


@pytest.mark.parametrize("names", [["x" * 41], [f"t{index}" for index in range(11)]])
def test_overlong_or_too_many_tags_are_refused(claim, fact_checker, names):
    with pytest.raises(workflow.Refused):
        services.claim_set_tags(claim, actor=fact_checker, names=names)
    assert not Tag.objects.exists() and not claim.tags.exists()


def test_only_the_assignee_or_an_editor_tags_a_claim(claim, other_fact_checker, outsider):
    for actor in (other_fact_checker, outsider):
        with pytest.raises(workflow.NotAllowed):
            services.claim_set_tags(claim, actor=actor, names=["health"])
    assert not Tag.objects.exists()


def test_ticking_is_recorded_once_and_a_retired_step_keeps_its_ticks(claim, fact_checker, editor):
    step = services.checklist_item_add(actor=editor, text="  Contact   the speaker ")
    assert step.text == "Contact the speaker"
    assert services.checklist_tick(claim, step, actor=fact_checker, done=True)
    assert services.checklist_tick(claim, step, actor=fact_checker, done=True)
    assert claim.events.filter(kind=ClaimEvent.Kind.CHECKLIST).count() == 1
    services.checklist_item_retire(step, actor=editor)
    assert [(item.text, tick.ticked_by) for item, tick in selectors.checklist_for(claim)] == [
        ("Contact the speaker", fact_checker)
    ]
    assert selectors.checklist_for(factories.ClaimFactory()) == []
    with pytest.raises(workflow.Refused):
        services.checklist_tick(factories.ClaimFactory(assignee=fact_checker), step, actor=fact_checker, done=True)


def test_only_editors_keep_the_checklist_and_only_the_assignee_or_an_editor_ticks(
    claim, fact_checker, other_fact_checker
):
    with pytest.raises(workflow.NotAllowed):
        services.checklist_item_add(actor=fact_checker, text="Mine")
    step = ChecklistItem.objects.create(text="Find the primary source")
    with pytest.raises(workflow.NotAllowed):
        services.checklist_tick(claim, step, actor=other_fact_checker, done=True)
    assert not claim.checklist_ticks.exists()


# seed_demo serves samples/monitoring/ on the fixed demo port: one such test at a time (pytest-xdist).
@pytest.mark.xdist_group("demo_feed_port")
def test_the_demo_data_brings_the_checklist_once(settings):
    for _ in range(2):
        call_command("seed_demo", stdout=io.StringIO())
    assert ChecklistItem.objects.filter(active=True).count() == 3
