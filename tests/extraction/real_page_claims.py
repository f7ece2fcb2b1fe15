"""What extract() finds on each real page (bench/heldout/real), found once per test process.

The floors of test_real_pages.py and the label-free ceilings of test_enspeakers16.py, test_frspeakers16.py and
test_fragments16.py all read the claims of the same pages, as bench/eval_real_pages.py's `ours` finds them; each used to
extract every page itself (test_fragments16.py twice, once per count of pages). They pass `found_once` as the bench's
`extract_page` instead, so each page is extracted at most once per pytest-xdist worker. Only the tests' own reading of
the pages goes through it: a test that changes settings or patches the extractor calls extract() itself."""

from bench.eval_real_pages import Found, Page, ours

_FOUND: dict[tuple[str, str, str], list[Found]] = {}


def found_once(page: Page) -> list[Found]:
    """`ours(page)`, extracted the first time a test asks for the page and kept for the rest of the process."""
    key = (page.name, page.lang, page.text)
    if key not in _FOUND:
        _FOUND[key] = ours(page)
    return list(_FOUND[key])
