"""Fact-checkers work from phones and small laptops: no desk page scrolls sideways at 390 px
(a phone) or 768 px (a tablet, a small laptop window), for a fact-checker or an editor, in
English or in French (whose labels are longer). A wide table scrolls inside its own wrapper,
which a keyboard reaches and a screen reader names. The header's account menu closes on
Escape, giving the focus back to its button, and on a click outside it."""

import pytest
from django.urls import reverse

from claims.models import Candidate, Claim
from notifications.models import Notification
from publishing import services as publishing_services
from publishing.models import ClaimMatch
from reviews import services as review_services
from tests import factories
from tests.web.conftest import BROWSER_TEST_MARKS, screenshot

pytestmark = BROWSER_TEST_MARKS

expect = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)").expect

WIDTHS = (390, 768)
LANGUAGES = ("en", "fr")

# What overflows the window: the page's own width, and each visible element or run of text
# (a long URL overflows its box) that reaches past either edge, unless a box around it clips
# it or scrolls it sideways (a table's wrapper). Scrolling wrappers that do scroll are listed
# with what a keyboard and a screen reader need.
OVERFLOW = """() => {
    const width = window.innerWidth;
    const contained = (box) => {
        for (let parent = box; parent && parent !== document.body; parent = parent.parentElement) {
            if (getComputedStyle(parent).overflowX !== 'visible') return true;
        }
        return false;
    };
    const describe = (element) => {
        const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
            + [...element.classList].map((name) => '.' + name).join('');
        return name + ' "' + (element.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
    };
    // [what, the element it belongs to, the first box that may clip it, its bounds]
    const items = [...document.body.querySelectorAll('*')].map(
        (element) => [describe(element), element, element.parentElement, element.getBoundingClientRect()]
    );
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (!text.textContent.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(text);
        const owner = text.parentElement;
        items.push(['text of ' + describe(owner), owner, owner, range.getBoundingClientRect()]);
    }
    const outside = items
        .filter(([what, element, clip, box]) => box.width > 0 && (box.left < -0.5 || box.right > width + 0.5))
        .filter(([what, element]) => !element.matches('.skip-link:not(:focus), .visually-hidden, .visually-hidden *'))
        .filter(([what, element]) => element.checkVisibility())
        .filter(([what, element, clip]) => !contained(clip))
        .map(([what, element, clip, box]) => what + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right));
    const scrollers = [...document.body.querySelectorAll('*')]
        .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX))
        .filter((element) => element.checkVisibility() && element.scrollWidth > element.clientWidth + 1)
        .filter((element) => element.tagName !== 'TEXTAREA')
        .map((element) => ({
            element: describe(element),
            focusable: element.tabIndex >= 0,
            role: element.getAttribute('role'),
            named: Boolean(element.getAttribute('aria-label') || element.getAttribute('aria-labelledby')),
        }));
    return {scrollWidth: document.documentElement.scrollWidth, outside, scrollers};
}"""

UNFOLD = "() => document.querySelectorAll('main details').forEach((details) => { details.open = true; })"

LONG_URL = "https://www.statistics-office.example.org/publications/2024/labour-market-quarterly-bulletin-q3-final.pdf"
ARTICLE = (
    "The minister told parliament on Tuesday that unemployment fell to 7 percent in 2024, the lowest "
    "rate in a decade. She added that public debt fell to 90 percent of GDP. Critics disputed both figures. "
) * 4


def build_the_desk(fiona, edith):
    """Every page filled in: queues, a claim with evidence, a verdict awaiting approval and a
    match suggestion, a document with claims and candidates, sources, unmatched domains,
    notifications and a published fact-check."""
    document = factories.DocumentFactory(
        title="Minister's statement to parliament on the labour market and public finances", text=ARTICLE
    )
    sentence = "unemployment fell to 7 percent in 2024"
    start = ARTICLE.index(sentence)
    claim = factories.ClaimFactory(
        document=document, text=sentence, start=start, end=start + len(sentence), speaker="The labour minister"
    )
    debt = "public debt fell to 90 percent of GDP"
    start = ARTICLE.index(debt)
    Candidate.objects.create(document=document, text=debt, start=start, end=start + len(debt), score=0.42)
    # An article sent by its URL, without a title, goes by its URL: one long word.
    by_url = factories.DocumentFactory(title="", url=f"{LONG_URL}?utm_source=newsletter&utm_medium=email")
    for index in range(3):
        factories.ClaimFactory(
            text=f"Claim {index}: the number of hospital beds per inhabitant rose by a third over the last decade.",
            speaker="A regional health authority spokesperson",
            document=factories.DocumentFactory() if index else by_url,
        )

    earlier = factories.ClaimFactory(text="Unemployment fell to 7 percent in 2024, said the minister on television")
    factories.EvidenceFactory(claim=earlier, url=f"{LONG_URL}#page=12", public=True)
    Claim.objects.filter(pk=earlier.pk).update(status=Claim.Status.CORROBORATED, assignee=fiona)
    earlier.refresh_from_db()
    verdict = review_services.verdict_save_draft(earlier, actor=fiona, rating="false", summary="Wrong figure.")
    verdict = review_services.verdict_submit(verdict, actor=fiona)
    publication = publishing_services.verdict_approve(verdict, actor=edith).publication

    source = factories.SourceFactory(
        name="National Statistics Office (labour market division)", domains=["statistics-office.example.org"]
    )
    factories.EvidenceFactory(claim=claim, url=LONG_URL, source=source, excerpt="Unemployment stood at 7.9 percent.")
    factories.EvidenceFactory(
        claim=claim, url="https://unlisted-regional-newspaper.example.net/2024/10/jobs-figures-questioned", source=None
    )
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=fiona)
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(
        claim, actor=fiona, rating="false", summary="The office's own bulletin puts it at 7.9 percent."
    )
    review_services.verdict_submit(verdict, actor=fiona)
    ClaimMatch.objects.create(claim=claim, matched_claim=earlier, score=0.81)

    for index in range(2):
        factories.SourceFactory(
            name=f"Regional broadcaster {index} news desk", domains=[f"regional-broadcaster-{index}.example.com"]
        )
    for user in (fiona, edith):
        Notification.objects.create(
            recipient=user,
            kind=Notification.Kind.ASSIGNED,
            claim=claim,
            text=f"“{sentence}” is yours; it is due on Friday.",
            dedupe_key=f"small-screens:{user.pk}",
        )
    return {
        "my queue": reverse("desk:queue_mine"),
        "unassigned": reverse("desk:queue_unassigned"),
        "approvals": reverse("desk:approvals"),
        "sources": reverse("desk:sources"),
        "unmatched domains": reverse("desk:unmatched_domains"),
        "intake": reverse("desk:intake"),
        "document": reverse("desk:document", args=[document.pk]),
        "document sent by its URL": reverse("desk:document", args=[by_url.pk]),
        "its claim": reverse("desk:claim", args=[by_url.claims.get().pk]),
        "claim workspace": reverse("desk:claim", args=[claim.pk]),
        "dashboard": reverse("desk:dashboard"),
        "notifications": reverse("notifications:inbox"),
        "public fact-check": publication.get_absolute_url(),
        "public list": reverse("publishing:list"),
    }


# Approvals and the unmatched domains are an editor's pages.
EDITORS_ONLY = {"approvals", "unmatched domains"}


@pytest.fixture
def signed_in_page(open_session):
    def sign_in(username: str, language: str):
        page = open_session(username)
        page.get_by_label("Interface language").select_option(language)
        page.get_by_role("button", name="Switch").click()
        page.wait_for_selector(f"html[lang={language}]")
        return page

    return sign_in


def test_no_desk_page_scrolls_sideways_on_a_phone_or_a_tablet(signed_in_page, live_server):
    fiona, edith = factories.fact_checker(username="fiona"), factories.editor(username="edith")
    pages = build_the_desk(fiona, edith)
    problems = []
    for user in (fiona, edith):
        for language in LANGUAGES:
            page = signed_in_page(user.username, language)
            for name, path in pages.items():
                if name in EDITORS_ONLY and user is fiona:
                    continue
                response = page.goto(f"{live_server.url}{path}")
                assert response.ok, f"{name} answers {response.status}"
                # What a person can unfold counts too: the chart's table, a publication's forms.
                page.evaluate(UNFOLD)
                for width in WIDTHS:
                    page.set_viewport_size({"width": width, "height": 800})
                    found = page.evaluate(OVERFLOW)
                    where = f"{name} ({user.username}, {language}, {width} px)"
                    if found["scrollWidth"] > width:
                        problems.append(f"{where}: the page is {found['scrollWidth']} px wide")
                        screenshot(page, f"small-screens-{name.replace(' ', '-')}-{user.username}-{language}-{width}")
                    problems += [f"{where}: {element}" for element in found["outside"]]
                    problems += [
                        f"{where}: {scroller['element']} scrolls sideways but a keyboard cannot reach it "
                        "or a screen reader cannot name it"
                        for scroller in found["scrollers"]
                        if not (scroller["focusable"] and scroller["named"] and scroller["role"] == "region")
                    ]
            page.context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def open_account_menu(signed_in_page):
    factories.editor(username="edith")
    page = signed_in_page("edith", "en")
    page.set_viewport_size({"width": 390, "height": 800})
    menu = page.locator(".account-menu")
    summary = menu.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()
    return page, menu, summary


def test_the_account_menu_closes_on_escape_and_gives_the_focus_back_to_its_button(open_account_menu):
    page, menu, summary = open_account_menu
    # From inside the menu, too: Tab reaches its Sign out button first.
    page.keyboard.press("Tab")
    expect(menu.get_by_role("button", name="Sign out")).to_be_focused()
    page.keyboard.press("Escape")

    expect(menu.get_by_role("button", name="Sign out")).to_be_hidden()
    expect(menu).not_to_have_attribute("open", "")
    expect(summary).to_be_focused()
    # And the keyboard opens it again as before.
    page.keyboard.press("Enter")
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()


def test_the_account_menu_closes_on_a_click_outside_it_but_not_inside(open_account_menu):
    page, menu, summary = open_account_menu
    menu.locator(".who").click()
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()

    page.get_by_role("heading", level=1).click()
    expect(menu.get_by_role("button", name="Sign out")).to_be_hidden()
    # Escape with the menu closed changes nothing, and the button still toggles it.
    page.keyboard.press("Escape")
    expect(summary).not_to_be_focused()
    summary.click()
    expect(menu.get_by_role("button", name="Sign out")).to_be_visible()
    summary.click()
    expect(menu.get_by_role("button", name="Sign out")).to_be_hidden()


def test_the_account_menu_closes_when_the_keyboard_moves_on_past_it(open_account_menu):
    page, menu, summary = open_account_menu
    page.keyboard.press("Tab")
    expect(menu.get_by_role("button", name="Sign out")).to_be_focused()

    page.keyboard.press("Tab")
    expect(menu.get_by_role("button", name="Sign out")).to_be_hidden()
    page.keyboard.press("Shift+Tab")
    expect(summary).to_be_focused()
