"""bench/agreement_real_pages.py (#16): two labellings of made-up pages compared with the eval's own matching, and
each labeller scored against the other by the eval's own scoring, as the extractor is."""

from dataclasses import replace

from bench.agreement_real_pages import (
    Scored,
    agreement_by_language,
    compare,
    labelled_as_found,
    print_scored,
    scored_by_language,
    second_pages,
    speakers_right_intervals,
)
from bench.eval_real_pages import Found, Page, Tally, score_page

TEXT = (
    "Home | Region | Sport\n"
    "Photo: Northern Wire via Getty\n"
    "The harbour authority said 4,200 ships docked last year.\n"
    "Ferry fares rose by 12% in March, Dana Whitfield said.\n"
    "10:42 The bridge reopened on Sunday.\n"
    "The mayor hopes to build a second pier.\n"
)


def _span(sentence: str, speaker: str = "") -> tuple[int, int, str]:
    start = TEXT.index(sentence)
    return start, start + len(sentence), speaker


def _page(claims, furniture, name="pages/en-made-up.txt", lang="en") -> Page:
    return Page(name, lang, "tune", TEXT, claims=claims, furniture=furniture)


FIRST = _page(
    [
        _span("The harbour authority said 4,200 ships docked last year.", "the Harbour Authority"),
        _span("Ferry fares rose by 12% in March, Dana Whitfield said.", "Dana Whitfield"),
        _span("The bridge reopened on Sunday."),
    ],
    ["Home | Region | Sport", "Photo: Northern Wire"],
)


def test_claims_pair_by_the_eval_overlap_and_speakers_by_its_folding():
    second = _page(
        [
            _span("The harbour authority said 4,200 ships docked last year.", "Harbour authority"),
            _span("Ferry fares rose by 12% in March, Dana Whitfield said."),
            _span("The mayor hopes to build a second pier."),
        ],
        ["Photo: Northern Wire via Getty", "Region"],
    )
    agreement = compare(FIRST, second)
    assert (agreement.first_claims, agreement.second_claims, agreement.matched) == (3, 3, 2)
    assert agreement.f1 == 4 / 6
    assert (agreement.both_speakers, agreement.speakers_agree, agreement.one_speaker) == (1, 1, 1)
    assert "    first only: The bridge reopened on Sunday." in agreement.disagreements
    assert "    second only: The mayor hopes to build a second pier." in agreement.disagreements
    assert "    speaker 'Dana Whitfield' / '': Ferry fares rose by 12% in March, Dana Whitfield said." in (
        agreement.disagreements
    )


def test_a_timestamp_kept_in_one_label_still_matches_but_a_joined_line_does_not():
    with_time = _page([_span("10:42 The bridge reopened on Sunday.")], [])
    assert compare(_page([_span("The bridge reopened on Sunday.")], []), with_time).matched == 1
    two_lines = "Ferry fares rose by 12% in March, Dana Whitfield said.\n10:42 The bridge reopened on Sunday."
    assert compare(_page([_span("The bridge reopened on Sunday.")], []), _page([_span(two_lines)], [])).matched == 0


def test_a_second_label_pairs_with_one_first_label_only():
    twice = _page([_span("The bridge reopened on Sunday."), _span("10:42 The bridge reopened on Sunday.")], [])
    agreement = compare(twice, _page([_span("The bridge reopened on Sunday.")], []))
    assert (agreement.first_claims, agreement.matched) == (2, 1)


def test_differing_speakers_disagree():
    second = _page([_span("Ferry fares rose by 12% in March, Dana Whitfield said.", "Whitfield")], [])
    agreement = compare(_page([FIRST.claims[1]], []), second)
    assert (agreement.both_speakers, agreement.speakers_agree) == (1, 0)


def test_furniture_strings_in_common_when_one_holds_the_other():
    second = _page([], ["Photo: Northern Wire via Getty", "Subscribe now", "Region"])
    agreement = compare(FIRST, second)
    assert (agreement.first_furniture_shared, agreement.second_furniture_shared) == (2, 2)
    assert "    furniture second only: Subscribe now" in agreement.disagreements


def test_only_the_pages_the_second_file_covers_count_per_language(tmp_path):
    french = _page([_span("The bridge reopened on Sunday.")], [], name="pages/fr-made-up.txt", lang="fr")
    unlabelled = _page([_span("The bridge reopened on Sunday.")], [], name="pages/en-other.txt")
    second_file = tmp_path / "second.tsv"
    second_file.write_text(
        "file\tlabel\tspeaker\tsentence\n"
        "pages/en-made-up.txt\tclaim\tthe Harbour Authority\tThe harbour authority said 4,200 ships docked last year.\n"
        "pages/en-made-up.txt\tfurniture\t\tHome | Region | Sport\n",
        encoding="utf-8",
    )
    pages = [FIRST, french, unlabelled]
    seconds = second_pages(pages, str(second_file))
    assert set(seconds) == {"pages/en-made-up.txt"}
    assert FIRST.claims[0] in seconds["pages/en-made-up.txt"].claims and len(FIRST.claims) == 3
    totals = agreement_by_language(pages, seconds)
    assert set(totals) == {"en"}
    assert (totals["en"].pages, totals["en"].first_claims, totals["en"].matched, totals["en"].speakers_agree) == (
        1,
        3,
        1,
        1,
    )


SECOND = _page(
    [
        _span("The harbour authority said 4,200 ships docked last year.", "Harbour authority"),
        _span("Ferry fares rose by 12% in March, Dana Whitfield said."),
        _span("The mayor hopes to build a second pier."),
        _span("Photo: Northern Wire via Getty"),
    ],
    [],
)


def test_a_labeller_is_scored_by_the_eval_as_the_extractor_is():
    tally = score_page(FIRST, labelled_as_found(SECOND))[0]
    assert (tally.expected, tally.extracted, tally.matched) == (3, 4, 2)
    assert tally.line().startswith("P 0.50 R 0.67 F1 0.57 (2/3 found, 4 extracted); furniture among claims 1/2; ")
    assert (tally.unattributed, tally.speaker_invented) == (0, 0)


def test_a_speaker_one_labeller_left_out_is_wrong_as_the_extractor_s_none_is():
    # Where both gave a speaker the two agree (1/1); scored as the extractor is, the "none" on the Whitfield claim
    # counts against the second labeller: one right of the two attributed claims it found.
    assert (compare(FIRST, SECOND).speakers_agree, compare(FIRST, SECOND).both_speakers) == (1, 1)
    tally = score_page(FIRST, labelled_as_found(SECOND))[0]
    assert (tally.speaker_right, tally.attributed, tally.speaker_none) == (1, 2, 1)
    assert "speakers right 1/2" in tally.line()
    assert "(wrong: 1 none, 0 part of the name, 0 holding it, 0 another)" in tally.line(wrong_speakers=True)


def test_the_wrong_speakers_are_told_apart_as_the_eval_tells_them():
    second = _page(
        [
            _span("The harbour authority said 4,200 ships docked last year.", "the Harbour Authority of Northport"),
            _span("Ferry fares rose by 12% in March, Dana Whitfield said.", "Whitfield"),
        ],
        [],
    )
    tally = score_page(FIRST, labelled_as_found(second))[0]
    assert (tally.speaker_right, tally.speaker_fragment, tally.speaker_longer, tally.speaker_other) == (0, 1, 1, 0)


def _extractor(page: Page) -> list[Found]:
    start, end, _ = _span("Ferry fares rose by 12% in March, Dana Whitfield said.")
    return [Found(start, end, TEXT[start:end], "Dana Whitfield")]


def test_each_labeller_is_scored_against_the_other_beside_the_extractor():
    scored = scored_by_language([FIRST], {FIRST.name: SECOND}, extract_page=_extractor)
    assert set(scored) == {("en", "first"), ("en", "second")}
    against_first, against_second = scored["en", "first"], scored["en", "second"]
    assert against_first.total("labeller").line() == score_page(FIRST, labelled_as_found(SECOND))[0].line()
    # The reverse: the first labeller gave "Dana Whitfield" where the second labelled none, a speaker given where none
    # is labelled; the second's four claims are the reference, so its photo caption is a claim the first missed.
    first_scored = against_second.total("labeller")
    assert (first_scored.expected, first_scored.extracted, first_scored.matched) == (4, 3, 2)
    assert (first_scored.attributed, first_scored.speaker_right) == (1, 1)
    assert (first_scored.unattributed, first_scored.speaker_invented) == (1, 1)
    extractor_first, extractor_second = against_first.total("extractor"), against_second.total("extractor")
    assert (extractor_first.matched, extractor_first.attributed, extractor_first.speaker_right) == (1, 1, 1)
    assert (extractor_second.matched, extractor_second.unattributed, extractor_second.speaker_invented) == (1, 1, 1)


def test_the_splits_are_kept_apart_and_only_the_tune_half_shows_the_kinds_of_wrong_speakers(capsys):
    test_page = replace(FIRST, name="pages/en-test.txt", split="test")
    pages = [FIRST, test_page]
    seconds = {FIRST.name: SECOND, test_page.name: replace(SECOND, name=test_page.name, split="test")}
    scored = scored_by_language(pages, seconds, extract_page=lambda page: [])["en", "first"]
    assert scored.total("labeller", "tune").attributed == scored.total("labeller", "test").attributed == 2
    assert scored.total("labeller").attributed == 4
    print_scored(scored, "first")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "    against the first labels"
    tune = next(line for line in lines if line.startswith("      second labeller tune"))
    test = next(line for line in lines if line.startswith("      second labeller test"))
    assert "(wrong: 1 none" in tune and "(wrong:" not in test
    assert "extractor       all  P 0.00 R 0.00 F1 0.00 (0/6 found, 0 extracted)" in "\n".join(lines)
    assert lines[-1].endswith("second labeller 0.50 [0.50, 0.50], extractor n/a [n/a]; labeller minus extractor [n/a]")


def _tallies(rights: list[tuple[int, int]]) -> list[Tally]:
    return [Tally(attributed=attributed, speaker_right=right) for right, attributed in rights]


def test_the_intervals_resample_pages_the_same_way_for_both():
    pages = [(3, 4), (1, 4), (4, 4), (0, 2), (2, 3)]
    same = Scored(labeller=_tallies(pages), extractor=_tallies(pages), splits=["tune"] * 5)
    intervals = speakers_right_intervals(same)
    assert intervals["gap"] == (0.0, 0.0)  # paired draws: the same pages for both
    assert 0.0 <= intervals["labeller"][0] < 10 / 17 < intervals["labeller"][1] <= 1.0
    assert intervals == speakers_right_intervals(same)  # a fixed seed
    apart = Scored(labeller=_tallies([(2, 2)] * 5), extractor=_tallies([(0, 2)] * 5), splits=["tune"] * 5)
    assert speakers_right_intervals(apart) == {"labeller": (1.0, 1.0), "extractor": (0.0, 0.0), "gap": (1.0, 1.0)}


def test_a_draw_without_an_attributed_claim_is_left_out():
    scored = Scored(labeller=_tallies([(1, 1), (0, 0)]), extractor=_tallies([(0, 1), (0, 0)]), splits=["tune"] * 2)
    assert speakers_right_intervals(scored) == {"labeller": (1.0, 1.0), "extractor": (0.0, 0.0), "gap": (1.0, 1.0)}


def test_pages_of_one_split_are_printed_once(capsys):
    scored = scored_by_language([FIRST], {FIRST.name: SECOND}, extract_page=_extractor)["en", "second"]
    print_scored(scored, "second")
    lines = capsys.readouterr().out.splitlines()
    assert [line[:26] for line in lines[1:3]] == ["      first labeller  tune", "      extractor       tune"]
    assert len(lines) == 4 and lines[-1].startswith("      share of speakers right")
