"""Review of session 16's passes (review16): what the review found wrong on sentences a page may well hold. Lines and
pages written for these tests."""

import pytest

from claims.extraction.acronyms import acronyms_defined
from claims.extraction.french_organisations import OrganisationNames
from claims.extraction.layout import sentence_gaps
from claims.extraction.name_lines import name_line_speakers
from claims.extraction.names import clean_name
from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


# One list of linking words for the name lines added "per" and "an", which open given names: a transcript's turns
# under "Per Strand" and "An Nguyen" are theirs, as before that list.
def test_a_name_line_may_open_with_a_linking_word_that_is_a_given_name():
    page = "Transcript\nPer Strand\nI have built 40 homes since 2020.\nAN NGUYEN\nI have sold 12 farms since 2019.\n"
    sentences = ["I have built 40 homes since 2020.", "I have sold 12 farms since 2019."]
    assert name_line_speakers(sentences, sentence_gaps(sentences, page), page) == ["Per Strand", "An Nguyen"]


# An acronym in title case is a word in parentheses, as an agency's credit is: a clause before it holding its letters
# in order by chance spells nothing out, and the agency keeps its name where it speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Residents were evacuated from the towers after the fire spread on Saturday night (Reuters).",
        "Rescue teams were still searching the rubble on Tuesday, officials told the agency (Reuters).",
    ],
)
def test_a_credit_in_title_case_spells_out_no_clause_before_it(text):
    assert acronyms_defined(text) == {}
    sentences = [text, "Reuters said that 40 people had died in the fire on Saturday."]
    assert speakers_of(sentences, "\n".join(sentences), "en")[1] == "Reuters"


@pytest.mark.parametrize(
    ("text", "acronym", "name"),
    [
        ("la Société nationale d’électricité (Senelec) a dit", "senelec", "Société nationale d’électricité"),
        ("selon l’Office national des statistiques (Ons), 40 %", "ons", "Office national des statistiques"),
        (
            "selon l’Agence nationale de la statistique et de la démographie (Ansd)",
            "ansd",
            "Agence nationale de la statistique et de la démographie",
        ),
    ],
)
def test_an_acronym_in_title_case_still_spells_out_its_name(text, acronym, name):
    assert acronyms_defined(text) == {acronym: name}


# A domain of three parts has two "and"s: the name starts one word past the last ("… and Energy Jane Doe").
@pytest.mark.parametrize(
    "name",
    ["Minister for Trade and Industry and Energy Jane Doe", "Secretary of Health and Housing and Planning Jane Doe"],
)
def test_a_domain_of_three_parts_is_left_out_of_the_name(name):
    assert clean_name(None, name) == "Jane Doe"


# An acronym opening with a vowel takes an elided article (« l’ONS », « l’OMS »): spelt out as one after « le ».
@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_an_acronym_after_an_elided_article_names_the_organisation_spelt_out(apostrophe):
    sentences = [
        "Trois usagers ont porté plainte, selon un rapport de l’office national des statistiques (ONS).",
        f"L{apostrophe}ONS note que 40 % des ménages du sud sont pauvres depuis 2022.",
    ]
    assert speakers_of(sentences, "\n".join(sentences), "fr")[1] == "l’office national des statistiques"


# « note quelques … » notes a thing, not what someone says: « que » must be a whole word.
def test_noting_before_a_word_opening_with_que_reports_nothing():
    sentences = ["Les prix ont augmenté.", "La préfecture note quelques incidents mineurs dans trois communes du nord."]
    assert speakers_of(sentences, "\n".join(sentences), "fr")[1] == ""


# « note » before an article reports only inverted, after a comma: a subject that notes a thing reports nothing.
def test_noting_a_thing_after_its_subject_reports_nothing():
    sentences = ["Les prix ont augmenté.", "La préfecture note la hausse des prix de 12 % dans le département en 2022."]
    assert speakers_of(sentences, "\n".join(sentences), "fr")[1] == ""


# An adverb may stand between « a » and « noté », as between « a » and any participle.
def test_noting_with_an_adverb_before_the_participle_reports():
    sentences = [
        "Les prix ont augmenté.",
        "Le syndicat a également noté que les salaires ont augmenté de 12 % en 2021.",
    ]
    assert speakers_of(sentences, "\n".join(sentences), "fr")[1] == "le syndicat"


# Only an article before the acronym makes it the organisation's name: its president speaks for himself.
@pytest.mark.parametrize(("speaker", "spelt"), [("le CNUR", "le collectif"), ("le président du CNUR", None)])
def test_only_an_acronym_after_an_article_is_spelt_out(speaker, spelt):
    organisations = OrganisationNames()
    organisations.by_acronym["CNUR"] = "le collectif"
    assert organisations.spelt_out(speaker) == (spelt or speaker)


# A title of address names no office another sentence could point back to ("the doctor" is not "Dr Patel"'s seat).
@pytest.mark.parametrize("honour", ["Dr", "Prof", "Mrs", "Hon"])
def test_a_title_of_address_records_no_office(honour):
    assert names_on(f"{honour} Patel told the inquiry that 40 beds had closed in 2022.").by_title == {}
