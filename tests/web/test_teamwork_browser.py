"""Issue #17, points 3 and 5 in real Chromium: a fact-checker comments by keyboard alone and proposes a
source, an editor accepts it and edits the source; axe-core finds nothing serious on these pages."""

import pytest

from sources.models import Source
from tests import factories
from tests.web.axe import axe_violations
from tests.web.conftest import BROWSER_TEST_MARKS

pytestmark = BROWSER_TEST_MARKS
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
expect = sync_api.expect


@pytest.fixture
def desk(db):
    checker = factories.fact_checker(username="fiona")
    editor = factories.editor(username="edith")
    claim = factories.ClaimFactory(assignee=checker)
    factories.EvidenceFactory(claim=claim, url="https://www.bbc.com/news/1", source=None, added_by=checker)
    return {"checker": checker, "editor": editor, "claim": claim}


@pytest.fixture
def sign_in(browser, live_server):
    contexts = []

    def signed_in(username):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
        context.set_default_timeout(10_000)
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{live_server.url}/accounts/login/")
        page.locator("input[name=username]").fill(username)
        page.locator("input[name=password]").fill("pw")
        page.locator("input[name=password]").press("Enter")
        page.wait_for_url(lambda url: "/accounts/login/" not in url)
        return page

    yield signed_in
    for context in contexts:
        context.close()


def test_comment_by_keyboard_propose_accept_and_edit(desk, sign_in, live_server):
    page = sign_in("fiona")
    page.goto(f"{live_server.url}/claims/{desk['claim'].pk}/")
    field = page.locator("#comment-text")
    expect(field).to_be_visible()
    field.focus()
    page.keyboard.type("@edith the <b>BBC</b> figure?")
    page.keyboard.press("Tab")  # to the Comment button
    page.keyboard.press("Enter")
    expect(page.locator("#announcer")).to_have_text("Comment added; 1 colleague notified.")
    expect(page.locator("#teamwork .comment-text")).to_have_text("@edith the <b>BBC</b> figure?")
    assert page.evaluate("document.getElementById('teamwork').contains(document.activeElement)")
    assert axe_violations(page) == []

    page.get_by_role("link", name="Propose a source for bbc.com").click()
    page.get_by_label("Name").fill("BBC")
    page.get_by_label("Reliability you suggest").select_option("high")
    assert axe_violations(page) == []
    page.get_by_role("button", name="Send to the editors").click()
    expect(page.get_by_text("Awaiting an editor")).to_be_visible()

    editor = sign_in("edith")
    editor.goto(f"{live_server.url}/approvals/")
    assert axe_violations(editor) == []
    proposal = editor.locator("article[id^=proposal-]")
    proposal.get_by_label("Name").fill("BBC News")
    proposal.get_by_role("button", name="Accept and register").click()
    expect(editor.locator("#announcer")).to_contain_text("Registered BBC News; the evidence waiting on it is linked.")
    source = Source.objects.get(name="BBC News")
    assert source.reliability == "high"

    editor.goto(f"{live_server.url}/sources/{source.pk}/edit/")
    assert axe_violations(editor) == []
    editor.get_by_label("Reliability", exact=True).select_option("medium")
    editor.get_by_role("button", name="Save").click()
    expect(editor.get_by_text("Reliability changed")).to_be_visible()
    editor.goto(f"{live_server.url}/checklist/")
    assert axe_violations(editor) == []
