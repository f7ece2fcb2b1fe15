"""Issue #17 in real Chromium: a fact-checker's loop by mouse (clicks counted) and by keyboard alone,
list navigation and shortcuts, and axe-core on every desk and public page, in English and French,
on a desktop and a 390 px phone."""

import pytest
from django.conf import settings
from django.urls import reverse

from claims.models import Claim
from monitoring.models import Digest, DigestEntry, Feed, Lead, Topic
from publishing import services as publishing_services
from publishing.models import ExternalFactCheck
from reviews import services as review_services
from reviews.models import ChecklistItem, ChecklistTick, Verdict
from tests import factories
from tests.web.axe import AXE, axe_violations
from tests.web.conftest import BROWSER_TEST_MARKS, DESKTOP, PHONE, screenshot

pytestmark = BROWSER_TEST_MARKS
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
expect = sync_api.expect

SAMPLE = settings.BASE_DIR / "samples" / "peskov-renseignements-fr.txt"


@pytest.fixture
def desk(db):
    checker = factories.fact_checker(username="fiona")
    editor = factories.editor(username="edith")
    factories.SourceFactory(name="Reuters", domains=["reuters.com"])
    factories.SourceFactory(name="Agence France-Presse", domains=["afp.com"])
    text = SAMPLE.read_text()
    document = factories.DocumentFactory(title="Peskov", text=text, language="fr")
    # The claim sits near the end of a long article: the box must scroll to it.
    start = text.rindex(".", 0, len(text) - 200) + 2
    end = text.index(".", start + 20) + 1
    claim = factories.ClaimFactory(
        document=document, text=text[start:end], start=start, end=end, language="fr", score=0.9
    )
    return {"checker": checker, "editor": editor, "claim": claim, "document": document}


class Counted:
    """Clicks (and picks in a list) made by the person, and the pages their browser loaded."""

    def __init__(self, page):
        self.page, self.clicks, self.loads = page, 0, 0
        page.on("load", self._loaded)

    def _loaded(self, _page):
        self.loads += 1

    def click(self, locator):
        self.clicks += 1
        locator.click()

    def pick(self, locator, value):
        self.clicks += 1
        locator.select_option(value)


def add_evidence_by_mouse(page, counted, url):
    page.locator("input[name=url]").fill(url)
    counted.click(page.locator("input[name=stance][value=supports]"))
    counted.click(page.locator(".evidence-form button[type=submit]"))


@pytest.mark.parametrize("language,viewport", [("en", DESKTOP), ("fr", DESKTOP), ("en", PHONE), ("fr", PHONE)], ids=str)
def test_the_fact_checkers_loop_takes_at_most_twelve_clicks_and_one_page_load(session, desk, language, viewport):
    page = session("fiona", language=language, viewport=viewport)
    page.goto(page.url.split("/queue")[0] + reverse("desk:queue_unassigned"))
    counted = Counted(page)

    counted.click(page.locator("button[data-shortcut=take-next]").first)
    expect(page.locator("mark#claim-in-article")).to_have_text(desk["claim"].text)
    add_evidence_by_mouse(page, counted, "https://www.reuters.com/world/peskov")
    expect(page.locator(".evidence-list > li")).to_have_count(1)
    add_evidence_by_mouse(page, counted, "https://www.afp.com/fr/peskov")
    expect(page.locator(".evidence-list > li")).to_have_count(2)
    counted.click(page.locator("form:has(input[name=to][value=sourced]) button"))
    expect(page.locator(".workspace-head .badge.status-sourced")).to_be_visible()
    counted.click(page.locator("form:has(input[name=to][value=corroborated]) button"))
    expect(page.locator(".workspace-head .badge.status-corroborated")).to_be_visible()
    counted.pick(page.locator("select[name=rating]"), "true")
    page.locator("textarea[name=summary]").fill("Reuters and AFP report it.")
    counted.click(page.locator("button[name=action][value=submit]"))
    expect(page.locator(".badge.verdict-submitted")).to_be_visible()

    assert Verdict.objects.get(claim=desk["claim"]).state == Verdict.State.SUBMITTED
    assert counted.clicks <= 12, counted.clicks
    assert counted.loads == 1, counted.loads
    screenshot(page, f"loop-{language}-{viewport['width']}")


def focused(page) -> dict:
    return page.evaluate(
        """() => { const el = document.activeElement;
                   return {id: el.id, name: el.getAttribute('name'), value: el.value || '',
                           text: (el.textContent || '').trim(), tag: el.tagName}; }"""
    )


def tab_to(page, matches, *, limit=80):
    """Press Tab until the focused element matches; the keyboard is all a keyboard user has."""
    for _press in range(limit):
        if matches(focused(page)):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached the element; last focus {focused(page)}")


def add_evidence_by_keyboard(page, url):
    page.keyboard.press("e")
    assert focused(page)["name"] == "url"
    page.keyboard.type(url)
    tab_to(page, lambda el: el["name"] == "stance")
    page.keyboard.press("Space")
    tab_to(page, lambda el: el["tag"] == "BUTTON" and el["text"] == "Add evidence")
    page.keyboard.press("Enter")


def test_the_loop_by_keyboard_alone(session, desk):
    factories.ClaimFactory(language="fr", score=0.6, text="Une deuxième affirmation.")
    page = session("fiona")
    page.goto(page.url.split("/queue")[0] + reverse("desk:queue_unassigned"))

    page.keyboard.press("n")
    expect(page.locator("mark#claim-in-article")).to_have_text(desk["claim"].text)
    # The claim is scrolled into view inside its article box, and outlined.
    in_view = page.evaluate(
        """() => { const box = document.querySelector('.article').getBoundingClientRect();
                   const mark = document.getElementById('claim-in-article').getBoundingClientRect();
                   return mark.top >= box.top && mark.bottom <= box.bottom; }"""
    )
    assert in_view
    assert page.locator("mark#claim-in-article").evaluate("el => getComputedStyle(el).outlineStyle") == "solid"

    add_evidence_by_keyboard(page, "https://www.reuters.com/world/peskov")
    expect(page.locator(".evidence-list > li")).to_have_count(1)
    # Focus lands on the panel acted on, and the live region says what happened.
    expect(page.locator("#evidence-title")).to_be_focused()
    expect(page.locator("#announcer")).to_have_text("Evidence added.")
    add_evidence_by_keyboard(page, "https://www.afp.com/fr/peskov")
    expect(page.locator(".evidence-list > li")).to_have_count(2)
    expect(page.locator("#evidence-title")).to_be_focused()

    page.keyboard.press("Shift+Tab")
    tab_to(page, lambda el: el["text"] == "Mark as Sourced")
    page.keyboard.press("Enter")
    expect(page.locator("#announcer")).to_have_text("Status changed to Sourced.")
    expect(page.locator("#status-title")).to_be_focused()
    tab_to(page, lambda el: el["text"] == "Mark as Corroborated")
    page.keyboard.press("Enter")
    expect(page.locator(".workspace-head .badge.status-corroborated")).to_be_visible()

    tab_to(page, lambda el: el["name"] == "rating")
    page.keyboard.press("t")  # the first rating starting with T: "True"
    assert focused(page)["value"] == "true"
    page.keyboard.press("Tab")
    page.keyboard.type("Reuters and AFP report it.")
    tab_to(page, lambda el: el["text"] == "Save and submit for approval")
    page.keyboard.press("Enter")
    expect(page.locator("#announcer")).to_contain_text("Verdict submitted for approval.")
    assert Verdict.objects.get(claim=desk["claim"]).state == Verdict.State.SUBMITTED

    page.keyboard.press("n")
    expect(page.locator("h1.claim-title")).to_have_text("Une deuxième affirmation.")


def test_j_and_k_page_through_the_list_and_question_mark_lists_the_shortcuts(session, desk):
    others = [factories.ClaimFactory(language="fr", text=f"Autre affirmation {n}.") for n in range(2)]
    page = session("fiona")
    base = page.url.split("/queue")[0]
    page.goto(base + reverse("desk:queue_unassigned") + "?language=fr&sort=age")
    page.locator("a.claim-link").first.click()
    expect(page.locator(".workspace-nav .position")).to_have_text("1 of 3")
    page.keyboard.press("j")
    expect(page.locator("h1.claim-title")).to_have_text(others[0].text)
    expect(page.locator(".workspace-nav .position")).to_have_text("2 of 3")
    assert "language=fr" in page.url and "sort=age" in page.url
    page.keyboard.press("k")
    expect(page.locator(".workspace-nav .position")).to_have_text("1 of 3")
    page.keyboard.press("?")
    expect(page.locator("#shortcuts-help")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#shortcuts-help")).to_be_hidden()
    page.keyboard.press("/")
    expect(page.locator("main input[name=q]")).to_be_focused()


def _publish(desk):
    claim = factories.ClaimFactory(language="en", text="Crime doubled in ten years.")
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=desk["checker"])
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(claim, actor=desk["checker"], rating="false", summary="Wrong.")
    verdict = review_services.verdict_submit(verdict, actor=desk["checker"])
    return publishing_services.verdict_approve(verdict, actor=desk["editor"]).publication


@pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: npm ci (make test does it)")
@pytest.mark.parametrize("language,viewport", [("en", DESKTOP), ("fr", DESKTOP), ("en", PHONE), ("fr", PHONE)], ids=str)
def test_axe_finds_nothing_serious_on_any_desk_or_public_page(session, desk, live_server, language, viewport):
    publication = _publish(desk)
    claim = desk["claim"]
    Claim.objects.filter(pk=claim.pk).update(assignee=desk["checker"])
    factories.EvidenceFactory(claim=claim, url="https://unknown.example/a", source=None)
    source = factories.SourceFactory(name="Le Monde", domains=["lemonde.fr"])
    # A claim a merge left unsupported: listed on the dashboard and on its own page.
    unsupported = factories.ClaimFactory(status=Claim.Status.CORROBORATED)
    first, second = (factories.EvidenceFactory(claim=unsupported).source for _ in range(2))
    review_services.source_merge(first, [second], actor=desk["editor"])
    # What monitoring, the desk's search and an imported fact-check's page show.
    feed = Feed.objects.create(url="https://news.example/rss", language="fr", paused_reason="500")
    monitored = factories.DocumentFactory(text="Les impôts ont augmenté de 9 %.", url="https://a.example/1", outlet="A")
    feed.items.create(entry_key="1", url=monitored.url, url_key="1", document=monitored)
    imported = ExternalFactCheck.objects.create(
        url="https://archive.example/fc/1", claim_reviewed=claim.text, normalized_text=claim.text.lower()
    )
    # A lead that repeats the imported fact-check: its match is shown with it.
    Lead.objects.create(
        document=monitored, text=monitored.text, start=0, end=len(monitored.text), score=0.9, group_key="g",
        matched_external=imported, match_score=0.8,
    )  # fmt: skip
    # Topics and the morning digest, under Monitoring.
    topic = Topic.objects.create(name="Impôts", any_fr=["impôt"], any_en=["tax"], exclude_en=["taxi"])
    digest = Digest.objects.create(recipient=desk["checker"], edition="2026-12-04", language=language)
    DigestEntry.objects.create(digest=digest, topic=topic, topic_name=topic.name, lead=Lead.objects.get(), position=1)
    # A claim said in a debate: its timecode and the turns around it.
    debate = factories.transcript_document(
        [
            ("Animatrice", 740_000, "Votre bilan ?"),
            ("Anne Lemoine", 754_000, "Le chômage a baissé de 18 %."),
            ("Paul Girard", 770_000, "C’est faux."),
        ],
        language="fr",
    )
    said = debate.text.index("Le chômage")
    transcript_claim = factories.ClaimFactory(
        document=debate, text="Le chômage a baissé de 18 %.", start=said, end=said + 28, said_at_ms=754_000
    )
    Lead.objects.create(
        document=debate,
        text="Le chômage a baissé de 18 %.",
        start=said,
        end=said + 28,
        score=0.8,
        speaker="Anne Lemoine",
        said_at_ms=754_000,
        group_key="debate",
    )
    pages = {
        "editor": [
            reverse("desk:dashboard"),
            reverse("desk:claims_unsupported"),
            reverse("desk:queue_unassigned"),
            reverse("desk:claim", args=[claim.pk]) + "?list=unassigned",
            reverse("desk:claim", args=[transcript_claim.pk]),
            reverse("desk:approvals"),
            reverse("desk:sources"),
            reverse("desk:source", args=[source.pk]),
            reverse("desk:unmatched_domains"),
            reverse("desk:source_edit", args=[source.pk]),
            reverse("desk:checklist"),
            reverse("desk:monitoring"),
            reverse("desk:topics"),
            reverse("desk:topic_edit", args=[topic.pk]),
            reverse("desk:digests"),
            reverse("desk:search") + "?q=Peskov",
            reverse("desk:imported_factcheck", args=[imported.pk]),
        ],
        "fiona": [
            reverse("desk:queue_mine"),
            reverse("desk:claim", args=[claim.pk]) + "?list=mine",
            reverse("desk:intake"),
            reverse("desk:document", args=[desk["document"].pk]),
            reverse("notifications:inbox"),
            reverse("desk:digest", args=[digest.pk]),
            reverse("desk:queue_watching"),
            reverse("desk:source_proposals"),
            reverse("desk:account_byline"),
            reverse("publishing:list"),
            publication.get_absolute_url(),
        ],
    }
    problems = {}
    for username, urls in pages.items():
        page = session("edith" if username == "editor" else username, language=language, viewport=viewport)
        for url in urls:
            assert page.goto(live_server.url + url).ok, url
            found = axe_violations(page)
            if found:
                problems[url] = found
    assert problems == {}


@pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: npm ci (make test does it)")
def test_the_axe_check_reports_what_it_should(browser):
    """Guards the check above against passing because axe never ran."""
    page = browser.new_page()
    page.set_content(
        '<html lang="en"><title>t</title><main><div style="overflow:auto;height:3em">'
        + "<p>line</p>" * 20
        + '</div><img src="x.png"></main></html>'
    )
    found = " ".join(axe_violations(page))
    assert "image-alt" in found and "scrollable-region-focusable" in found
    page.close()


def test_an_editor_approving_by_keyboard_keeps_the_focus_and_hears_the_result(session, desk):
    claim = desk["claim"]
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=desk["checker"])
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(claim, actor=desk["checker"], rating="true", summary="Agreed.")
    review_services.verdict_submit(verdict, actor=desk["checker"])
    page = session("edith")
    page.goto(page.url.split("/dashboard")[0] + reverse("desk:approvals"))
    tab_to(page, lambda el: el["tag"] == "BUTTON" and el["text"] == "Approve")
    page.keyboard.press("Enter")
    expect(page.locator("#announcer")).to_contain_text("Approved.")
    expect(page.locator(f"#verdict-{verdict.pk}")).to_be_focused()


def test_an_editor_sets_the_priority_and_assigns_in_bulk_from_the_queue(session, desk):
    others = [factories.ClaimFactory(language="fr", text=f"Autre {n}.") for n in range(2)]
    page = session("edith", viewport=PHONE)
    page.goto(page.url.split("/dashboard")[0] + reverse("desk:queue_unassigned"))
    for claim in others:
        page.get_by_label(f"Select claim {claim.pk}").check()
    page.locator("#bulk-form select[name=action]").select_option("assign")
    page.locator("#bulk-form select[name=reviewer]").select_option(label="fiona — 0 open · any language")
    page.locator("#bulk-form button[type=submit]").click()
    expect(page.get_by_text("2 claims changed.")).to_be_visible()
    assert set(Claim.objects.filter(assignee=desk["checker"]).values_list("pk", flat=True)) == {c.pk for c in others}
    page.goto(page.url.split("/queue")[0] + reverse("desk:claim", args=[desk["claim"].pk]))
    page.locator("select[name=priority]").select_option("urgent")
    page.get_by_role("button", name="Set priority").click()
    expect(page.locator(".workspace-head .badge.urgent")).to_be_visible()
    expect(page.locator("#announcer")).to_have_text("Priority set to Urgent.")


def test_an_editor_tags_in_bulk_and_the_assignee_ticks_the_checklist(session, desk):
    others = [factories.ClaimFactory(language="fr", text=f"Autre {n}.") for n in range(2)]
    ChecklistItem.objects.create(text="Contact the speaker")
    editor = session("edith", viewport=PHONE)
    editor.goto(editor.url.split("/dashboard")[0] + reverse("desk:queue_unassigned"))
    for claim in others:
        editor.get_by_label(f"Select claim {claim.pk}").check()
    editor.locator("#bulk-form select[name=action]").select_option("tag")
    editor.locator("#bulk-form input[name=tag]").fill("health")
    editor.locator("#bulk-form button[type=submit]").click()
    expect(editor.get_by_text("2 claims changed.")).to_be_visible()
    for claim in others:
        assert list(claim.tags.values_list("name", flat=True)) == ["health"]

    Claim.objects.filter(pk=desk["claim"].pk).update(assignee=desk["checker"])
    checker = session("fiona")
    checker.goto(checker.url.split("/queue")[0] + reverse("desk:claim", args=[desk["claim"].pk]))
    step = checker.get_by_role("checkbox", name="Contact the speaker")
    expect(step).to_have_attribute("aria-checked", "false")
    step.click()
    expect(checker.get_by_role("checkbox", name="Contact the speaker")).to_have_attribute("aria-checked", "true")
    assert ChecklistTick.objects.filter(claim=desk["claim"], ticked_by=desk["checker"]).exists()
