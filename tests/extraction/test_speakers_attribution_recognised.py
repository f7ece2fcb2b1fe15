"""English speakers by shape, fourth pass (issue 16, point 4): attributions the tracker did not recognise at all on
the later rounds' tune pages (a title with its domain read as a name, an office after an opening clause, a time
phrase before the verb, …), with sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def _speakers(*sentences: str) -> list[str]:
    return speakers_of(list(sentences), " ".join(sentences))


def test_a_title_with_its_domain_is_no_name_but_the_person_it_points_to():
    assert _speakers(
        "Rosa Adjei said exports of cocoa rose by 12% last year.",
        "The Minister for Trade and Industry said 4,000 jobs were created.",
        "He said the port handled 2 million tonnes.",
    ) == ["Rosa Adjei", "Rosa Adjei", "Rosa Adjei"]


def test_according_to_a_title_with_its_domain_then_a_name_is_that_person():
    assert _speakers(
        "Inflation fell to 4 per cent in March.",
        "This is according to Minister of Finance, Rosa Adjei, who spoke on Monday.",
        "She said wages rose by 6 per cent.",
    ) == ["", "Rosa Adjei", "Rosa Adjei"]


def test_an_office_after_an_opening_clause_is_the_person_who_holds_it():
    assert _speakers(
        "Fire Chief Daniel Mensah said 14 homes burned on Sunday.",
        "Paul Okoro said the road was closed.",
        "Asked about the cause, the Fire Chief said a candle was left burning.",
    ) == ["Daniel Mensah", "Paul Okoro", "Daniel Mensah"]


def test_a_time_phrase_between_the_subject_and_its_verb():
    assert _speakers(
        "Port Commissioner Ines Duarte on Tuesday afternoon confirmed that two ships ran aground.",
        "Velora Freight last week said its profit fell 8%.",
    ) == ["Ines Duarte", "Velora Freight"]


def test_sheriffs_attorneys_headteachers_and_deputies_are_titles_not_names():
    assert _speakers(
        "Harlan County Sheriff Mae Booker said 30 people were arrested.",
        "Headteacher Tomas Reyes said 91 per cent of pupils passed.",
        "District Attorney Lena Park said three men were charged.",
        "Deputy Owen Hale said the road reopened at 6pm.",
        "Sheriff Booker said no one was hurt.",
    ) == ["Mae Booker", "Tomas Reyes", "Lena Park", "Owen Hale", "Mae Booker"]


def test_a_title_in_lower_case_before_a_name_after_an_inverted_verb():
    assert _speakers(
        "The harvest was the largest in a decade, says Agriculture minister Joan Pike.",
        "No one was hurt, said Lagos State Fire Service spokesman Ade Bello.",
    ) == ["Joan Pike", "Ade Bello"]


def test_the_subject_of_a_statement_made_by_saying_or_by_claiming():
    assert _speakers(
        "Transport minister Ruth Obi has defended the fares by claiming that costs rose 20% last year.",
        "She told MPs that 3,000 buses were replaced.",
        "Carl Benn answered the report by saying that 40 schools had closed.",
    ) == ["Ruth Obi", "Ruth Obi", "Carl Benn"]


def test_highlighted_blamed_and_expressed_concern_report_a_statement():
    assert _speakers(
        "The Ministry of Energy highlighted that fuel imports fell by 9%.",
        "Nordavia Airlines blamed the strike for 200 cancelled flights.",
        "Rosa Adjei expressed concern that 12 clinics had closed.",
    ) == ["the Ministry of Energy", "Nordavia Airlines", "Rosa Adjei"]


def test_continued_reports_only_before_what_is_said():
    assert _speakers("Paul Okoro continued: “Exports rose by 4% in May.”") == ["Paul Okoro"]
    assert _speakers("Paul Okoro's flood continued for three days and 40 homes were damaged.") == [""]


def test_a_capitalised_reporting_verb_inside_a_sentence_is_part_of_a_name():
    assert _speakers(
        "The northern United States has had 14 months of drought.",
        "Shipments reached the United States and Canada in May.",
    ) == ["", ""]


def test_the_progressive_of_any_reporting_verb():
    assert _speakers(
        "The Food Standards Agency is advising shoppers that 4,000 jars were recalled.",
        "Farmers of Delmar County are accusing the mill of underpaying them by 12%.",
        "Paul Okoro has been stressing that exports rose 4%.",
    ) == ["the Food Standards Agency", "Farmers of Delmar County", "Paul Okoro"]
