"""The header keeps to one line on a 1280 px laptop and never overflows a narrower window.

Each persona sees other links (editors and admins have Approvals) and French labels are
longer, so every check runs for each persona in English and in French, with a two-digit
unread count in the header: the widest it gets.
"""

import pytest

from notifications.models import Notification
from tests import factories
from tests.web.conftest import BROWSER_TEST_MARKS, screenshot

pytestmark = BROWSER_TEST_MARKS

expect = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)").expect

PERSONAS = {
    "fact-checker": lambda: factories.fact_checker(username="fiona"),
    "editor": lambda: factories.editor(username="edith"),
    "admin": lambda: factories.UserFactory(username="ada", is_superuser=True, is_staff=True),
}
LANGUAGES = ["en", "fr"]

# What a person sees and uses in the header: the brand, the links, the menus and the controls
# (those inside a closed menu are not shown and are left out).
HEADER_ITEMS = """() => [...document.querySelectorAll('.site-header :is(a, button, summary, select)')]
    .filter((element) => element.checkVisibility())
    .map((element) => {
        const box = element.getBoundingClientRect();
        const name = (element.textContent || '').trim().replace(/\\s+/g, ' ');
        return {name, top: box.top, bottom: box.bottom, left: box.left, right: box.right};
    })"""
PAGE_WIDTH = "() => ({scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth})"


@pytest.fixture
def signed_in_page(open_session):
    def sign_in(persona: str, language: str):
        user = PERSONAS[persona]()
        Notification.objects.bulk_create(
            Notification(recipient=user, kind=Notification.Kind.ASSIGNED, text="Look", dedupe_key=f"k{index}")
            for index in range(12)
        )
        page = open_session(user.username)
        page.get_by_label("Interface language").select_option(language)
        page.get_by_role("button", name="Switch").click()
        page.wait_for_selector(f"html[lang={language}]")
        assert page.locator("#notifications-link .unread-count").inner_text() in ("12 unread", "12 non lues")
        return page

    return sign_in


def overlapping(items):
    """Pairs of items whose boxes share some area."""
    return [
        (first["name"], second["name"])
        for index, first in enumerate(items)
        for second in items[index + 1 :]
        if min(first["right"], second["right"]) - max(first["left"], second["left"]) > 0.5
        and min(first["bottom"], second["bottom"]) - max(first["top"], second["top"]) > 0.5
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_the_header_fits_one_line_at_1280px(signed_in_page, persona, language):
    page = signed_in_page(persona, language)
    page.set_viewport_size({"width": 1280, "height": 800})
    items = page.evaluate(HEADER_ITEMS)
    screenshot(page, f"header-1280-{persona}-{language}")

    assert len(items) >= 6  # the brand, the links, the notifications, the account menu
    # Items of different heights are centred on the line: on one line, every box spans
    # the line's middle, so the lowest top is above the highest bottom.
    lowest_top = max(items, key=lambda item: item["top"])
    highest_bottom = min(items, key=lambda item: item["bottom"])
    assert lowest_top["top"] < highest_bottom["bottom"], f"{lowest_top['name']!r} is below {highest_bottom['name']!r}"
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 2 * max(item["bottom"] - item["top"] for item in items)
    assert not overlapping(items)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_the_header_wraps_without_overlap_or_overflow_below_1280px(signed_in_page, persona, language):
    page = signed_in_page(persona, language)
    for width in (1024, 768, 390):
        page.set_viewport_size({"width": width, "height": 800})
        items = page.evaluate(HEADER_ITEMS)
        screenshot(page, f"header-{width}-{persona}-{language}")

        assert page.evaluate(PAGE_WIDTH)["scrollWidth"] <= width, f"a horizontal scrollbar at {width} px"
        outside = [item["name"] for item in items if item["left"] < 0 or item["right"] > width]
        assert not outside, f"outside the window at {width} px"
        assert not overlapping(items), f"overlapping at {width} px"


@pytest.mark.parametrize("width", [1280, 390])
def test_the_account_menu_opens_inside_the_window_and_signs_out(signed_in_page, width):
    page = signed_in_page("editor", "fr")
    page.set_viewport_size({"width": width, "height": 800})
    menu = page.locator(".account-menu")
    expect(menu.get_by_role("button", name="Se déconnecter")).to_be_hidden()

    menu.locator("summary").click()
    expect(menu).to_contain_text("Éditeur")
    panel = menu.locator(".account-panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= width
    screenshot(page, f"account-menu-{width}")
    menu.get_by_role("button", name="Se déconnecter").click()
    expect(page.get_by_role("heading", name="Se connecter")).to_be_visible()
