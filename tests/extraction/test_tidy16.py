"""Tidy round #16, session 16: one list of linking words for the three readers that skip them, and a release's body
keeping its elided article. Lines and pages written for these tests, in no held-out page."""

import pytest

from claims.extraction.layout import sentence_gaps
from claims.extraction.line_shapes import is_portrait_caption
from claims.extraction.linking_words import is_linking_word
from claims.extraction.name_lines import name_line_speakers
from claims.extraction.release_bodies import release_body_speakers
from claims.extraction.template_lines import is_capitalised_headline
from tests.extraction.read_speakers import speakers_in_order


@pytest.mark.parametrize("word", ["with", "A", "dans", "L’", "l'", "D’"])
def test_linking_words_are_read_in_any_case_and_with_either_apostrophe(word):
    assert is_linking_word(word)


@pytest.mark.parametrize("word", ["Jane", "news", "l’Agence", "L", ""])
def test_other_words_are_no_linking_words(word):
    assert not is_linking_word(word)


# "with", "a", "to", "pour", "dans", "une" were linking words to the headline reader only: each reader now skips them.
@pytest.mark.parametrize(
    "headline", ["Police Seize Drugs with a Street Value of £4,000.", "Un Incendie Ravage Une Usine dans la Zone Nord."]
)
def test_a_title_case_headline_leaves_its_linking_words_in_lower_case(headline):
    assert is_capitalised_headline(headline)


@pytest.mark.parametrize(
    "caption", ["The ambassador to the United Nations, Jane Doe.", "La ministre pour la Francophonie, Anne Roy"]
)
def test_an_office_in_a_portrait_caption_holds_any_linking_word(caption):
    assert is_portrait_caption(caption)


@pytest.mark.parametrize(
    "page",
    [
        "TRANSCRIPT\nINTERVIEW WITH JANE DOE\nI have built 40 homes since 2020.\n",
        "Retranscription\nENTRETIEN AVEC JEAN DUPONT\nNous avons construit 40 logements depuis 2020.\n",
    ],
)
def test_a_heading_with_a_linking_word_opens_no_turn(page):
    sentences = [page.split("\n")[2]]
    assert name_line_speakers(sentences, sentence_gaps(sentences, page), page) == [""]


# A release naming its body without an article, whose sentence writes it after an elided « l’ »: the speaker keeps
# the article as the extractor writes French bodies (« l’Insee », « l'armée »), with no space after it.
@pytest.mark.parametrize("apostrophe", ["’", "'"])
def test_a_release_body_after_an_elided_article_keeps_it(apostrophe):
    sentence = f"L{apostrophe}Agence régionale a ouvert 12 centres de vaccination en mai."
    page = f"Communiqué\n\nAgence régionale de santé Normandie\n\n{sentence}"
    assert release_body_speakers([sentence], page, [""]) == [f"l{apostrophe}Agence régionale"]
    assert speakers_in_order(page, "fr") == [f"l{apostrophe}Agence régionale"]
