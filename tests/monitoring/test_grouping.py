"""Leads that say the same thing in other words, in other outlets, are one group: one row in the
Monitoring view and the API, with every appearance; promoting or dismissing decides the group."""

import numpy as np
import pytest
from django.urls import reverse
from django.utils import timezone

from claims.models import ClaimEvent
from ingest import flow
from monitoring import similarity
from monitoring.models import Feed, Lead
from monitoring.services import comparison, grouping
from monitoring.services import leads as lead_services
from publishing import embedding
from tests import factories
from tests.api.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_as():
    return client_for


@pytest.fixture
def checker_client(client, fact_checker):
    client.force_login(fact_checker)
    return client


SAID = "Unemployment in the region fell to 5.5 percent in 2025, the minister said."
REWORDED = "The region's jobless rate dropped to 5.5 percent in 2025."
IN_FRENCH = "Le chômage dans la région est tombé à 5,5 % en 2025."
UNRELATED = "The harbour authority will reopen the northern quay to ferries in the spring."
OTHER_FIGURE = "Unemployment in the region fell to 8.2 percent in 2019, the minister said."


def lead_in(outlet, text, *, score=0.9, language="en", number=[0]):  # noqa: B006 (a counter)
    number[0] += 1
    document = factories.DocumentFactory(
        text=f"{text} More to read.", url=f"https://{outlet.lower()}.example/{number[0]}", outlet=outlet,
        language=language,
    )  # fmt: skip
    return Lead.objects.create(document=document, text=text, start=0, end=len(text), language=language,
                               score=score, group_key=lead_services.group_key(text))  # fmt: skip


def compared(*leads):
    for lead in leads:
        comparison.leads_compare(lead.document_id)
    for lead in leads:
        lead.refresh_from_db()
    return leads


def test_the_same_thing_in_other_words_or_another_language_is_one_group():
    first, reworded, french, unrelated = compared(
        lead_in("Courier", SAID),
        lead_in("Gazette", REWORDED, score=0.8),
        lead_in("Quotidien", IN_FRENCH, language="fr", score=0.7),
        lead_in("Herald", UNRELATED),
    )

    assert first.group_key == reworded.group_key == french.group_key
    assert unrelated.group_key != first.group_key
    assert all(lead.compared_at is not None for lead in (first, reworded, french, unrelated))


def test_a_sentence_citing_other_figures_is_another_group():
    first, other = compared(lead_in("Courier", SAID), lead_in("Gazette", OTHER_FIGURE))

    assert first.group_key != other.group_key


def test_the_same_words_are_one_group_even_before_they_are_compared():
    first, echo = lead_in("Courier", SAID), lead_in("Gazette", SAID.upper().replace(",", ""))

    assert first.group_key == echo.group_key
    compared(first, echo)
    assert first.group_key == echo.group_key


def test_only_open_groups_of_the_last_hours_are_joined(fact_checker, settings):
    settings.FACTCHECK_LEAD_GROUP_HOURS = 6
    (old,) = compared(lead_in("Courier", SAID))
    Lead.objects.filter(pk=old.pk).update(created_at=old.created_at.replace(year=2020))
    (dismissed,) = compared(lead_in("Herald", SAID + " Really."))
    lead_services.lead_dismiss(dismissed, actor=fact_checker)

    (new,) = compared(lead_in("Gazette", REWORDED))

    assert new.group_key not in {old.group_key, dismissed.group_key}


def test_the_recent_leads_each_worker_keeps_in_memory_follow_new_and_decided_leads(
    fact_checker, django_assert_num_queries
):
    """This worker compares every article here, but the leads it remembers change elsewhere too."""
    said, reworded = compared(lead_in("Courier", SAID), lead_in("Gazette", REWORDED))
    assert reworded.group_key == said.group_key  # the lead compared just before is seen

    lead_services.lead_dismiss(said, actor=fact_checker)  # dismisses the group: both leads
    (again,) = compared(lead_in("Herald", f"{SAID} Again."))
    harbour, archived_echo = compared(lead_in("Post", UNRELATED), lead_in("Tribune", f"{UNRELATED} Indeed."))
    assert again.group_key != said.group_key
    assert archived_echo.group_key == harbour.group_key

    Lead.objects.filter(pk=harbour.pk).update(archived_at=harbour.created_at)
    Lead.objects.filter(pk=archived_echo.pk).update(state=Lead.State.PROMOTED)
    (late_echo,) = compared(lead_in("Standard", f"{UNRELATED} Again."))
    assert late_echo.group_key != harbour.group_key

    recent = grouping.recent_leads()
    recent.refresh(said.created_at, excluded=[])
    assert recent.pks == [late_echo.pk, again.pk]  # the open ones, newest first
    # Nothing new since: which leads they are is all grouping asks the database.
    with django_assert_num_queries(1):
        recent.refresh(said.created_at, excluded=[])


def test_a_lead_compared_anew_is_read_anew_by_the_workers_memory():
    """As when comparisons are undone and run again, or a rolled-back test's id is used again."""
    (said,) = compared(lead_in("Courier", SAID))
    recent = grouping.recent_leads()
    recent.refresh(said.created_at, excluded=[])

    Lead.objects.filter(pk=said.pk).update(text=UNRELATED, group_key="another", compared_at=timezone.now())
    recent.refresh(said.created_at, excluded=[])

    assert (recent.rows[said.pk].text, recent.rows[said.pk].group_key) == (UNRELATED, "another")


def unit_vector(cosine_with_first_axis: float, other_axis: int) -> np.ndarray:
    vector = np.zeros(embedding.DIMENSIONS, dtype=np.float32)
    vector[0], vector[other_axis] = cosine_with_first_axis, (1 - cosine_with_first_axis**2) ** 0.5
    return vector


def test_words_are_compared_only_where_the_score_could_reach_the_threshold(monkeypatch):
    """A recent lead close in meaning, but not enough to reach the threshold even with every word
    shared, is not read word by word: a new lead meets thousands of those."""
    barely, close, new = lead_in("Courier", SAID), lead_in("Gazette", f"{SAID} Again."), lead_in("Herald", SAID)
    for lead, vector in ((barely, unit_vector(0.76, 1)), (close, unit_vector(0.9, 2)), (new, unit_vector(1, 3))):
        Lead.objects.filter(pk=lead.pk).update(embedding=embedding.to_bytes(vector))
    Lead.objects.exclude(pk=new.pk).update(compared_at=timezone.now())
    looked_at = []
    closeness = similarity.closeness
    monkeypatch.setattr(similarity, "closeness", lambda *args: looked_at.append(args) or closeness(*args))

    (new,) = compared(new)

    assert new.group_key == close.group_key
    assert len(looked_at) == 1


def test_one_row_per_group_in_the_api_and_the_view_at_a_constant_cost(
    api_as, fact_checker, checker_client, django_assert_num_queries
):
    client = api_as(fact_checker)
    feed = Feed.objects.create(url="https://news.example/rss", language="en")
    best, reworded, alone = compared(lead_in("Courier", SAID), lead_in("Gazette", REWORDED, score=0.8),
                                     lead_in("Herald", UNRELATED, score=0.5))  # fmt: skip
    for lead in (best, reworded, alone):
        feed.items.create(entry_key=str(lead.pk), url=lead.document.url, url_key=str(lead.pk), document=lead.document)
    client.get("/api/v1/leads/")  # the token's first use writes its last-used time

    # token, count, page, feed items with their feeds, the feeds' topics, the leads' topics, appearances
    with django_assert_num_queries(7):
        rows = client.get("/api/v1/leads/").json()["results"]
    assert [row["id"] for row in rows] == [best.pk, alone.pk]
    assert (rows[0]["appearance_count"], rows[0]["outlet_count"]) == (2, 2)
    assert sorted(a["lead"] for a in rows[0]["appearances"]) == [best.pk, reworded.pk]
    assert rows[0]["matched_factcheck"] is None
    detail = client.get(f"/api/v1/leads/{reworded.pk}/").json()
    assert detail["id"] == reworded.pk and detail["appearance_count"] == 2

    # session, user, the form's topics and outlets, leads, feed items, their feeds' topics, the leads'
    # topics, appearances, unread notices, feeds and their topics twice (the filter form's choices and
    # the feeds' table)
    with django_assert_num_queries(14):
        page = checker_client.get(reverse("desk:monitoring")).content.decode()
    assert page.count('class="lead"') == 2
    assert f'id="lead-{best.pk}"' in page and f'id="lead-{reworded.pk}"' not in page
    assert "said in 2 outlets since" in page

    more = [lead_in(f"Outlet{n}", f"Bridge {n} over the river cost {n} million euros to build.") for n in range(4)]
    compared(*more)
    for lead in more:
        feed.items.create(entry_key=str(lead.pk), url=lead.document.url, url_key=str(lead.pk), document=lead.document)
    with django_assert_num_queries(7):
        assert len(client.get("/api/v1/leads/").json()["results"]) == 6
    with django_assert_num_queries(14):
        checker_client.get(reverse("desk:monitoring"))


def test_an_archived_leads_detail_shows_it_as_its_own_appearance(api_as, fact_checker):
    archived = lead_in("Courier", SAID)
    Lead.objects.filter(pk=archived.pk).update(archived_at=archived.created_at)

    response = api_as(fact_checker).get(f"/api/v1/leads/{archived.pk}/")

    assert response.status_code == 200
    assert (response.json()["appearance_count"], [a["lead"] for a in response.json()["appearances"]]) == (
        1,
        [archived.pk],
    )


def test_outsiders_see_no_lead(api_as, outsider, client):
    lead = lead_in("Courier", SAID)

    assert client.get(f"/api/v1/leads/{lead.pk}/").status_code == 401
    assert api_as(outsider).get(f"/api/v1/leads/{lead.pk}/").status_code == 403
    assert api_as(outsider).get("/api/v1/leads/").status_code == 403


def test_promoting_a_lead_makes_one_ticket_for_its_group_and_dismissing_dismisses_the_group(fact_checker, settings):
    settings.FACTCHECK_AUTO_ASSIGN = False
    best, reworded = compared(lead_in("Courier", SAID), lead_in("Gazette", REWORDED, score=0.8))
    other, other_echo = compared(lead_in("Herald", UNRELATED), lead_in("Post", UNRELATED))

    claim = flow.lead_promote(best, actor=fact_checker)
    lead_services.lead_dismiss(other, actor=fact_checker)

    reworded.refresh_from_db()
    assert (reworded.state, reworded.decided_by, reworded.claim) == (Lead.State.PROMOTED, fact_checker, None)
    created = claim.events.get(kind=ClaimEvent.Kind.CREATED)
    assert created.details["also_said_in"] == [reworded.document.url]
    other_echo.refresh_from_db()
    assert (other_echo.state, other_echo.decided_by) == (Lead.State.DISMISSED, fact_checker)
    assert not Lead.objects.filter(state=Lead.State.OPEN).exists()
