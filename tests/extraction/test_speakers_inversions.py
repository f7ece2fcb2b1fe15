"""Inverted reporting verbs separated from their subject (issue 16, point 4, session 10, speakers6): a time or an
adverb between them, bare or set off by commas, and a description of the speaker with their name in apposition; and a
quotation carried on from a closed one only when it reopens at the start of its sentence. Sentences written for these
tests."""

from claims.extraction.speakers import speakers_of


def test_a_time_between_commas_and_a_description_with_the_name_in_apposition():
    sentences = [
        "La coopérative a doublé sa collecte de lait en cinq ans, a précisé, mardi, sa présidente, Lucie Marchal."
    ]
    assert speakers_of(sentences) == ["Lucie Marchal"]


def test_a_description_with_a_capitalised_place_then_the_name_then_a_listener():
    sentences = [
        "« Le pont restera fermé trois semaines », a expliqué le bourgmestre de Valmont, Jean Dupuis, à la radio."
    ]
    assert speakers_of(sentences) == ["Jean Dupuis"]


def test_an_english_description_then_the_name():
    sentences = ['"The lake froze for the first time in 20 years," said a retired ferryman, Tom Hadley.']
    assert speakers_of(sentences) == ["Tom Hadley"]


def test_an_adverbial_phrase_between_the_verb_and_the_name():
    sentences = ["« Nous avons reçu 4 200 dossiers », annonce d’emblée Aminata Sow."]
    assert speakers_of(sentences) == ["Aminata Sow"]


def test_an_adverb_in_ly_between_the_verb_and_the_name():
    sentences = ['"Ridership rose 12% last year," said proudly Karen Whitfield.']
    assert speakers_of(sentences) == ["Karen Whitfield"]


def test_a_description_without_a_name_after_it_names_no_one():
    sentences = ["Le marché a rouvert, a indiqué samedi un commerçant du quartier, sans plus de précisions."]
    assert speakers_of(sentences) == [""]


def test_a_quotation_opened_inside_a_sentence_does_not_carry_on_the_one_closed_before():
    sentences = [
        "« Les inscriptions ont augmenté », déclare d’emblée Aminata Sow.",
        "Pour la filière technique, « 812 élèves se sont présentés.",
        "Leur moyenne est de 11,2 », poursuit-on.",
    ]
    assert speakers_of(sentences) == ["Aminata Sow", "", ""]


def test_a_quotation_reopening_its_sentence_just_after_another_closed_carries_it_on():
    sentences = [
        "« Les inscriptions ont augmenté », déclare d’emblée Aminata Sow.",
        "« Nous avons ouvert 14 classes.",
        "Elles sont toutes pleines ».",
    ]
    assert speakers_of(sentences) == ["Aminata Sow"] * 3
