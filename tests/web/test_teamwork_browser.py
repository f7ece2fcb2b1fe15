"""Issue #17, points 3 and 5 in real Chromium: a fact-checker comments by keyboard alone and proposes a
source, an editor accepts it and edits the source; axe-core finds nothing serious on these pages. In English
and French, on a desktop and a 390 px phone."""

import pytest
from django.utils import translation
from django.utils.translation import gettext, ngettext

from reviews.models import ClaimWatch
from sources.models import Source
from tests import factories
from tests.web.axe import axe_violations
from tests.web.conftest import BROWSER_TEST_MARKS, DESKTOP, PHONE

pytestmark = BROWSER_TEST_MARKS
sync_api = pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")
expect = sync_api.expect


@pytest.fixture
def desk(db):
    checker = factories.fact_checker(username="fiona")
    editor = factories.editor(username="edith")
    claim = factories.ClaimFactory(assignee=checker)
    factories.EvidenceFactory(claim=claim, url="https://www.bbc.com/news/1", source=None, added_by=checker)
    ClaimWatch.objects.create(claim=claim, user=checker)
    return {"checker": checker, "editor": editor, "claim": claim}


@pytest.fixture
def sign_in(session):
    def signed_in(username, *, language="en", viewport=DESKTOP):
        locale = "fr-FR" if language == "fr" else "en-GB"
        return session(username, locale=locale, viewport=viewport, language=language)

    return signed_in


@pytest.mark.parametrize("language,viewport", [("en", DESKTOP), ("fr", DESKTOP), ("en", PHONE), ("fr", PHONE)], ids=str)
def test_comment_by_keyboard_propose_accept_and_edit(desk, sign_in, live_server, language, viewport):
    with translation.override(language):
        _run_comment_propose_accept_and_edit(desk, sign_in, live_server, language, viewport)


def _run_comment_propose_accept_and_edit(desk, sign_in, live_server, language, viewport):
    page = sign_in("fiona", language=language, viewport=viewport)
    page.goto(f"{live_server.url}/claims/{desk['claim'].pk}/")
    field = page.locator("#comment-text")
    expect(field).to_be_visible()
    field.focus()
    page.keyboard.type("@edith the <b>BBC</b> figure?")
    page.keyboard.press("Tab")  # to the Comment button
    page.keyboard.press("Enter")
    added = ngettext("Comment added; %(count)d colleague notified.", "Comment added; %(count)d colleagues notified.", 1)
    expect(page.locator("#announcer")).to_have_text(added % {"count": 1})
    expect(page.locator("#teamwork .comment-text")).to_have_text("@edith the <b>BBC</b> figure?")
    assert page.evaluate("document.getElementById('teamwork').contains(document.activeElement)")
    assert axe_violations(page) == []

    page.get_by_role("link", name=gettext("Propose a source for %(domain)s") % {"domain": "bbc.com"}).click()
    page.get_by_label(gettext("Name"), exact=True).fill("BBC")
    page.get_by_label(gettext("Reliability you suggest")).select_option("high")
    assert axe_violations(page) == []
    page.get_by_role("button", name=gettext("Send to the editors")).click()
    expect(page.get_by_text(gettext("Awaiting an editor"), exact=True)).to_be_visible()

    page.goto(f"{live_server.url}/queue/watching/")
    expect(page.get_by_role("heading", name=gettext("My watched claims"))).to_be_visible()
    expect(page.locator("a.claim-link")).to_have_count(1)
    assert axe_violations(page) == []

    editor = sign_in("edith", language=language, viewport=viewport)
    editor.goto(f"{live_server.url}/approvals/")
    assert axe_violations(editor) == []
    proposal = editor.locator("article[id^=proposal-]")
    proposal.get_by_label(gettext("Name"), exact=True).fill("BBC News")
    proposal.get_by_role("button", name=gettext("Accept and register")).click()
    registered = gettext("Registered %(name)s; the evidence waiting on it is linked.") % {"name": "BBC News"}
    expect(editor.locator("#announcer")).to_contain_text(registered)
    source = Source.objects.get(name="BBC News")
    assert source.reliability == "high"

    editor.goto(f"{live_server.url}/sources/{source.pk}/edit/")
    assert axe_violations(editor) == []
    editor.get_by_label(gettext("Reliability"), exact=True).select_option("medium")
    editor.get_by_role("button", name=gettext("Save"), exact=True).click()
    expect(editor.get_by_text(gettext("Reliability changed"))).to_be_visible()
    editor.goto(f"{live_server.url}/checklist/")
    assert axe_violations(editor) == []
