"""Speakers round #16, session 16, enspeakers16: English claims that report someone's words yet get no speaker,
counted without labels (bench/unattributed_reports.py), a floor on that count over the committed real pages, and
the fix it led to: the police named without an article ("…, police said", "police in Springfield said", "Springfield
police say"). Sentences written for these tests."""

from collections import Counter

import pytest

from bench.eval_real_pages import REAL
from bench.unattributed_reports import reporting_form
from claims.extraction import extract
from claims.extraction.collectives import bare_institution
from tests.extraction.real_page_claims import found_once
from tests.extraction.test_linear_time import assert_linear

# What the count gives on the committed real pages, by the number of first pages it was measured on: the 1,007 at the
# end of enspeakers16, the 1,049 once the twenty-sixth round was appended, the 1,091 once the twenty-seventh was, the
# 1,133 once the twenty-eighth was, the 1,175 once the twenty-ninth was, the 1,217 once the thirtieth was, the 1,259
# once the thirty-first was, the 1,301 once the thirty-second was, the 1,343 once the thirty-third was, the 1,385 once
# the thirty-fourth was, the 1,427 once the thirty-fifth was (BENCHMARKS.md). Later work may only lower it.
UNATTRIBUTED_CEILINGS = {
    1007: {"tune": 76, "test": 104},
    1049: {"tune": 78, "test": 107},
    1091: {"tune": 86, "test": 106},
    1133: {"tune": 87, "test": 111},
    1175: {"tune": 92, "test": 114},
    1217: {"tune": 92, "test": 119},
    1259: {"tune": 93, "test": 123},
    1301: {"tune": 94, "test": 125},
    1343: {"tune": 100, "test": 131},
    1385: {"tune": 101, "test": 135},
    1427: {"tune": 104, "test": 138},
}


def _speakers(text: str) -> list[str]:
    return [claim.speaker for claim in extract(text, language="en").claims]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Three men were arrested and 20 kilograms of heroin seized in the eastern district, police said on Friday.",
            "the police",
        ),
        (
            "A cyclist was hurt after a lorry hit him on the ring road on Monday, police in Springfield said.",
            "Springfield police",
        ),
        (
            "Springfield police say they are looking for a driver who hit 14 parked cars on the high street last week.",
            "Springfield police",
        ),
    ],
)
def test_the_police_named_without_an_article_speak(text, speaker):
    assert _speakers(text) == [speaker]


def test_the_police_the_page_names_in_full_are_the_force_that_speaks():
    text = (
        "The Springfield Police Service opened a new station in the town in 2019.\n\n"
        "A cyclist was taken to hospital after a lorry hit him on the ring road on Monday, police in Springfield said."
    )
    assert _speakers(text)[-1] == "Springfield Police Service"


def test_a_title_naming_the_police_is_no_force():
    text = (
        "Northern District Superintendent of Police Jane Doe visited the market on Monday.\n\n"
        "Three men were arrested and 20 kilograms of heroin seized in the eastern district, police said on Friday."
    )
    assert _speakers(text)[-1] == "the police"


@pytest.mark.parametrize(
    "text",
    [
        "Two men were arrested and charged with arson in the town, but police did not say what the charges were.",
        "Two men were arrested in the district on Tuesday, but it is unclear what police said to them at the time.",
    ],
)
def test_police_not_reporting_give_no_speaker(text):
    assert _speakers(text) in ([], [""])


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("police", ("police", "")),
        ("the fire broke out, police", ("police", "")),
        ("Dallas police", ("police", "Dallas")),
        ("police in Chatham-Kent", ("police", "Chatham-Kent")),
        ("the police officer", None),
        ("police officers", None),
    ],
)
def test_a_bare_police_subject_is_read(subject, expected):
    assert bare_institution(subject) == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda size: "Springfield " * size + "police in Springfield",
        lambda size: ", police" * size + " officers",
        lambda size: "police in " * size + "Springfield",
    ],
)
def test_a_bare_police_subject_costs_linear_time(make):
    assert_linear(bare_institution, make, 2_000)


@pytest.mark.parametrize(
    ("sentence", "form"),
    [
        ("Rents rose 4 percent last year, according to the city.", "according to"),
        ("Jane Doe was quoted as saying the bridge would open in May.", "quoted"),
        ("In a statement, the board said fees would rise by 3 percent.", "in a statement"),
        ("Officials told reporters the road would close for 12 days.", "X told Y"),
        ("The board admitted that 40 jobs would go.", "verb that"),
        ("The road will close for 12 days, said Jane Doe.", "said X"),
        ("The ministry said 40 jobs would go.", "X said"),
        ("Two shops will close in May, officials said.", "X said"),
        ("The accused is alleged to have run four shops.", ""),  # a passive: no one reports
        ("The goods were estimated to be worth 200,000 dollars.", ""),
        ("The company posted a profit of 4 million dollars.", ""),  # an act, not a report
        ("Did the ministry say 40 jobs would go?", ""),
        ("The ministry did not say how many jobs would go.", ""),
        ("Forty jobs went in 2020.", ""),
    ],
)
def test_a_reporting_cue_is_read_in_its_form(sentence, form):
    assert reporting_form(sentence) == form


@pytest.fixture(scope="module")
def unattributed_counts_on_the_pages():
    if not (REAL / "pages.tsv").exists():
        pytest.skip("bench/heldout/real is absent: the unattributed report floors need its pages")
    from bench.eval_real_pages import read_pages
    from bench.unattributed_reports import unattributed_reports

    # Each page read once: the claims counted on it, by split, then summed over the first pages.
    per_page = [
        Counter(
            {
                split: counts["claims"]
                for split, (counts, _) in unattributed_reports([page], "en", extract_page=found_once).items()
            }
        )
        for page in read_pages()
    ]
    return {first: sum(per_page[:first], Counter()) for first in UNATTRIBUTED_CEILINGS}


@pytest.mark.parametrize("first", UNATTRIBUTED_CEILINGS)
@pytest.mark.parametrize("split", ["tune", "test"])
def test_unattributed_reports_on_the_real_pages_do_not_grow(unattributed_counts_on_the_pages, first, split):
    counted = unattributed_counts_on_the_pages[first][split]
    assert counted <= UNATTRIBUTED_CEILINGS[first][split]
