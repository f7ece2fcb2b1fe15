"""Session 11's English speakers pass (#16, enspeakers7): a rank before a title ("the Deputy Minister", "the Acting
Commissioner") makes another office than the title alone, so it is not the holder the page gives the bare title to.
Sentences written for these tests."""

from claims.extraction.speakers import speakers_of
from claims.extraction.titles import title_holder


def test_a_ranked_title_is_not_the_holder_of_the_bare_title():
    by_title = {"minister": "Ana Ruiz", "deputy minister": "Tom Hale"}
    assert title_holder(by_title, "the Deputy Minister") == "Tom Hale"
    assert title_holder({"minister": "Ana Ruiz"}, "the Deputy Minister") == ""
    assert title_holder({"minister": "Ana Ruiz"}, "the Finance Minister") == "Ana Ruiz"


def test_the_deputy_minister_named_in_apposition_keeps_speaking():
    sentences = [
        "The Deputy Minister of Transport, Lindiwe Moyo, says 300 buses were repaired this year.",
        "The Deputy Minister also said 40 new routes had opened.",
        "Health Minister Pieter Botha said clinics had run short of staff.",
    ]
    assert speakers_of(sentences)[1] == "Lindiwe Moyo"


def test_the_acting_commissioner_is_not_the_commissioner_the_page_named():
    sentences = [
        "Commissioner Ian Kerr retired in May.",
        "Rose Tamba, who now leads the force as acting commissioner, said 12 officers were suspended.",
        "The Acting Commissioner says patrols will double.",
    ]
    assert speakers_of(sentences)[2] == "Rose Tamba"
