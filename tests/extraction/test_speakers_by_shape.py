"""English speakers by the shape of the attribution (issue 16, point 4), with sentences written for these tests."""

import pytest

from claims.extraction.attribution import SpeakerTracker
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def _speakers(*sentences: str) -> list[str]:
    tracker = SpeakerTracker()
    return [tracker.speaker_of(sentence) for sentence in sentences]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Transport Secretary Alan Whitcombe has said rail fares will rise by 4.9 per cent.", "Alan Whitcombe"),
        ("Council leader Ruth Okafor on Monday claimed that 300 homes had been built.", "Ruth Okafor"),
        ("Mayor Dina Farrow had also said the budget was balanced.", "Dina Farrow"),
    ],
)
def test_an_auxiliary_or_a_day_between_the_speaker_and_the_verb_is_skipped(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_title_with_an_adverb_between_it_and_the_verb_points_back_to_the_person():
    assert _speakers(
        "Health Minister Oren Baptiste said 40 clinics had closed.",
        "The minister, however, said the waiting lists had fallen.",
    ) == ["Oren Baptiste", "Oren Baptiste"]


def test_a_quotation_reopened_at_each_paragraph_stays_with_the_speaker_who_opened_it():
    speakers = speakers_of(
        [
            "Speaking at the conference, Priya Nandakumar said: “Bus journeys rose by 12% last year.",
            "“We have added 40 routes since 2021.",
            "“Fares have been frozen for three years.",
            "Ridership is back above its 2019 level.",
        ]
    )
    assert speakers == ["Priya Nandakumar"] * 4


def test_a_bare_quotation_opened_just_after_another_closed_goes_on_with_its_speaker():
    speakers = speakers_of(
        [
            "The union’s treasurer, Marcus Obi, told members that: “Membership fell by 2,000 in 2022.”",
            '"The strike fund was cut by half.',
            'Dues were raised twice in one year".',
        ]
    )
    assert speakers == ["Marcus Obi"] * 3


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (
            [
                "Fuel prices rose 3% in May, a survey by the Institute for Fiscal Research found.",
                "Separate data from the IFR showed that rents rose by 5% in the same month.",
            ],
            "the Institute for Fiscal Research",
        ),
        (
            ["The World Food Organisation, WFO, reports that 2 million people need food aid."],
            "the World Food Organisation",
        ),
        (
            ["In Sudan, the Office for the Protection of Civilians (OPC) says that 40 villages were shelled."],
            "the Office for the Protection of Civilians",
        ),
    ],
)
def test_an_acronym_is_the_whole_name_the_page_gives_it(sentences, speaker):
    assert speakers_of(sentences)[-1] == speaker


def test_a_title_is_the_person_the_page_gives_it_to_not_the_last_person_named():
    speakers = speakers_of(
        [
            "Governor Lena Vasquez said the state had received $2 billion.",
            "Treasury Secretary Tom Achebe said that figure was wrong.",
            "The governor, however, said the money had arrived in May.",
        ]
    )
    assert speakers[-1] == "Lena Vasquez"


def test_a_title_of_a_place_is_the_person_the_page_gives_it_to_further_on():
    speakers = speakers_of(
        [
            "Springfield’s fire chief says 12 homes burned overnight.",
            "Fire Chief Dana Holt said on Monday that crews worked for nine hours.",
        ]
    )
    assert speakers == ["Dana Holt", "Dana Holt"]


def test_a_title_after_the_statement_is_the_person_the_next_sentence_names():
    speakers = speakers_of(
        [
            "Rents nationally fell by 2% last year, a housing minister has said.",
            "Paul Regan told reporters that 30,000 homes were built.",
        ]
    )
    assert speakers == ["Paul Regan", "Paul Regan"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Jane Okoro, the economic adviser, told Radio 4 that the economy was growing, despite output falling "
            "0.2% in May, according to figures from the Statistics Bureau.",
            "Jane Okoro",
        ),
        ("Mayor Tim Reyes said 40 people were hurt, according to the County Fire Service.", "Tim Reyes"),
    ],
)
def test_a_speaker_named_before_a_trailing_according_to_is_the_sentences_first_source(sentence, speaker):
    assert _speakers(sentence) == [speaker]


def test_a_pronoun_after_what_was_said_is_the_last_person_named():
    speakers = speakers_of(
        [
            "Mayor Ann Lee said the city budget grew.",
            "As for grants, the city received $3 million, including $2 million for roads, she wrote on X.",
        ]
    )
    assert speakers == ["Ann Lee", "Ann Lee"]


def test_a_pronoun_after_an_unnamed_spokesperson_is_the_organisation_they_speak_for():
    speakers = speakers_of(
        [
            "A spokeswoman for the Port Authority said: “Cargo volumes fell by 8% last year.”",
            "Passenger numbers rose by 3%, she added.",
        ]
    )
    assert speakers == ["the Port Authority", "the Port Authority"]


def test_a_person_named_after_an_opening_clause_is_who_the_next_pronoun_means():
    speakers = speakers_of(
        [
            "Finance minister Sara Holt said debt fell to 80% of output.",
            "Opposition leader Ben Cole said the figure was wrong.",
            "Answering her critics on Monday, Holt published the accounts.",
            '"Debt fell by three points in two years," she said.',
        ]
    )
    assert speakers[-1] == "Sara Holt"


def test_capitalised_words_across_a_full_stop_are_not_a_persons_name():
    assert names_on("The grant was praised by Amrit Sahib. Centre officials later agreed.").people == ["Amrit Sahib"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Chief Constable Maria Dunne said 14 people were arrested.", "Maria Dunne"),
        ("Detective Superintendent Owen Price said the van was found on Friday.", "Owen Price"),
        ("Police Sergeant Amy Cole said two officers were hurt.", "Amy Cole"),
    ],
)
def test_police_ranks_are_titles_not_part_of_the_name(sentence, speaker):
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentences", "force"),
    [
        (
            [
                "Thames Valley Police say three people were arrested.",
                "Police say 200 officers were deployed overnight.",
            ],
            "Thames Valley Police",
        ),
        (["Officers from Kent Police were called at 9pm.", "Two men were arrested, the police said."], "Kent Police"),
    ],
)
def test_the_police_are_the_force_the_page_names(sentences, force):
    assert speakers_of(sentences)[-1] == force


@pytest.mark.parametrize(
    ("sentences", "speaker"),
    [
        (
            ["Kent Police said two men were held.", "The regional fire service says 30 homes were evacuated."],
            "the regional fire service",
        ),
        (["The army command in Kaduna State says 12 soldiers were injured."], "the army command in Kaduna State"),
    ],
)
def test_an_unnamed_collective_speaks_as_written(sentences, speaker):
    assert speakers_of(sentences)[-1] == speaker


def test_a_person_a_newspaper_reports_as_saying_something_is_its_speaker():
    assert _speakers("The Springfield Herald reports Fire Chief Dana Holt said 12 homes burned.") == ["Dana Holt"]


def test_a_newspaper_reporting_alone_is_the_speaker():
    assert _speakers("The Springfield Herald reports that 12 homes burned.") == ["Springfield Herald"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Mr Obi, 54, who chairs the housing committee, said rents rose 7%.", "Obi"),
        ("Inspector Sarah Ball, from Surrey Police, said three men were arrested.", "Sarah Ball"),
        ("In Leeds, officials said 30 homes were flooded.", ""),
    ],
)
def test_appositions_and_complements_between_a_name_and_its_verb_are_skipped(sentence, speaker):
    assert _speakers(sentence) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "organisation"),
    [
        ("A Home Office spokesman said 4,000 people crossed in May.", "Home Office"),
        ("The Kremlin’s spokesman said the talks had lasted four hours.", "Kremlin"),
        ("“We cancelled 40 trains,” a Network Rail spokeswoman said.", "Network Rail"),
    ],
)
def test_an_unnamed_spokesperson_speaks_for_their_organisation_not_the_last_person(sentence, organisation):
    assert speakers_of(["Transport Secretary Mark Hale visited the depot.", sentence])[-1] == organisation


def test_a_title_of_a_place_is_not_the_last_person_named():
    speakers = speakers_of(
        ["Transport Secretary Mark Hale visited the depot.", "Leeds’s fire chief says 12 homes burned overnight."]
    )
    assert speakers[-1] == ""


@pytest.mark.parametrize(
    "sentence", ["Critics have said the scheme cost £2bn.", "Experts have also warned that 40% of bridges are unsafe."]
)
def test_a_lone_word_before_a_plural_auxiliary_is_no_speaker(sentence):
    assert _speakers(sentence) == [""]
