""" "announced" with a thing for its object reports an act, not a statement (issue 16, session 13): "The minister today
announced £3m in funding" names no source, where "announced that …" does. Sentences written for these tests."""

from claims.extraction.attribution import SpeakerTracker


def _speakers(*sentences: str) -> list[str]:
    tracker = SpeakerTracker()
    return [tracker.speaker_of(sentence) for sentence in sentences]


def test_an_announced_act_has_no_speaker():
    assert _speakers(
        "Housing Minister Dara Flynn today announced £4.5 million for new homes in Sligo.",
        "The Harbour Authority has announced new fees for cruise ships.",
        "Kestrel Bank has announced a 7 per cent rise in half-year profit.",
        "The county police have announced the arrest of three suspects.",
    ) == ["", "", "", ""]


def test_an_announced_statement_keeps_its_speaker():
    assert _speakers(
        "Housing Minister Dara Flynn announced on Monday that 400 homes would be built.",
        "The Harbour Authority announced it would raise fees by 5%.",
        "Inflation fell to 2.1% in May, the Central Statistics Office announced yesterday.",
    ) == ["Dara Flynn", "the Harbour Authority", "the Central Statistics Office"]


def test_a_pronoun_after_an_announced_act_points_to_its_subject():
    assert _speakers(
        "Housing Minister Dara Flynn today announced £4.5 million for new homes in Sligo.",
        "She said the first homes would be ready in 2026.",
    ) == ["", "Dara Flynn"]
