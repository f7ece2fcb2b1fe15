"""The workspace's comments and watch panel: loads on its own, escapes what people write, announces updates."""

import pytest
from django.urls import reverse

from notifications.models import Notification
from reviews import services
from reviews.models import ChecklistItem, ClaimComment, ClaimWatch
from tests import factories
from tests.web.conftest import HTMX

pytestmark = pytest.mark.django_db


@pytest.fixture
def claim(fact_checker):
    return factories.ClaimFactory(assignee=fact_checker)


def test_the_workspace_loads_the_panel_on_its_own(checker_client, claim):
    page = checker_client.get(reverse("desk:claim", args=[claim.pk])).content.decode()
    assert f'hx-get="{reverse("desk:claim_teamwork", args=[claim.pk])}"' in page


def test_a_comment_is_escaped_announced_and_notifies_the_mentioned(checker_client, claim, editor):
    response = checker_client.post(
        reverse("desk:comment_add", args=[claim.pk]),
        {"text": f'<img src=x onerror="alert(1)"> @{editor.username} look'},
        **HTMX,
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "<img src=x" not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert 'role="status"' in page and "Comment added; 1 colleague notified." in page
    assert Notification.objects.get(recipient=editor).kind == Notification.Kind.MENTIONED


def test_an_empty_comment_is_refused_in_words(checker_client, claim):
    response = checker_client.post(reverse("desk:comment_add", args=[claim.pk]), {"text": "  "}, **HTMX)
    assert response.status_code == 422 and "write something to comment" in response.content.decode()
    assert not ClaimComment.objects.exists()


def test_watching_and_unwatching_from_the_panel(checker_client, claim, fact_checker):
    url = reverse("desk:claim_watch", args=[claim.pk])
    page = checker_client.post(url, {"watch": "yes"}, **HTMX).content.decode()
    assert "You are watching this claim." in page and 'aria-pressed="true"' in page
    assert ClaimWatch.objects.filter(user=fact_checker).exists()
    page = checker_client.post(url, {"watch": "no"}, **HTMX).content.decode()
    assert "You no longer watch this claim." in page and not ClaimWatch.objects.exists()


def test_outsiders_get_nothing(outsider_client, claim):
    assert outsider_client.get(reverse("desk:claim_teamwork", args=[claim.pk])).status_code == 403
    assert outsider_client.post(reverse("desk:comment_add", args=[claim.pk]), {"text": "hi"}).status_code == 403
    assert not ClaimComment.objects.exists()


def test_without_htmx_the_panel_is_a_page_and_a_comment_comes_back_to_it(checker_client, claim):
    response = checker_client.post(reverse("desk:comment_add", args=[claim.pk]), {"text": "Plain"})
    assert response.status_code == 302
    page = checker_client.get(response.url).content.decode()
    assert "<html" in page and "Plain" in page


@pytest.mark.parametrize("count", [3, 30])
def test_the_panel_costs_the_same_with_3_comments_as_with_30(
    checker_client, claim, editor, fact_checker, count, django_assert_num_queries
):
    for index in range(count):
        services.comment_add(claim, actor=editor if index % 2 else fact_checker, text=f"Note {index}")
    services.claim_watch(claim, actor=editor, watching=True)
    services.claim_set_tags(claim, actor=fact_checker, names=[f"topic {index}" for index in range(count // 3)])
    for index in range(count // 3):
        item = ChecklistItem.objects.create(text=f"Step {index}", position=index)
        if index % 2:
            services.checklist_tick(claim, item, actor=fact_checker, done=True)
    # Session and user, the claim, its comments with their authors, the watch, the watcher count, the tags,
    # the checklist's ticks (with who ticked) and its steps.
    with django_assert_num_queries(9):
        page = checker_client.get(reverse("desk:claim_teamwork", args=[claim.pk]), **HTMX).content.decode()
    assert f"Note {count - 1}" in page and "1 watcher" in page and f">topic {count // 3 - 1}</a>" in page


def test_tags_are_saved_from_the_panel_and_filter_the_queue(checker_client, claim, fact_checker):
    other = factories.ClaimFactory(assignee=fact_checker)
    response = checker_client.post(
        reverse("desk:claim_tags", args=[claim.pk]), {"tags": "Health, <b>energy</b>, health"}, **HTMX
    )
    page = response.content.decode()
    assert response.status_code == 200 and "Tags saved: &lt;b&gt;energy&lt;/b&gt;, Health." in page
    assert "<b>energy</b>" not in page

    queue = checker_client.get(reverse("desk:queue_mine"), {"tag": "HEALTH"}).content.decode()
    assert f'href="{reverse("desk:claim", args=[claim.pk])}' in queue
    assert f'href="{reverse("desk:claim", args=[other.pk])}' not in queue


def test_only_the_assignee_or_an_editor_tags(client, claim, other_fact_checker):
    client.force_login(other_fact_checker)
    response = client.post(reverse("desk:claim_tags", args=[claim.pk]), {"tags": "health"}, **HTMX)
    assert response.status_code == 403 and not claim.tags.exists()
    assert 'name="tags"' not in client.get(reverse("desk:claim_teamwork", args=[claim.pk]), **HTMX).content.decode()


def test_the_assignee_ticks_a_step_and_the_panel_says_who_and_announces_it(checker_client, claim, fact_checker):
    step = ChecklistItem.objects.create(text="Contact the <em>speaker</em>")
    url = reverse("desk:checklist_tick", args=[claim.pk, step.pk])
    page = checker_client.post(url, {"done": "yes"}, **HTMX).content.decode()
    assert 'aria-checked="true"' in page and fact_checker.username in page
    assert "Done: Contact the &lt;em&gt;speaker&lt;/em&gt;." in page and "<em>speaker" not in page
    page = checker_client.post(url, {"done": "no"}, **HTMX).content.decode()
    assert 'aria-checked="false"' in page and not claim.checklist_ticks.exists()


def test_others_cannot_tick(client, claim, other_fact_checker):
    step = ChecklistItem.objects.create(text="Find the primary source")
    client.force_login(other_fact_checker)
    response = client.post(reverse("desk:checklist_tick", args=[claim.pk, step.pk]), {"done": "yes"}, **HTMX)
    assert response.status_code == 403 and not claim.checklist_ticks.exists()


def test_editors_keep_the_checklist(editor_client, checker_client):
    assert editor_client.post(reverse("desk:checklist"), {"text": "Reverse-search images"}).status_code == 302
    refused = editor_client.post(reverse("desk:checklist"), {"text": "  "})
    assert refused.status_code == 422 and "write the step" in refused.content.decode()
    [step] = ChecklistItem.objects.all()
    assert checker_client.post(reverse("desk:checklist"), {"text": "Mine"}).status_code == 403
    assert checker_client.post(reverse("desk:checklist_retire", args=[step.pk])).status_code == 403
    editor_client.post(reverse("desk:checklist_retire", args=[step.pk]))
    step.refresh_from_db()
    assert not step.active
    assert "The desk has no checklist yet." in editor_client.get(reverse("desk:checklist")).content.decode()
