"""Session 10's wrong-names pass (#16): a speaker is a whole name and nothing more. A headline is no person's name, a
French organisation's name ends where a clause opens, and a judicial title is no part of a name. Sentences written for
these tests."""

from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def _on_page(sentences: list[str], page_lines: list[str] = ()) -> list[str]:
    return speakers_of(sentences, "\n\n".join([*page_lines, *sentences]))


def test_a_headline_with_a_figure_is_no_person_named_on_the_page():
    headline = "Telkomo Quarterly Revenue Climbs To Sh41.7 Billion"
    assert names_on(f"Business: {headline}\n\nTelkomo said its revenue rose.").people == []
    speakers = _on_page(["Telkomo said revenue rose 8 per cent to Sh41.7 billion."], [f"Business: {headline}"])
    assert speakers == ["Telkomo"]


def test_an_organisation_after_selon_ends_where_a_subordinate_clause_opens():
    sentences = [
        "Des résultats en hausse selon la mairie puisque 120 logements ont été livrés.",
        "Les dépenses ont baissé de 4 % selon la région lorsque la dette est exclue.",
        "Le trafic a doublé selon la préfecture quand les routes ont rouvert.",
    ]
    assert speakers_of(sentences) == ["la mairie", "la région", "la préfecture"]


def test_a_verb_in_the_imperfect_is_no_part_of_the_organisations_name_remembered():
    sentences = [
        "La préfecture présentait mardi le bilan de la saison.",
        "Les contrôles ont augmenté de 12 % selon la préfecture.",
    ]
    assert speakers_of(sentences)[1] == "la préfecture"


def test_a_judicial_title_is_no_part_of_the_name():
    sentences = [
        "Sentencing him to 8 months, Recorder Helen Marsh said the thefts had cost the shop £4,000.",
        "Magistrate Peter Odhiambo said the accused had been arrested twice before.",
        "Recorder Marsh said he had repaid £1,000.",
    ]
    assert _on_page(sentences) == ["Helen Marsh", "Peter Odhiambo", "Helen Marsh"]
