"""bench/agreement_real_pages.py (#16): two labellings of made-up pages compared with the eval's own matching."""

from bench.agreement_real_pages import agreement_by_language, compare, second_pages
from bench.eval_real_pages import Page

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
