"""Who speaks for a release or a statement (#16, pagevoice16). Pages written for these tests, in no held-out page."""

import pytest

from claims.extraction.release_bodies import release_body_speakers
from claims.extraction.shared_endings import as_written_where_shared
from claims.extraction.statement_signatures import signed_statement_speaker
from tests.extraction.read_speakers import speakers_by_sentence
from tests.extraction.test_linear_time import assert_linear


# A minister's statement whose heading names the office and whose next line names its holder with their honours.
@pytest.mark.parametrize(
    ("heading", "name_line", "holder"),
    [
        ("MINISTERIAL STATEMENT OF THE MINISTER OF TRANSPORT", "DR. THE HON. MARGARET OKAFOR, MP", "Margaret Okafor"),
        ("Statement to the House on road safety", "Hon Dr Margaret Okafor", "Margaret Okafor"),
    ],
)
def test_a_statement_signed_on_a_line_of_its_own_is_the_holders(heading, name_line, holder):
    text = (
        f"{heading}\n\n{name_line}\n\n"
        "Madam Speaker, I rise to update this house on road safety. As at March 3, the Ministry of Transport has "
        "classified 112 road deaths this year. In 2022, we had 98 deaths over the same weeks."
    )
    speakers = speakers_by_sentence(text, "en")
    assert speakers["As at March 3, the Ministry of Transport has classified 112 road deaths this year."] == holder
    assert speakers["In 2022, we had 98 deaths over the same weeks."] == holder


def test_a_french_declaration_signed_on_a_line_of_its_own_is_the_holders():
    text = (
        "DÉCLARATION DU MINISTRE DE LA SANTÉ\n\n"
        "M. Paul Girard, ministre de la Santé\n\n"
        "Mesdames et Messieurs les députés, je veux faire le point sur l’épidémie. Au 3 mars, le ministère a "
        "classé 1 200 cas comme dengue. En 2022, nous avions compté 980 cas sur la même période."
    )
    speakers = speakers_by_sentence(text, "fr")
    assert speakers["Au 3 mars, le ministère a classé 1 200 cas comme dengue."] == "Paul Girard"
    assert speakers["En 2022, nous avions compté 980 cas sur la même période."] == "Paul Girard"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the body names the holder in the third person: the page reports them, it is not their statement
        (
            "Media Statement\n\nHon Dr Margaret Okafor\n\nTransport Minister Margaret Okafor has welcomed the "
            "figures. We recorded 112 road deaths in 2023. Road deaths fell by 4% in 2023.",
            "en",
        ),
        # no first person: the page's own account under the heading
        (
            "Media Statement\n\nHon Dr Margaret Okafor\n\nRoad deaths fell by 4% in 2023. "
            "There were 112 deaths on rural roads.",
            "en",
        ),
        # a name line with no statement heading: a byline or a caption
        ("Road safety week\n\nDr Margaret Okafor\n\nWe recorded 112 road deaths in 2023. Deaths fell by 4%.", "en"),
        # a line naming a body, not a person
        (
            "Media Statement\n\nThe Ministry of Transport\n\nWe recorded 112 road deaths in 2023. Deaths fell by 4%.",
            "en",
        ),
        ("Déclaration\n\nM. le Préfet\n\nNous avons recensé 112 morts en 2023. Les morts ont baissé de 4 %.", "fr"),
    ],
)
def test_no_holder_where_the_page_does_not_speak_as_them(text, language):
    speakers = speakers_by_sentence(text, language)
    assert not any(speakers.values()), speakers


@pytest.mark.parametrize(
    "make",
    [
        lambda size: ["Statement " + "Dr " * (size // 3)],
        lambda size: ["Statement", "Dr. The Hon. " * (size // 13) + "Jane"],
        lambda size: ["Statement", "the " * (size // 4) + "Jane Doe"],
        lambda size: ["Statement", "Hon Jane " + "Doe-" * (size // 4)],
        lambda size: ["Statement", "Hon Jane Doe, " + "MP " * (size // 3)],
    ],
)
def test_a_signature_is_read_in_linear_time(make):
    assert_linear(lambda lines: signed_statement_speaker(lines, []), make, 1_000)


@pytest.mark.parametrize("lines", [[], ["", ""], ["Statement", "12 345 … ---"], ["Statement", "Hon 1 2"]])
def test_empty_lines_and_lines_without_letters_name_no_one(lines):
    assert signed_statement_speaker(lines, []) is None


# A body's short name that the page gives after several places stays as written; a single longer name is the whole one.
def test_a_short_name_several_bodies_on_the_page_end_with_stays_as_written():
    text = (
        "Fires near Lakeview\n\n"
        "Northfield RCMP says two people have been charged with arson after fires near Lakeview. "
        "RCMP said in a release on June 6 that a 30-year-old man was charged on May 30 after Westbay RCMP received "
        "a report. Westbay RCMP said officers also found a stolen laptop in the vehicle."
    )
    speakers = speakers_by_sentence(text, "en")
    release = (
        "RCMP said in a release on June 6 that a 30-year-old man was charged on May 30 after Westbay RCMP received a "
        "report."
    )
    assert speakers[release] == "RCMP"
    assert speakers["Westbay RCMP said officers also found a stolen laptop in the vehicle."] == "Westbay RCMP"


def test_a_short_name_one_body_on_the_page_ends_with_is_that_body():
    text = (
        "Fires near Lakeview\n\n"
        "Northfield RCMP says two people have been charged with arson after fires near Lakeview. "
        "RCMP said in a release on June 6 that a 30-year-old man was charged on May 30 after a report."
    )
    speakers = speakers_by_sentence(text, "en")
    release = "RCMP said in a release on June 6 that a 30-year-old man was charged on May 30 after a report."
    assert speakers[release] == "Northfield RCMP"


@pytest.mark.parametrize(
    "make",
    [
        lambda size: ("Northfield RCMP said it. " * (size // 24), "RCMP said " + "X RCMP " * (size // 7)),
        lambda size: ("A " * (size // 2), "RCMP said " + "RCMP " * (size // 5)),
    ],
)
def test_a_shared_short_name_is_read_in_linear_time(make):
    def run(texts):
        page, sentence = texts
        return as_written_where_shared([sentence], ["Northfield RCMP"], page)

    assert_linear(run, make, 1_000)


@pytest.mark.parametrize("page", ["", "12 345 … ---"])
def test_a_page_without_letters_changes_no_speaker(page):
    assert as_written_where_shared(["", "12 345"], ["", "Northfield RCMP"], page) == ["", "Northfield RCMP"]


# A release's own body, named by its first lines, as the subject of what it did: that body, by its whole name.
def test_a_government_feed_of_releases_gives_its_government_to_what_government_did():
    text = (
        "Government of Northland News\n\n"
        "Press releases from the Government of Northland. Distributed by Northland Communications.\n\n"
        "Government Approves Writeoffs\n\n"
        "Finance -- Government is writing off $4.1 million in unpaid debts as of March 31.\n\n"
        "Parks Open Longer\n\n"
        "Government is keeping two provincial parks open four weeks longer than in 2023."
    )
    speakers = speakers_by_sentence(text, "en")
    # The section label "Finance -- " is cut as furniture (furniture17); the release's voice stays.
    assert speakers["Government is writing off $4.1 million in unpaid debts as of March 31."] == (
        "Government of Northland"
    )
    assert speakers["Government is keeping two provincial parks open four weeks longer than in 2023."] == (
        "Government of Northland"
    )


def test_a_french_release_gives_the_body_its_heading_names_to_what_it_did():
    text = (
        "Communiqué\n\n"
        "Le Conseil fédéral débloque 20 millions de francs\n\n"
        "Le Conseil fédéral a décidé d’octroyer 20 millions de francs aux victimes des crues de 2023. "
        "Par cette aide, le Conseil fédéral a doublé son soutien de 2021. "
        "La Direction du développement a versé 5 millions de francs en mai."
    )
    speakers = speakers_by_sentence(text, "fr")
    assert speakers["Le Conseil fédéral a décidé d’octroyer 20 millions de francs aux victimes des crues de 2023."] == (
        "le Conseil fédéral"
    )
    assert speakers["Par cette aide, le Conseil fédéral a doublé son soutien de 2021."] == "le Conseil fédéral"
    assert speakers["La Direction du développement a versé 5 millions de francs en mai."] == ""


@pytest.mark.parametrize(
    ("text", "language", "sentence"),
    [
        # a news page's heading names the body: no release, the page's own account
        (
            "Common Council makes changes before adopting budget\n\nThe Council shifted $60,000 to a mural in 2023.",
            "en",
            "The Council shifted $60,000 to a mural in 2023.",
        ),
        # the release's first sentence is no heading: the body it names is not the issuer's
        (
            "Media Releases\n\nThe Northland Government gave $50 million to research in 2023.",
            "en",
            "The Northland Government gave $50 million to research in 2023.",
        ),
        (
            "Communiqué de presse\n\nLe conseil municipal a voté une hausse de 2 % des impôts en 2023.",
            "fr",
            "Le conseil municipal a voté une hausse de 2 % des impôts en 2023.",
        ),
    ],
)
def test_no_body_where_the_page_is_no_release_of_it(text, language, sentence):
    assert speakers_by_sentence(text, language)[sentence] == ""


def test_a_release_announcing_a_thing_gives_it_no_body():
    text = "Press releases from the Government of Northland.\n\nGovernment is announcing $3 million for parks."
    assert release_body_speakers(["Government is announcing $3 million for parks."], text, [""]) == [""]
    assert release_body_speakers(["Government is keeping parks open."], text, [""]) == ["Government of Northland"]


@pytest.mark.parametrize(
    "make",
    [
        lambda size: "Communiqué\n" + "Government " * (size // 11) + "\nGovernment is keeping parks.",
        lambda size: "Communiqué\nLe Conseil fédéral promet\n" + "Par cette aide " * (size // 15) + "le Conseil a",
        lambda size: "Press releases from the Government of " + "Nova " * (size // 5),
        lambda size: "Communiqué\n" + "Finance -- " * (size // 11) + "Government is keeping parks.",
    ],
)
def test_a_release_body_is_read_in_linear_time(make):
    def run(text):
        lines = text.split("\n")
        return release_body_speakers(lines, text, [""] * len(lines))

    assert_linear(run, make, 1_000)


@pytest.mark.parametrize("text", ["", "Communiqué\n\n12 345 … ---", "\n\n\n"])
def test_a_release_without_letters_gives_no_body(text):
    assert release_body_speakers(text.split("\n"), text, [""] * len(text.split("\n"))) == [""] * len(text.split("\n"))
