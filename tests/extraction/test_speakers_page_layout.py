"""Speakers carried by the page's layout (issue 16, point 4, session 10): a statement set off below the line that
introduces it ("X said:" on its own line, then paragraphs, list items or quotation paragraphs), and a transcript whose
speaker labels stand alone on their lines. Sentences written for these tests."""

from claims.extraction import extract
from claims.extraction.speakers import speakers_of


def test_a_list_below_an_introduction_ending_with_a_colon_is_the_introducers():
    page = (
        "Port traffic figures\n\n"
        "The Harbour Board of Valdoria reported the following results for March:\n\n"
        "  • Containers: 41,200, up 3.1% on March last year;\n"
        "  • Passengers: 18,950, down 2.4%;\n"
        "  • Vehicles: 7,310, up 0.8%;\n\n"
        "The port reopened its northern quay in April after repairs.\n"
    )
    sentences = [
        "Containers: 41,200, up 3.1% on March last year;",
        "Passengers: 18,950, down 2.4%;",
        "Vehicles: 7,310, up 0.8%;",
        "The port reopened its northern quay in April after repairs.",
    ]
    assert speakers_of(sentences, page) == ["the Harbour Board of Valdoria"] * 3 + [""]


def test_a_statement_set_off_below_said_runs_over_its_paragraph_and_quotation_paragraphs():
    page = (
        "Schools Minister Edith Varga said:\n\n"
        "Class sizes are a priority. Average primary classes fell to 24 pupils this year.\n\n"
        "“We also hired 1,200 teachers in the last two years.”\n\n"
        "The council will publish its own figures next month.\n"
    )
    sentences = [
        "Class sizes are a priority.",
        "Average primary classes fell to 24 pupils this year.",
        "“We also hired 1,200 teachers in the last two years.”",
        "The council will publish its own figures next month.",
    ]
    assert speakers_of(sentences, page) == ["Edith Varga"] * 3 + [""]


def test_a_colon_inside_the_sentences_own_paragraph_carries_no_further_than_before():
    sentences = ["Edith Varga said: classes fell to 24 pupils.", "Teachers were hired.", "The council will report."]
    assert speakers_of(sentences, " ".join(sentences)) == ["Edith Varga", "", ""]


def test_a_transcript_whose_labels_stand_alone_on_their_lines():
    page = (
        "Radio interview with Employment Minister Rowan Tilley\n\n"
        "Dana Okoro:\n\n"
        "Unemployment rose by 31,000 people last month.\n\n"
        "Minister:\n\n"
        "Yes, and 620,000 people now receive the jobseeker payment.\n\n"
        "Dana Okoro:\n\n"
        "That is the highest figure since 2009.\n\n"
        "Notes to editors:\n\n"
        "The survey covered 4,000 households.\n"
    )
    sentences = [
        "Unemployment rose by 31,000 people last month.",
        "Yes, and 620,000 people now receive the jobseeker payment.",
        "That is the highest figure since 2009.",
        "The survey covered 4,000 households.",
    ]
    assert speakers_of(sentences, page) == ["Dana Okoro", "Rowan Tilley", "Dana Okoro", ""]


def test_one_label_line_alone_is_no_transcript():
    page = "Summary:\n\nUnemployment rose by 31,000 people last month.\n"
    assert speakers_of(["Unemployment rose by 31,000 people last month."], page) == [""]


def test_through_the_pipeline_the_introduction_line_names_the_speaker_of_the_list():
    page = (
        "Valdoria port traffic up in March\n\n"
        "The Harbour Board of Valdoria reported the following results for March:\n\n"
        "  • Containers handled: 41,200, up 3.1% on March 2023;\n"
        "  • Passengers carried: 18,950, down 2.4% on March 2023;\n"
    )
    claims = extract(page, language="en").claims
    assert claims and {claim.speaker for claim in claims} == {"the Harbour Board of Valdoria"}
