"""The bars of the editors' reports (claims in and out per week, verdicts per rating) are drawn
in the desk's palette, stand out from the card and their track (3:1, WCAG 1.4.11), and each
count stays readable as text, for screen readers too, with a sentence on hover."""

import re

import pytest
from django.utils import timezone

from claims.models import Claim
from reviews.models import Verdict
from tests import factories
from tests.web.conftest import BROWSER_TEST_MARKS, screenshot

pytestmark = BROWSER_TEST_MARKS

expect = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)").expect

# A colour as the browser computes it, e.g. "rgb(11, 92, 173)"; a custom property is resolved
# through a probe element (CSSOM, which the CSP allows).
RESOLVE = """(value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
}"""
BAR_COLOURS = """(bar) => ({
    fill: getComputedStyle(bar.querySelector('.bar-fill')).fill,
    track: getComputedStyle(bar.querySelector('.bar-track')).fill,
    card: getComputedStyle(bar.closest('.card')).backgroundColor,
    fillWidth: bar.querySelector('.bar-fill').getBoundingClientRect().width,
    trackWidth: bar.querySelector('.bar-track').getBoundingClientRect().width,
})"""
BLACK = "rgb(0, 0, 0)"  # what an SVG shape is filled with when no style reaches it


def contrast(first: str, second: str) -> float:
    def luminance(colour: str) -> float:
        channels = [int(part) / 255 for part in re.findall(r"\d+", colour)[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def editors_dashboard(open_session):
    factories.editor(username="edith")
    open_claim, closed_claim = factories.ClaimFactory(), factories.ClaimFactory()
    Claim.objects.filter(pk=closed_claim.pk).update(closed_at=timezone.now())
    factories.VerdictFactory(claim=open_claim, state=Verdict.State.APPROVED, rating="false")
    page = open_session("edith")
    expect(page.get_by_role("heading", name="Claims in and out per week")).to_be_visible()
    return page


@pytest.mark.parametrize(
    ("kind", "palette", "count", "maximum"),
    [("in", "--flow-in", 2, 2), ("out", "--flow-out", 1, 2), ("rating", "--bar-rating", 1, 1)],
)
def test_the_report_bars_use_the_palette_with_enough_contrast(editors_dashboard, kind, palette, count, maximum):
    page = editors_dashboard
    # This week's row for the flow, the rating "False" for the ratings.
    bar = page.locator(f".report-bar-{kind}").filter(has=page.locator(".bar-fill:not([width='0'])")).first
    colours = bar.evaluate(BAR_COLOURS)
    screenshot(page, f"report-bars-{kind}")

    assert colours["fill"] != BLACK
    assert colours["fill"] == page.evaluate(RESOLVE, f"var({palette})")
    assert contrast(colours["fill"], colours["card"]) >= 3
    assert contrast(colours["fill"], colours["track"]) >= 3
    assert colours["fillWidth"] == pytest.approx(colours["trackWidth"] * count / maximum, abs=1)


def test_each_flow_bar_keeps_its_count_as_text_and_says_it_on_hover(editors_dashboard):
    page = editors_dashboard
    flow = page.get_by_role("table").filter(has=page.get_by_role("columnheader", name="Created"))
    this_week = flow.get_by_role("row").last

    # The count is the cell's text beside the bar: what a person reads, and the cell's whole
    # accessible name, so a screen reader says "2" and nothing of the drawing.
    assert [text.strip() for text in this_week.get_by_role("cell").all_inner_texts()] == ["2", "1"]
    expect(this_week.get_by_role("cell", name="2", exact=True)).to_have_count(1)
    expect(this_week.get_by_role("cell", name="1", exact=True)).to_have_count(1)
    week_of = this_week.get_by_role("rowheader").inner_text()
    expect(this_week.locator("svg title")).to_have_text(
        [f"2 claims created in the week of {week_of}", f"1 claim closed in the week of {week_of}"]
    )


def test_the_dashboard_with_its_bars_has_no_horizontal_scrollbar_on_a_phone(editors_dashboard):
    page = editors_dashboard
    page.set_viewport_size({"width": 390, "height": 800})
    screenshot(page, "report-bars-390")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.locator(".report-bar").first.bounding_box()["width"] >= 30
