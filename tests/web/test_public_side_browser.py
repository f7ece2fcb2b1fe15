"""Issue 17, point 8 in real Chromium: axe-core finds nothing serious on the new public pages (the
filtered list, a filter error, the rating scale, a speaker's page, a fact-check with its byline) nor
on the desk's byline setting, in English and French, on a desktop and a 390 px phone."""

import pytest
from django.urls import reverse

from claims.models import Claim
from publishing import services as publishing_services
from publishing.text import speaker_key
from reviews import services as review_services
from tests import factories
from tests.web.axe import AXE, axe_violations
from tests.web.conftest import BROWSER_TEST_MARKS

pytestmark = BROWSER_TEST_MARKS
pytest.importorskip("playwright.sync_api", reason="needs playwright (requirements-dev.txt)")

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _published(checker, editor, *, speaker: str):
    claim = factories.ClaimFactory(language="en", text="Crime doubled in ten years.", speaker=speaker)
    Claim.objects.filter(pk=claim.pk).update(status=Claim.Status.CORROBORATED, assignee=checker)
    claim.refresh_from_db()
    verdict = review_services.verdict_save_draft(claim, actor=checker, rating="false", summary="Wrong.")
    verdict = review_services.verdict_submit(verdict, actor=checker)
    return publishing_services.verdict_approve(verdict, actor=editor).publication


@pytest.mark.skipif(not AXE.exists(), reason="needs axe-core: npm ci (make test does it)")
@pytest.mark.parametrize("language,viewport", [("en", DESKTOP), ("fr", DESKTOP), ("en", PHONE), ("fr", PHONE)], ids=str)
def test_axe_finds_nothing_serious_on_the_public_pages_and_the_byline_setting(browser, live_server, language, viewport):
    checker = factories.fact_checker(username="fiona", first_name="Fiona", last_name="Facts")
    editor = factories.editor(username="edith")
    review_services.byline_consent_set(checker, actor=checker, named=True)
    publication = _published(checker, editor, speaker="Élisabeth Borne")
    public = [
        reverse("publishing:list") + "?q=crime&rating=false&language=en&speaker=borne",
        reverse("publishing:list") + "?published_from=not-a-date",
        reverse("publishing:rating-scale"),
        reverse("publishing:speaker", args=[speaker_key("Élisabeth Borne")]),
        publication.get_absolute_url(),
    ]
    context = browser.new_context(viewport=viewport, locale="fr-FR" if language == "fr" else "en-GB")
    context.add_cookies([{"name": "django_language", "value": language, "url": live_server.url}])
    page = context.new_page()
    problems = {}
    for url in public:
        page.goto(live_server.url + url)
        if found := axe_violations(page):
            problems[url] = found
        # Nothing scrolls sideways on a phone.
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), url
    page.goto(f"{live_server.url}/accounts/login/")
    page.locator("input[name=username]").fill("fiona")
    page.locator("input[name=password]").fill("pw")
    page.locator("input[name=password]").press("Enter")
    page.wait_for_url(lambda address: "/accounts/login/" not in address)
    page.goto(live_server.url + reverse("desk:account_byline"))
    if found := axe_violations(page):
        problems["byline"] = found
    context.close()
    assert problems == {}
