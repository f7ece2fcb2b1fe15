"""Speaker figures on the tune pages of rows no rule pass has read (#16, session 19).

The speaker rules were written by reading tune errors, so on the tune half they are scored in-sample while a learned
model is cross-validated: the comparison favours the rules. On a round appended after the last rule pass, the rules
are out-of-sample too; a learned model trained on every other tune page then meets them on equal terms. Such a round
has a score or so of tune pages, so each difference comes with the interval of its sum over resamples of the pages.
"""

import random

from bench.eval_real_pages import Page, pages_of_rows
from bench.train_on_real_pages import BOOTSTRAP

INTERVAL = 0.95


def tune_pages_of_rows(pages: list[Page], rows: str) -> list[Page]:
    """The tune pages among rows "FIRST-LAST" of pages.tsv."""
    return [page for page in pages_of_rows(pages, rows) if page.split == "tune"]


def page_interval(per_page: list[int], resamples: int = BOOTSTRAP, seed: int = 16) -> tuple[int, int]:
    """The central INTERVAL of a difference summed over the pages, across resamples of the pages drawn with
    replacement (a page with nothing to change counts as a 0: it is one of the pages that could have been drawn)."""
    if not per_page:
        return 0, 0
    draw = random.Random(seed)
    sums = sorted(sum(draw.choices(per_page, k=len(per_page))) for _ in range(resamples))
    tail = round(resamples * (1 - INTERVAL) / 2)
    return sums[tail], sums[resamples - 1 - tail]


def difference(per_page: list[int]) -> str:
    """A difference summed over the pages, with its page-resample interval: "+2 (-1 to +5)"."""
    low, high = page_interval(per_page)
    return f"{sum(per_page):+d} ({low:+d} to {high:+d})"
