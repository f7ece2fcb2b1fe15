"""End-to-end scenarios in real Chromium (Debian's package) driven by Playwright.

Screenshots land in test-artifacts/ for people to look at the pages.
"""

import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.utils import timezone

from claims.models import Claim
from publishing import services as publishing_services
from publishing.models import ClaimMatch
from reviews import services as review_services
from reviews.models import ArchivedPage, Verdict
from sources.models import Source
from tests import factories
from tests.web.conftest import CHROMIUM, screenshot

SAMPLE = settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"

pytestmark = [
    pytest.mark.browser,
    # The live server needs committed data; the roles come from a data migration,
    # so the database is restored after each test for the tests that follow.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium"),
]

sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
expect = sync_api.expect


@pytest.fixture
def desk(db):
    checker = factories.fact_checker(username="fiona")
    editor = factories.editor(username="edith")
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="Agence France-Presse", domains=["afp.com"])
    document = factories.DocumentFactory(
        title="Budget story",
        text="The minister spoke on Monday. Unemployment fell to 7 percent in 2024, the minister said. More later.",
    )
    start = document.text.index("Unemployment")
    end = document.text.index(", the minister")
    claim = factories.ClaimFactory(
        document=document, text=document.text[start:end], start=start, end=end, speaker="The minister"
    )
    return {"checker": checker, "editor": editor, "claim": claim}


def test_a_claim_goes_from_the_queue_to_an_approved_verdict(open_session, desk, live_server):
    claim = desk["claim"]
    page = open_session("fiona")
    expect(page.get_by_role("heading", name="My queue")).to_be_visible()
    page.get_by_role("link", name="Unassigned").click()
    screenshot(page, "queue")
    page.get_by_role("button", name="Take next").click()
    expect(page.locator("mark#claim-in-article")).to_have_text(claim.text)

    # First evidence: its source is picked with the htmx search.
    page.get_by_label("URL", exact=True).fill("https://www.reuters.com/world/unemployment-2024")
    page.get_by_label("Supports").check()
    page.get_by_label("Search sources by name or domain").fill("reut")
    page.get_by_role("radio", name="Reuters").check()
    page.get_by_role("button", name="Add evidence").click()
    expect(page.locator(".evidence-list > li")).to_have_count(1)

    # Second evidence: its source is found from the URL's domain.
    page.get_by_label("URL", exact=True).fill("https://www.afp.com/en/news/unemployment")
    page.get_by_label("Supports").check()
    page.get_by_role("button", name="Add evidence").click()
    expect(page.locator(".evidence-list > li")).to_have_count(2)
    expect(page.locator(".evidence-list")).to_contain_text("Agence France-Presse")
    expect(page.get_by_text("Counts toward corroboration")).to_have_count(2)

    page.get_by_role("button", name="Mark as Sourced").click()
    expect(page.locator(".workspace-head .badge.status-sourced")).to_be_visible()
    page.get_by_role("button", name="Mark as Corroborated").click()
    expect(page.locator(".workspace-head .badge.status-corroborated")).to_be_visible()

    page.get_by_label("Rating").select_option("true")
    page.get_by_label("Summary").fill("Two agencies report the same figure.")
    page.get_by_role("button", name="Save draft").click()
    expect(page.locator(".badge.verdict-draft")).to_be_visible()
    page.get_by_role("button", name="Save and submit for approval").click()
    expect(page.get_by_text("Awaiting an editor's decision.")).to_be_visible()
    screenshot(page, "workspace")

    editor_page = open_session("edith")
    expect(editor_page.get_by_role("heading", name="Dashboard")).to_be_visible()
    screenshot(editor_page, "dashboard")
    editor_page.get_by_role("link", name="Approvals").click()
    expect(editor_page.get_by_text("Two agencies report the same figure.")).to_be_visible()
    screenshot(editor_page, "approvals")
    editor_page.get_by_role("button", name="Approve").click()
    # Scoped to the approval: the live region (#announcer) repeats the words for screen readers.
    expect(editor_page.locator(".approval").get_by_text("Approved.")).to_be_visible()
    assert Verdict.objects.get(claim=claim).state == Verdict.State.APPROVED

    editor_page.get_by_role("link", name="Open the claim").click()
    timeline = editor_page.locator(".timeline")
    for step in [
        "Assigned: fiona",
        "Evidence added: Reuters",
        "Evidence added: Agence France-Presse",
        "Status changed: Unverified → Sourced",
        "Status changed: Sourced → Corroborated",
        "Verdict drafted: True",
        "Verdict submitted",
        "Verdict approved",
    ]:
        expect(timeline).to_contain_text(step)


def test_the_second_of_two_people_moving_a_claim_sees_the_conflict(open_session, desk):
    claim = desk["claim"]
    Claim.objects.filter(pk=claim.pk).update(assignee=desk["checker"])
    factories.EvidenceFactory(claim=claim)
    factories.EvidenceFactory(claim=claim)
    workspace = f"/claims/{claim.pk}/"

    first = open_session("fiona")
    second = open_session("edith")
    first.goto(first.url.split("/queue")[0] + workspace)
    second.goto(second.url.split("/dashboard")[0] + workspace)

    first.get_by_role("button", name="Mark as Sourced").click()
    expect(first.locator(".workspace-head .badge.status-sourced")).to_be_visible()

    second.get_by_role("button", name="Mark as Sourced").click()
    expect(second.get_by_role("alert")).to_contain_text("Someone else changed this claim: it is now Sourced")
    expect(second.locator(".workspace-head .badge.status-sourced")).to_be_visible()


def test_the_french_interface(open_session, desk):
    claim = desk["claim"]
    Claim.objects.filter(pk=claim.pk).update(assignee=desk["checker"])
    page = open_session("fiona")
    page.get_by_label("Interface language").select_option("fr")
    page.get_by_role("button", name="Switch").click()
    expect(page.get_by_role("heading", name="Ma file")).to_be_visible()
    expect(page.get_by_role("button", name="Prendre la suivante")).to_be_visible()
    expect(page.locator("table.queue")).to_contain_text("Non vérifiée")
    page.get_by_role("link", name=claim.text).click()
    expect(page.get_by_role("heading", name="Ajouter une preuve")).to_be_visible()
    expect(page.get_by_text("il faut au moins une preuve liée à une source")).to_be_visible()
    expect(page.get_by_role("heading", name="Historique")).to_be_visible()
    screenshot(page, "workspace-fr")


def test_pasting_the_sample_article_shows_its_claims(open_session, desk):
    page = open_session("fiona")
    page.get_by_role("link", name="Intake").click()
    page.get_by_label("Paste the article's text").fill(SAMPLE.read_text(encoding="utf-8"))
    screenshot(page, "intake")
    page.get_by_role("button", name="Submit").click()
    # The first article a test process extracts loads the language models within the request: on a
    # busy machine (two test workers on two cores) that alone can outlast the 5 s default.
    expect(page.get_by_role("heading", name=re.compile(r"\d+ claims"))).to_be_visible(timeout=30_000)
    expect(page.locator(".claim-list")).to_contain_text("Peskov")
    screenshot(page, "intake-document")


def submitted_verdict(claim, checker, *, summary="Two agencies report a different figure."):
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=checker)
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(claim, actor=checker, rating="false", summary=summary)
    return review_services.verdict_submit(verdict, actor=checker)


def test_an_editor_approves_a_verdict_and_opens_the_public_fact_check(open_session, desk):
    claim = desk["claim"]
    submitted_verdict(claim, desk["checker"])
    page = open_session("edith")
    page.get_by_role("link", name="Approvals").click()
    page.get_by_role("button", name="Approve").click()
    expect(page.locator(".approval").get_by_text("Approved.")).to_be_visible()
    page.get_by_role("link", name="Open the claim").click()
    expect(page.locator(".timeline")).to_contain_text("Published")
    page.get_by_role("link", name="Open the public fact-check").click()

    expect(page.get_by_role("heading", level=1)).to_have_text(claim.text)
    expect(page.locator(".verdict .rating")).to_have_text("False")
    expect(page.locator('script[type="application/ld+json"]')).to_have_count(1)
    assert '"ClaimReview"' in page.locator('script[type="application/ld+json"]').text_content()
    expect(page.locator(".site-header")).to_have_count(0)
    screenshot(page, "public-factcheck")
    page.get_by_role("link", name="All fact-checks").click()
    expect(page.locator(".factcheck-list")).to_contain_text(claim.text)
    screenshot(page, "public-list")


def test_the_header_shows_an_unread_notification_after_an_assignment(open_session, desk):
    claim = desk["claim"]
    checker_page = open_session("fiona")
    expect(checker_page.locator("#notifications-link .unread-count")).to_have_count(0)

    editor_page = open_session("edith")
    editor_page.goto(f"{editor_page.url.split('/dashboard')[0]}/claims/{claim.pk}/")
    # The menu names each person with their open claims and languages.
    editor_page.get_by_label("Assign to").select_option(label="fiona — 0 open · any language")
    editor_page.get_by_role("button", name="Assign", exact=True).click()
    expect(editor_page.locator("#assignment-title + p")).to_contain_text("fiona")

    checker_page.reload()
    expect(checker_page.locator("#notifications-link .unread-count")).to_have_text("1 unread")
    checker_page.locator("#notifications-link").click()
    expect(checker_page.locator(".notification.unread")).to_contain_text("Claim assigned")
    screenshot(checker_page, "inbox")
    checker_page.get_by_role("button", name="Mark all read").click()
    expect(checker_page.locator("#notifications-link .unread-count")).to_have_count(0)


def test_a_workspace_with_archived_evidence_and_a_match(open_session, desk):
    claim, checker = desk["claim"], desk["checker"]
    Claim.objects.filter(pk=claim.pk).update(assignee=checker, due_at=timezone.now() - timedelta(hours=5))
    reuters = Source.objects.get(name="Reuters")
    archived = factories.EvidenceFactory(
        claim=claim, url="https://www.reuters.com/world/unemployment-2024", source=reuters, excerpt="7.3 percent."
    )
    ArchivedPage.objects.create(
        evidence=archived, state=ArchivedPage.State.DONE, title="Unemployment in 2024", text="Unemployment was 7.3%.",
        status=200, content_type="text/html", final_url=archived.url, fetched_at=timezone.now(), sha256="ab" * 32,
    )  # fmt: skip
    failed = factories.EvidenceFactory(claim=claim, url="https://blog.example/unemployment", source=None)
    ArchivedPage.objects.create(evidence=failed, state=ArchivedPage.State.FAILED, error="timed out after 20 s")
    earlier = factories.ClaimFactory(text="Unemployment fell to 7 percent in 2024, said the minister on TV")
    submitted_verdict(earlier, checker, summary="It was 7.3%.")
    publishing_services.verdict_approve(Verdict.objects.get(claim=earlier), actor=desk["editor"])
    ClaimMatch.objects.create(claim=claim, matched_claim=earlier, score=0.83)

    page = open_session("fiona")
    expect(page.locator("table.queue tr.overdue-row")).to_have_count(1)
    screenshot(page, "queue-mine")
    page.get_by_role("link", name=claim.text).click()
    expect(page.locator(".match")).to_contain_text("Checked before: False")
    expect(page.locator(".evidence-list")).to_contain_text("Archiving failed")
    # Only the chosen kind's fields show, without any script of ours.
    expect(page.get_by_label("URL", exact=True)).to_be_visible()
    expect(page.locator("input[type=file]")).to_be_hidden()
    page.get_by_role("radio", name="File").check()
    expect(page.get_by_label("URL", exact=True)).to_be_hidden()
    expect(page.locator("input[type=file]")).to_be_visible()
    page.get_by_role("radio", name="Web page").check()
    screenshot(page, "workspace-evidence")

    page.get_by_role("link", name="Read the archived copy").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Unemployment in 2024")
    screenshot(page, "archived-page")

    editor_page = open_session("edith")
    expect(editor_page.get_by_role("heading", name="Reporting")).to_be_visible()
    expect(editor_page.locator("#unmatched-domains")).to_contain_text("blog.example")
    screenshot(editor_page, "dashboard-reports")
    editor_page.locator("#unmatched-domains").get_by_role("button", name="Register as a source").click()
    expect(editor_page.get_by_text("Registered blog.example; 1 evidence items linked.")).to_be_visible()
