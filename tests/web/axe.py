"""axe-core (npm, pinned in package-lock.json; `make test` runs `npm ci`) run inside a Playwright page."""

from pathlib import Path

from django.conf import settings

AXE = Path(settings.BASE_DIR) / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = {"serious", "critical"}


def axe_violations(page) -> list[str]:
    """The serious and critical WCAG 2.x A/AA violations on the page, one line each, once the page's
    htmx requests have settled (a form waiting for its answer is dimmed on purpose: desk.css)."""
    page.wait_for_function("() => !document.querySelector('.htmx-request, .htmx-swapping, .htmx-settling')")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # The desk's Content-Security-Policy forbids inline scripts; evaluate runs outside it.
        page.evaluate(AXE.read_text())
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]},
        })"""
    )
    return [
        f"{violation['impact']}: {violation['id']} — {violation['help']} — "
        + "; ".join(
            node["target"][0] if isinstance(node["target"][0], str) else str(node["target"])
            for node in violation["nodes"][:3]
        )
        for violation in result["violations"]
        if violation["impact"] in BLOCKING
    ]
