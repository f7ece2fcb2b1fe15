"""Language detection tells French and English from the rest, and extraction does not score the rest
with a model trained on another language: it says the language is not supported for scoring."""

import pytest

from claims import services
from claims.extraction.pipeline import detect_language, extract
from claims.models import Document
from tests import factories

OTHER_LANGUAGES = {
    "de": "Die Arbeitslosigkeit ist im Jahr 2025 um drei Prozent gesunken, sagte der Minister am Montag in Berlin. "
    "Die Regierung will auch die Steuern für kleine Unternehmen senken, wie der Sprecher mitteilte.",
    "es": "El desempleo cayó un tres por ciento en 2025, según el ministro, que habló el lunes con la prensa. "
    "El gobierno también quiere bajar los impuestos para las pequeñas empresas.",
    "it": "La disoccupazione è scesa del tre per cento nel 2025, secondo il ministro che ha parlato lunedì. "
    "Il governo vuole anche ridurre le tasse per le piccole imprese, che sono in difficoltà.",
    "pt": "O desemprego caiu três por cento em 2025, segundo o ministro, que falou com a imprensa na segunda. "
    "O governo também quer baixar os impostos para as pequenas empresas, que não crescem.",
    "nl": "De werkloosheid is in 2025 met drie procent gedaald, zei de minister maandag in Den Haag. "
    "De regering wil ook de belastingen voor kleine bedrijven verlagen, zo heeft de woordvoerder gezegd.",
    "ru": "Безработица снизилась на три процента в 2025 году, заявил министр в понедельник. "
    "Правительство также хочет снизить налоги для малого бизнеса.",
}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_a_language_that_is_neither_french_nor_english_is_other(language):
    assert detect_language(OTHER_LANGUAGES[language]) == "other"


def test_french_and_english_and_text_too_short_to_tell_stay_as_they_were():
    assert detect_language("Le chômage a baissé de trois pour cent en 2025, selon le ministre.") == "fr"
    assert detect_language("Unemployment fell by three percent in 2025, the minister said on Monday.") == "en"
    assert detect_language("Unemployment rose.") == "en"
    assert detect_language("+41.34 (+0.51%) +112.21 (+0.56%) +3.42 (+0.45%) 0.0031 (-0.26%) 37.98") == "en"


@pytest.mark.parametrize("given", ["other", "de", "de-DE"])
def test_extraction_scores_nothing_in_another_language_and_says_why(given):
    result = extract(OTHER_LANGUAGES["de"], language=None if given == "other" else given)
    assert result.language == given.split("-")[0]
    assert (result.claims, result.candidates) == ([], [])
    assert result.not_scored == "language not supported for scoring"


@pytest.mark.django_db
def test_a_document_in_another_language_is_marked_not_scored():
    document = factories.DocumentFactory(text=OTHER_LANGUAGES["es"], language="")
    services.document_extract(document.pk)
    document.refresh_from_db()
    assert (document.language, document.extraction_state) == ("other", Document.ExtractionState.FAILED)
    assert document.extraction_error == "language not supported for scoring"
    assert not document.claims.exists() and not document.candidates.exists()
