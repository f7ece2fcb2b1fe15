"""After "the", a country's initials open an organisation's name, not a title's domain (issue 16, session 13): "the US
Coast Guard" is not "Coast Guard", where "secretary to the Treasury Jane Doe" is Jane Doe. Sentences written for these
tests."""

from claims.extraction.speakers import speakers_of


def test_initials_after_the_keep_the_whole_organisation():
    sentences = [
        "Video released by the US Border Patrol shows a truck crossing the river.",
        "Border Patrol officials said six people were detained.",
        "Prices rose 3%, according to the UK Statistics Authority.",
    ]
    assert speakers_of(sentences, " ".join(sentences)) == [
        "the US Border Patrol",
        "the US Border Patrol",
        "the UK Statistics Authority",
    ]


def test_a_title_domain_before_a_person_is_still_dropped():
    sentences = ["Economic secretary to the Treasury Maria Lindqvist told reporters that growth was on track."]
    assert speakers_of(sentences, " ".join(sentences)) == ["Maria Lindqvist"]
