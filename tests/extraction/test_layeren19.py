"""layeren19's bench (bench/layer_furniture.py): variant C's guard keeps a lone line with no figure and no speaker at
the rules' own score and nothing else, the cross-validation decides with the guard it is given, and the listing finds
the sentence a furniture string lies in."""

import pytest

pytest.importorskip("sklearn")  # the bench's training needs requirements-bench.txt

from bench.eval_real_pages import Page
from bench.layer_furniture import leaked_sentences, lone_line_guarded
from bench.stack_on_real_pages import REGISTERED, PageSignals, cross_validated_scores, holds

SAYS_CLAIM = {"bias": 30.0, "weights": {}} | holds(REGISTERED["B"])
LONE_LINE = {"alone_in_paragraph": 1.0, "digits": 0.0, "speaker": 0.0}
NOTICE = "Anonymity is granted only at the discretion of the editor, who reserves the right to edit letters."
PAGE_TEXT = (
    "Unemployment rose to 7.4 percent in March, the Office for National Statistics said.\n\n"
    f"{NOTICE}\n\n"
    "The council spent 4 million pounds on the new bridge last year, its accounts show.\n"
)


@pytest.mark.parametrize(
    ("signals", "expected"),
    [
        (LONE_LINE, 0.2),  # the guard: never above the rules' own score
        (LONE_LINE | {"alone_in_paragraph": 0.0}, 1.0),  # in a paragraph of several sentences: the layer's
        (LONE_LINE | {"digits": 1.0}, 1.0),  # a figure: the layer's
        (LONE_LINE | {"speaker": 1.0}, 1.0),  # a speaker: B's rule (never below the rules), the layer's here
    ],
)
def test_the_guard_holds_a_lone_line_with_no_figure_and_no_speaker_at_the_rules_score(signals, expected):
    assert lone_line_guarded(SAYS_CLAIM, 0.2, signals) == expected


def test_a_lone_line_is_never_raised_but_may_be_lowered():
    says_not = SAYS_CLAIM | {"bias": -30.0}
    assert lone_line_guarded(says_not, 0.9, LONE_LINE) == 0.0


def _page(name: str) -> PageSignals:
    return PageSignals(Page(name, "en", "tune", PAGE_TEXT, furniture=[NOTICE]), 1)


def test_the_cross_validation_decides_with_the_guard_it_is_given(monkeypatch):
    monkeypatch.setattr("bench.stack_on_real_pages.train_layer", lambda _training, _variant, _extras=None: SAYS_CLAIM)
    pages = [_page(f"pages/en-page-{number}.txt") for number in range(6)]
    unguarded = cross_validated_scores(pages, REGISTERED["B"], folds=5)
    guarded = cross_validated_scores(pages, REGISTERED["B"], folds=5, decide=lone_line_guarded)
    notice = next(index for index, (start, _end) in enumerate(pages[0].spans) if PAGE_TEXT[start:].startswith(NOTICE))
    assert unguarded[pages[0].page.name][notice] == 1.0
    assert guarded[pages[0].page.name][notice] == pages[0].signals[notice][0]
    assert leaked_sentences(pages[0], unguarded[pages[0].page.name]) == {NOTICE: notice}
    assert leaked_sentences(pages[0], guarded[pages[0].page.name]) == {}
