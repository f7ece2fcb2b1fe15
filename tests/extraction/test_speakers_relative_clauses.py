"""English speakers past a relative or participial clause set between the subject and its verb (issue 16, session 13):
"The company, which runs the port, said", "Okoro who spoke to reporters alleged", "Jane Doe, standing in for the
chief executive, says". Sentences written for these tests."""

from claims.extraction.attribution import SpeakerTracker


def _speakers(*sentences: str) -> list[str]:
    tracker = SpeakerTracker()
    return [tracker.speaker_of(sentence) for sentence in sentences]


def test_a_name_inside_a_relative_clause_is_not_the_subject():
    assert _speakers(
        "Grace Okoro who spoke in an interview with Radio Kano alleged that the funds were diverted.",
        "Martin Kessler, who chairs the board alongside Hannah Vogel, said the plant would close.",
    ) == ["Grace Okoro", "Martin Kessler"]


def test_a_participial_clause_between_commas_hides_no_subject():
    assert _speakers(
        "Finance director Amina Yusuf, standing in for chief executive Paul Brandt who is on leave, says sales rose.",
    ) == ["Amina Yusuf"]


def test_after_a_relative_clause_the_words_after_the_verb_are_its_object_not_an_inverted_speaker():
    assert _speakers(
        "The head of the water board, Tomas Ruiz, who was represented by his deputy, said the agency had repaired "
        "40 pipes.",
    ) == ["Tomas Ruiz"]


def test_a_clause_left_open_keeps_its_own_subject():
    assert _speakers("By noon he had collapsed, dying of what the county coroner says was heat stroke.") == [
        "the county coroner"
    ]


def test_a_relative_clause_inside_a_quotation_leaves_the_inverted_speaker():
    assert _speakers(
        "“Prices rose, which hurt our members,” said Lena Berg.",
        "Fuel costs doubled, leading to the closure of two depots, said Omar Haddad.",
    ) == ["Lena Berg", "Omar Haddad"]
