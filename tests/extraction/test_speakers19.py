"""The learned speakers scored on a round no rule pass has read (#16, session 19): bench/held_out_rows.py's page
intervals, and the --held-out-rows option of bench/attribution_tagger.py and bench/learned_speakers.py, which train
on every other tune page and score only the round's tune pages."""

import pytest

# The bench scripts share train_on_real_pages' bootstrap and folds, which import scipy (requirements-bench.txt).
pytest.importorskip("scipy")

from bench.eval_real_pages import Found, Page
from bench.held_out_rows import difference, page_interval, tune_pages_of_rows
from claims.extraction.page_names import PageNames
from tests.extraction.test_attrtagger13 import MarksCapitals


def test_a_difference_every_resample_agrees_on_has_no_width():
    assert page_interval([0] * 12) == (0, 0)
    assert page_interval([1] * 12) == (12, 12)
    assert page_interval([]) == (0, 0)


def test_a_difference_from_one_page_spans_nothing_to_several_times_it():
    low, high = page_interval([3] + [0] * 11)
    assert low == 0 and high >= 6
    assert difference([3] + [0] * 11) == f"+3 (+0 to {high:+d})"


def test_the_interval_holds_the_sum_and_is_the_same_at_each_run():
    per_page = [2, -1, 0, 1, 0, -1, 3, 0]
    low, high = page_interval(per_page)
    assert low < sum(per_page) < high
    assert page_interval(per_page) == (low, high)


def test_the_interval_leaves_out_the_rarest_resamples_either_side():
    # 40 pages, half of them +1: the sum over a resample is binomial (mean 20, sd 3.2), so its central 95 % is about
    # 14 to 26, where the extremes of 1,000 resamples reach about 10 and 30.
    low, high = page_interval([1, 0] * 20)
    assert 13 <= low <= 15 and 25 <= high <= 27


def test_only_the_tune_pages_of_the_rows_are_held_out():
    pages = [Page(f"p{row}", "en", "tune" if row % 2 else "test", "") for row in range(1, 8)]
    assert [page.name for page in tune_pages_of_rows(pages, "2-5")] == ["p3", "p5"]


@pytest.mark.parametrize("rows", ["6-9", "0-3", "5-2", "3", "a-b"])
def test_rows_the_pages_do_not_have_are_refused_not_read_as_fewer_pages(rows):
    pages = [Page(f"p{row}", "en", "tune", "") for row in range(1, 8)]
    with pytest.raises(ValueError, match=r"rows|invalid literal"):
        tune_pages_of_rows(pages, rows)


def _page_claims(name: str, text: str, labelled_speaker: str, rules_speaker: str):
    from bench.attribution_tagger import PageClaims

    page = PageClaims.__new__(PageClaims)
    page.page = Page(name, "en", "tune", text, claims=[(0, len(text), labelled_speaker)])
    page.names = PageNames()
    page.before = {0: ""}
    page.found = [Found(0, len(text), text, rules_speaker)]
    page.examples = [([{"page": name}], ["O"], bool(rules_speaker))]
    return page


@pytest.fixture
def tagger_trained_on(monkeypatch):
    """The examples the attribution tagger is trained on; the stand-in it trains marks capitalised words."""
    import bench.attribution_tagger as attribution_tagger

    trained_on = []
    monkeypatch.setattr(
        attribution_tagger, "trained", lambda examples, _path: trained_on.extend(examples) or MarksCapitals()
    )
    return trained_on


def test_the_tagger_is_trained_on_the_other_pages_and_scores_only_the_held_out_ones(tagger_trained_on):
    import bench.attribution_tagger as attribution_tagger

    held = _page_claims("held", "Rents fell by a third, according to Oxfam.", "Oxfam", "")
    other = _page_claims("other", "Taxes will rise, said Jane Doe.", "Jane Doe", "")
    scores = attribution_tagger.held_out([held, other], {"held"}, [0.5])
    assert tagger_trained_on == [example[:2] for example in other.examples]
    assert scores.alone["en"].attributed == 1 and scores.alone["en"].speaker_right == 0
    assert scores.tagged["en", 0.5].speaker_right == 1
    assert scores.right["en", 0.5] == [1] and scores.invented["en", 0.5] == [0]


def test_the_held_out_tagger_leaves_out_claims_the_rules_named_with_consulted_only(tagger_trained_on):
    import bench.attribution_tagger as attribution_tagger

    named = _page_claims("named", "Taxes will rise, said Jane Doe.", "Jane Doe", "Jane Doe")
    unnamed = _page_claims("unnamed", "Rents fell by a third, according to Oxfam.", "Oxfam", "")
    attribution_tagger.held_out([named, unnamed, _page_claims("held", "Rain.", "", "")], {"held"}, [0.5], True)
    assert tagger_trained_on == [example[:2] for example in unnamed.examples]


def test_the_ranker_is_trained_on_the_other_pages_and_chooses_only_on_the_held_out_ones(monkeypatch, capsys):
    import bench.learned_speakers as learned_speakers
    from bench.learned_speakers import Claim, Variant

    claims = [
        Claim("held", "en", 1, "Oxfam", "", [("Oxfam", {})]),
        Claim("held", "en", 1, "", "", [("Oxfam", {})]),
        Claim("other", "en", 2, "Jane Doe", "Jane Doe", [("Jane Doe", {})]),
    ]
    trained_on = []
    monkeypatch.setattr(learned_speakers, "train", lambda chosen_from, _variant: trained_on.extend(chosen_from))
    monkeypatch.setattr(learned_speakers, "choose", lambda claim, _ranker, _variant: claim.candidates[0][0])
    chosen = learned_speakers.held_out(claims, {"held"}, Variant())
    assert trained_on == claims[2:]
    assert chosen == {0: "Oxfam", 1: "Oxfam"}
    held = [Page("held", "en", "tune", ""), Page("empty", "en", "tune", ""), Page("elsewhere", "fr", "tune", "")]
    learned_speakers.report_held_out(claims, held, chosen)
    english, french = capsys.readouterr().out.splitlines()
    assert "en 2 pages right: rules 0/1, ranker 1/1" in english
    assert "given to claims labelled without: rules 0/1, ranker 1/1" in english
    assert "right +1 (+0 to +2), given where none +1 (+0 to +2)" in english
    assert "fr 1 pages right: rules 0/0, ranker 0/0" in french
