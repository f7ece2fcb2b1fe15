"""The last speaker carried to a sentence whose subject points back at them and reports what they said
(carried_to_pointing_subjects): "He clarified that …", « Il a laissé entendre que … », "The minister …, saying …".
Shown only: what is extracted does not move. Every sentence here is invented."""

import pytest

import claims.extraction.speakers as speakers_module
from claims.extraction import extract
from claims.extraction.carried_to_pointing_subjects import carried_to_pointing_subjects
from claims.extraction.speakers import sources_and_speakers
from tests.extraction.test_linear_time import assert_linear

_ENGLISH = [
    "Harbour Minister Jane Doe said on Monday that ferry fares would rise by 4 percent in June.",
    "She clarified that the rise would not apply to pensioners travelling before 9am.",
]
_FRENCH = [
    "Le ministre des Transports, Paul Durand, a annoncé jeudi une hausse de 3 % des tarifs des bus.",
    "Il a laissé entendre que la ligne 12 serait prolongée jusqu'à la gare en 2027.",
]


def _shown(sentences: list[str], language: str) -> list[str]:
    return sources_and_speakers(sentences, " ".join(sentences), language)[1]


def test_a_pronoun_subject_reporting_a_clause_shows_the_person_who_spoke_just_before():
    assert _shown(_ENGLISH, "en") == ["Jane Doe", "Jane Doe"]
    assert _shown(_FRENCH, "fr") == ["Paul Durand", "Paul Durand"]


@pytest.mark.parametrize(
    "following",
    [
        "The minister defended the rise, saying fuel had cost the ferries 2 million more than planned.",
        "He also pointed out that the fares had not risen since 2019.",
        "The latter hinted that 40 jobs could go.",
    ],
)
def test_a_title_a_pronoun_or_the_latter_reporting_is_the_last_speaker(following):
    assert _shown([_ENGLISH[0], following], "en")[1] == "Jane Doe"


@pytest.mark.parametrize(
    "following",
    [
        "Ce dernier a assuré qu'aucune hausse ne toucherait les abonnés.",
        "Le ministre a rejeté toute idée de gratuité, ajoutant que le réseau coûtait 80 millions par an.",
        "Le chef du réseau a tenu à rappeler que 12 lignes avaient été ouvertes.",
    ],
)
def test_french_pointing_subjects_reporting_are_the_last_speaker(following):
    assert _shown([_FRENCH[0], following], "fr")[1] == "Paul Durand"


def test_the_carried_speaker_is_the_frames_subject_never_the_object_of_the_verb():
    # "He" points back at the speaker, not at the person the earlier sentence's verb acts on
    sentences = [
        "Police Chief John Roe said officers had arrested Mark Poe on Tuesday.",
        "He confirmed that 3 kilograms of cannabis were seized.",
    ]
    assert _shown(sentences, "en") == ["John Roe", "John Roe"]


@pytest.mark.parametrize(
    "sentences, language",
    [
        # no reporting frame: the pronoun opens the writer's account of what someone did
        ([_ENGLISH[0], "She then left for the airport with 2 aides."], "en"),
        # "that" after a comma opens another clause than the subject's verb: no reporting frame
        ([_ENGLISH[0], "She resigned, a decision that surprised 30 of her staff."], "en"),
        # an impersonal « il » stands for no one
        ([_FRENCH[0], "Il faut que la région verse 4 millions d'euros d'ici à juin."], "fr"),
        ([_FRENCH[0], "Il est vrai que la ligne 12 a perdu 5 % de ses voyageurs."], "fr"),
        # a plural subject is no one person
        ([_ENGLISH[0], "They argued that the 4 percent rise was far too steep."], "en"),
        # no speaker shown in the sentences before: nothing to carry
        (["Ferry fares rose by 4 percent in June.", "He clarified that pensioners would not pay more."], "en"),
        # the speaker shown before is an organisation: "he" is no organisation
        (["The Harbour Authority said fares would rise by 4 percent.", "He added that 30 jobs would go."], "en"),
        # a title the page gives to another person carries no one else
        (
            [
                "Premier Ann Lee opened the new terminal on Monday.",
                "Harbour Minister Jane Doe said fares would rise by 4 percent.",
                "The premier clarified that 200 jobs would be created.",
            ],
            "en",
        ),
    ],
)
def test_no_speaker_is_carried_where_the_sentence_points_back_at_no_one_who_spoke(sentences, language):
    assert _shown(sentences, language)[-1] == ""


def test_no_pronoun_is_ever_shown_as_a_speaker():
    sentences = [
        "Harbour Minister Jane Doe said fares would rise by 4 percent.",
        "He said that 30 jobs would go.",
        "She clarified that pensioners would pay 2 percent less.",
        "Elle a précisé que 12 lignes seraient ouvertes.",
    ]
    for language in ("en", "fr"):
        shown = _shown(sentences, language)
        assert not {speaker.lower() for speaker in shown} & {"he", "she", "il", "elle", "they", "ils"}


def test_a_speaker_is_carried_only_where_none_is_shown():
    shown = ["Jane Doe", "", "John Roe"]
    sentences = [_ENGLISH[0], _ENGLISH[1], "He noted that 30 jobs would go."]
    assert carried_to_pointing_subjects(sentences, shown) == ["", "Jane Doe", ""]


def test_the_speaker_is_carried_from_no_further_than_a_few_sentences_back():
    filler = "Ferry fares in the region rose by 4 percent in June."
    sentences = [_ENGLISH[0], filler, filler, filler, filler, _ENGLISH[1]]
    assert _shown(sentences, "en")[-1] == ""


_PAGE = """Ferry fares to rise

Harbour Minister Jane Doe said on Monday that ferry fares would rise by 4 percent in June.

She clarified that the rise would not apply to pensioners travelling before 9am.

The minister defended the rise, saying fuel had cost the ferries 2 million more than planned.

Fares last rose in 2019, when they went up by 6 percent. Some 3 million passengers use the ferries each year.
"""


def test_the_claims_extracted_are_the_same_with_and_without_the_carried_speakers(monkeypatch):
    def spans():
        return [(claim.start, claim.end) for claim in extract(_PAGE, language="en").claims]

    with_carried = spans()
    monkeypatch.setattr(speakers_module, "carried_to_pointing_subjects", lambda sentences, *rest: [""] * len(sentences))
    assert spans() == with_carried
    assert with_carried  # the page has claims to compare


def test_the_sources_the_claim_gate_reads_are_untouched():
    sources = sources_and_speakers(_ENGLISH, " ".join(_ENGLISH), "en")[0]
    assert sources[1] == ""  # shown only: the gate reads no source for "She clarified that …"


def _hostile_openings(size: int) -> list[str]:
    """Sentences opening like a pointing subject, each a long run with no reporting clause, after one speaker."""
    run = "the minister of the " * (size // 200)
    return ["Jane Doe said fares rose.", *(f"The chief {run}{index} rose." for index in range(10))]


def test_pointing_subjects_are_read_in_time_in_proportion_to_the_sentences_length():
    def run(sentences):
        return carried_to_pointing_subjects(sentences, ["Jane Doe"] + [""] * (len(sentences) - 1))

    assert_linear(run, _hostile_openings, 20_000)
