"""Session 11's English speakers pass (#16, enspeakers7): people the page names together. A capitalised run joined by
"and" ("Sheriff Jane Doe and Chief Deputy John Roe", "Acme Holdings and Jane Doe") names each side apart, so a later
surname alone stands for the whole name. Sentences written for these tests."""

from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def test_two_titled_people_joined_by_and_are_both_named():
    page = "Harlow County Sheriff Nadia Brennick and Chief Deputy Owen Talbot warned residents about scams."
    assert {"Nadia Brennick", "Owen Talbot"} <= set(names_on(page).people)


def test_an_organisation_and_a_person_joined_by_and_name_the_person():
    page = "Delta Freight Holdings and Tomas Ekwueme have asked the court to stop the sale."
    assert "Tomas Ekwueme" in names_on(page).people


def test_a_surname_alone_then_stands_for_the_first_of_two_people_named_together():
    sentences = [
        "Harlow County Sheriff Nadia Brennick and Chief Deputy Owen Talbot warned residents about scams.",
        "“We had 40 reports of fraud last month,” Brennick said.",
    ]
    assert speakers_of(sentences)[1] == "Nadia Brennick"


def test_a_surname_alone_stands_for_a_person_named_after_an_organisation():
    sentences = [
        "Delta Freight Holdings and Tomas Ekwueme have asked the court to stop the sale.",
        "“The company owes its workers 3 million,” writes Ekwueme.",
    ]
    assert speakers_of(sentences)[1] == "Tomas Ekwueme"


def test_an_owner_before_a_name_is_no_part_of_it():
    page = "The Rovers’ Dale Pym and Kyle Mensah have both signed new contracts."
    assert {"Dale Pym", "Kyle Mensah"} <= set(names_on(page).people)


def test_an_organisations_own_and_names_no_person():
    page = "The Centers for Disease Control and Prevention said 12 cases were confirmed."
    assert names_on(page).people == []
