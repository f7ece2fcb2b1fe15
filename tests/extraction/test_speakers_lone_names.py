"""A lone name the page never gives a person whole ("Vantora reported …") may be a company's: "the company said" then
stands for it (issue 16, session 13). Sentences written for these tests."""

from claims.extraction.speakers import speakers_of


def test_the_company_points_back_to_a_lone_name_that_spoke():
    sentences = [
        "Vantora on Monday reported a 9% rise in quarterly profit.",
        "The company reported revenue of $4.1 billion.",
        "Cloud sales rose 12%, the company said.",
    ]
    assert speakers_of(sentences, " ".join(sentences)) == ["Vantora", "Vantora", "Vantora"]


def test_a_pronoun_still_points_back_to_a_lone_name():
    sentences = ["Okafor said the bridge would reopen in May.", "He added that repairs cost $2 million."]
    assert speakers_of(sentences, " ".join(sentences)) == ["Okafor", "Okafor"]


def test_the_company_after_a_person_named_whole_is_no_one_the_page_names():
    sentences = [
        "Jane Doe said the plant would close.",
        "The company said 200 jobs would go.",
    ]
    assert speakers_of(sentences, " ".join(sentences)) == ["Jane Doe", "the company"]
