"""Session 14's English speakers pass (#16, enspeakers12). Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_according_to_a_bare_institution_is_that_institution():
    sentences = [
        "Burglaries rose 12 percent in the first half of the year, according to police.",
        "According to council, the new rates are the lowest in the county.",
    ]
    assert speakers_of(sentences) == ["the police", "the council"]


def test_according_to_a_bare_institution_is_the_one_the_page_names():
    sentences = [
        "Officers from Greater Manchester Police arrested two men on Friday.",
        "Knife crime fell 5 percent last year, according to police.",
    ]
    assert speakers_of(sentences)[1] == "Greater Manchester Police"


def test_according_to_an_institution_s_document_or_anonymous_people_names_no_one():
    sentences = [
        "According to police reports, the two men fled on foot.",
        "According to authorities, the car was seen at 6 p.m.",
    ]
    assert speakers_of(sentences) == ["", ""]


def test_the_source_of_a_clause_opened_by_after_speaks():
    sentences = [
        "Water bills will rise by £40 from April after Ofwat said it was lifting its cap on charges.",
        "Shares fell 3% after the Bank of England said rates would rise again.",
    ]
    assert speakers_of(sentences) == ["Ofwat", "the Bank of England"]


def test_a_place_before_the_verb_is_still_no_speaker():
    sentences = [
        "Residents in Leeds said the road had been shut for a week.",
        "Fans at Wembley said the gates opened late.",
    ]
    assert speakers_of(sentences) == ["", ""]


def test_people_left_unnamed_at_the_opening_are_no_speaker():
    sentences = [
        "Authorities said 400 kilograms of cocaine were found on the boat.",
        "Residents claimed the water had been off for six days.",
        "Microsoft said profit fell 12% in the quarter.",
    ]
    assert speakers_of(sentences) == ["", "", "Microsoft"]


def test_a_quotation_closed_by_its_attribution_gives_the_speaker_to_that_sentence_only():
    sentences = [
        "“We had 40 calls in the first hour.",
        "Twelve homes lost power,” said Jane Doe, the fire chief.",
    ]
    assert speakers_of(sentences, language="en") == ["", "Jane Doe"]


def test_a_quotation_opened_after_its_speaker_is_theirs_throughout():
    sentences = [
        "Jane Doe, the fire chief, said: “We had 40 calls in the first hour.",
        "Twelve homes lost power.”",
    ]
    assert speakers_of(sentences, language="en") == ["Jane Doe", "Jane Doe"]


def test_a_french_quotation_closed_by_its_attribution_is_still_its_speaker_s():
    sentences = ["« Nous avons reçu 40 appels.", "Douze foyers sont privés de courant », a précisé Jean Dupont."]
    assert speakers_of(sentences, language="fr") == ["Jean Dupont", "Jean Dupont"]


def test_the_title_of_a_holder_named_by_title_and_surname_only_is_theirs():
    sentences = [
        "Minister Walsh welcomes a fall of 12% in hospital waiting lists.",
        "Anna Green, a nurse in Cork, said some patients had waited two years.",
        "The Minister said 4,000 more operations were carried out this year.",
    ]
    page = "\n".join(sentences)
    assert speakers_of(sentences, page, "en")[2] == "Minister Walsh"


def test_a_title_before_a_surname_the_page_gives_whole_is_that_person_s():
    sentences = [
        "Jacob Zuma opened the debate.",
        "President Zuma said 3,000 farms were hit by drought.",
        "The President said relief of R1 billion had been approved.",
    ]
    assert speakers_of(sentences, "\n".join(sentences), "en")[1:] == ["Jacob Zuma", "Jacob Zuma"]


def test_a_body_recording_figures_reports_them():
    ministry = ["The Ministry of Health has recorded 12 new deaths from cholera in the north."]
    police = ["Police recorded 98 burglaries in March, up from 70 a year earlier."]
    assert speakers_of(ministry, language="en") + speakers_of(police, language="en") == [
        "the Ministry of Health",
        "the police",
    ]


def test_a_place_or_person_recording_something_reports_nothing():
    sentences = [
        "Jamaica has recorded 10 new cases of dengue this week.",
        "Jane Doe recorded her first album in 2019.",
    ]
    assert speakers_of(sentences, language="en") == ["", ""]
