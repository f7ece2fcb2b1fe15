"""Guards of session 11's speaker and claim rules (#16, review11) that no test of their own passes had held: each test
fails when its guard is taken out. Sentences written for these tests, in no held-out page."""

from claims.extraction.held_back_english import speaks_to_the_reader
from claims.extraction.model import score
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def test_an_organisation_joined_by_and_gives_no_person_its_last_word():
    # "Trade and Industry" is one ministry's domain: "Industry Paul Roe" is no one's name
    names = names_on("Yesterday Ministry of Trade and Industry Paul Roe said exports rose by 4%.")
    assert not any(person.startswith("Industry") for person in names.people)


def test_a_title_far_from_an_apposed_name_is_not_that_persons():
    # the comma after a long clause sets off a witness, not the minister whose domain the clause opened with
    page = (
        "The minister of state for the northern regions opened the new bridge over the river in the north of the old "
        "city, Jane Doe, a resident, said."
    )
    assert "minister" not in names_on(page).by_title


def test_a_colon_quotation_is_the_person_whose_verb_opens_the_clause():
    sentence = "Face à Jean Dupont, Paul Martin répond : « Les prix ont baissé de 3 % en un an. »"
    assert speakers_of([sentence], sentence, "fr") == ["Paul Martin"]


def test_a_quotation_speaking_to_you_is_not_the_page_speaking_to_its_reader():
    sentence = '"We will show you what we mean," the director told the board.'
    cues = score(sentence, "en")[1]
    assert "second_person" in cues
    assert not speaks_to_the_reader(sentence, cues, "en")


def test_a_quotation_opening_the_sentence_is_the_last_speakers_own_sentence_even_in_lower_case():
    sentences = [
        "Le maire Jean Dupont a déclaré lundi que la ville souffrait.",
        "« depuis mars, douze commerces ont fermé. »",
    ]
    assert speakers_of(sentences, " ".join(sentences), "fr") == ["Jean Dupont", "Jean Dupont"]


def test_a_quotation_opening_with_a_capital_mid_sentence_is_the_last_speakers_own_sentence():
    sentences = [
        "Le maire Jean Dupont a déclaré lundi que la ville souffrait.",
        "Pour la commune, « Douze commerces ont fermé depuis mars. »",
    ]
    assert speakers_of(sentences, " ".join(sentences), "fr") == ["Jean Dupont", "Jean Dupont"]
