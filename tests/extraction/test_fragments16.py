"""Speakers round #16, session 16, fragments16: label-free checks on every speaker given (bench/speaker_properties.py),
floors on what they count over the committed real pages, and the fix they led to: a title's domain joined by "and"
before a person ("Minister for Information and Broadcasting Jane Doe"). Sentences written for these tests."""

import pytest

from bench.speaker_properties import CHECKS, REAL_PAGES_PRESENT, speaker_defects
from claims.extraction import extract
from claims.extraction.names import clean_name
from tests.extraction.real_page_claims import found_once
from tests.extraction.test_linear_time import assert_linear

# What the checks count on the committed real pages, by the number of first pages measured: the 1,007 at the end of
# fragments16, the 1,049 once the twenty-sixth round was appended, the 1,091 once the twenty-seventh was, the 1,133 once
# the twenty-eighth was, the 1,175 once the twenty-ninth was, the 1,217 once the thirtieth was, the 1,259 once the
# thirty-first was, the 1,301 once the thirty-second was, the 1,343 once the thirty-third was, the 1,385 once the
# thirty-fourth was, the 1,427 once the thirty-fifth was (BENCHMARKS.md). Later work may only lower them.
# (The checks take the words the pages write in lower case as common words, so each set of pages is counted with its
# own: on the 1,049, one more tune speaker opened with a title's word until openers17 lowered both to what they count.)
PROPERTY_CEILINGS = {
    1007: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 2, "place": 1, "title word": 6},
    },
    1049: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 2, "place": 1, "title word": 6},
    },
    1091: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 3, "place": 1, "title word": 7},
    },
    1133: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 4, "place": 1, "title word": 7},
    },
    1175: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 4, "place": 1, "title word": 7},
    },
    1217: {
        "tune": {"fragment": 3, "place": 1, "title word": 1},
        "test": {"fragment": 4, "place": 1, "title word": 8},
    },
    1259: {
        "tune": {"fragment": 5, "place": 1, "title word": 1},
        "test": {"fragment": 4, "place": 2, "title word": 8},
    },
    1301: {
        "tune": {"fragment": 5, "place": 1, "title word": 1},
        "test": {"fragment": 4, "place": 2, "title word": 9},
    },
    1343: {
        "tune": {"fragment": 5, "place": 2, "title word": 1},
        "test": {"fragment": 4, "place": 2, "title word": 10},
    },
    1385: {
        "tune": {"fragment": 8, "place": 2, "title word": 1},
        "test": {"fragment": 4, "place": 2, "title word": 12},
    },
    1427: {
        "tune": {"fragment": 9, "place": 2, "title word": 1},
        "test": {"fragment": 4, "place": 2, "title word": 12},
    },
}

_COMMON_WORDS = {"yesterday", "and", "security", "resources", "national"}


@pytest.mark.parametrize(
    ("name", "person"),
    [
        ("Minister for Information and Broadcasting Jane Doe", "Jane Doe"),
        ("Minister of Power and Energy Jane Doe", "Jane Doe"),
        ("Minister for Local Government and Planning Jane Doe", "Jane Doe"),
        ("Secretary for Trade and Industry John Roe", "John Roe"),
    ],
)
def test_a_title_s_domain_joined_by_and_is_left_out_of_the_name(name, person):
    assert clean_name(None, name) == person


def test_a_person_after_a_domain_joined_by_and_speaks():
    text = "Minister of Roads and Transport Jane Doe said 40 million dollars would be spent on new bridges next year."
    assert [claim.speaker for claim in extract(text, language="en").claims] == ["Jane Doe"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        # (a last part of two words then a name: the person's two last words since openers17, test_sentence_openers.py)
        ("Minister For Lands and Mines", "Minister"),  # a title and its domain, no name
        ("Minister of Health Jane Doe", "Jane Doe"),  # no "and": one word of domain, as before
        ("Inspector-General of Police Abdul Karim Osei", "Abdul Karim Osei"),
    ],
)
def test_a_domain_without_a_two_word_name_after_its_and_is_read_as_before(name, kept):
    assert clean_name(None, name) == kept


def test_a_long_run_of_domain_parts_joined_by_and_costs_linear_time():
    assert_linear(
        lambda name: clean_name(None, name),
        lambda size: "Minister of " + "Trade and " * (size // 10) + "Jane Doe",
        2_000,
    )


@pytest.mark.parametrize(
    ("sentence", "speaker", "defects"),
    [
        ("Minister of National Security Jane Doe said crime fell.", "Security Jane Doe", {"title word"}),
        ("The Bank of Ruritania said prices rose.", "Ruritania", {"fragment"}),
        ("Jane Doe told reporters that prices rose.", "Jane", {"fragment"}),
        ("Jane Doe of Springfield, Ohio said prices rose.", "Ohio", {"place"}),
        ("Workers at a mill in Dayton, Ohio, rejected the offer, an official said.", "Ohio", {"place"}),
        ("Regional Director Jane Doe said prices rose.", "Director Jane Doe", {"title word"}),
        ("Prices rose, said Director Prices of the Bureau Jane Doe.", "Prices of the Bureau Jane Doe", {"title word"}),
        (
            "Prices rose, said Director of the Bureau of Trade Jane Doe.",
            "Director of the Bureau of Trade Jane Doe",
            {"title word"},
        ),
    ],
)
def test_a_speaker_failing_a_check_is_flagged(sentence, speaker, defects):
    assert speaker_defects(sentence, speaker, _COMMON_WORDS) == defects


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Sheriff Jane Doe said crime fell.", "Jane Doe"),  # a title left out on purpose
        ("Minister of Health Jane Doe said crime fell.", "Jane Doe"),  # and its domain
        ("Mr Jane Doe said crime fell.", "Jane Doe"),
        ("le ministre de l'Intérieur Jean Dupont a dit que les vols ont baissé.", "Jean Dupont"),
        ("Secretary to the Treasury Jane Doe said prices rose.", "Jane Doe"),
        ("The Bank of Ruritania said prices rose.", "the Bank of Ruritania"),
        ("Yesterday Jane Doe said prices rose.", "Jane Doe"),  # a first word capitalised for opening the sentence
        ("Acme CEO Jane Doe said prices rose.", "Jane Doe"),
        ("Jane Doe MP said prices rose.", "Jane Doe"),
        ("Minister of Public Service, Jane Doe, said prices rose.", "Jane Doe"),  # an apposition, no place
        ("Prices rose, the minister said.", "Jane Doe"),  # a full name from the page, not written here
    ],
)
def test_a_speaker_passing_the_checks_is_not_flagged(sentence, speaker):
    assert speaker_defects(sentence, speaker, _COMMON_WORDS) == set()


@pytest.mark.parametrize(
    "make",
    [
        lambda size: "Jane " * (size // 5),  # every word an occurrence of the speaker
        lambda size: "in Dayton, " * (size // 11) + "Jane",
        lambda size: "Minister of " + "National " * (size // 9) + "Jane",
    ],
)
def test_the_checks_cost_linear_time(make):
    assert_linear(lambda sentence: speaker_defects(sentence, "Jane", _COMMON_WORDS), make, 2_000)


@pytest.fixture(scope="module")
def property_counts_on_the_pages():
    if not REAL_PAGES_PRESENT:
        pytest.skip("bench/heldout/real is absent: the speaker property floors need its pages")
    from bench.speaker_properties import lower_case_words, property_counts, read_pages

    pages = read_pages()
    return {
        first: property_counts(pages[:first], lower_case_words(pages[:first]), extract_page=found_once)
        for first in PROPERTY_CEILINGS
    }


@pytest.mark.parametrize("first", PROPERTY_CEILINGS)
@pytest.mark.parametrize("split", ["tune", "test"])
@pytest.mark.parametrize("check", CHECKS)
def test_speakers_failing_a_check_on_the_real_pages_do_not_grow(property_counts_on_the_pages, first, split, check):
    counted = sum(property_counts_on_the_pages[first][language, split, check] for language in ("en", "fr"))
    assert counted <= PROPERTY_CEILINGS[first][split][check]
