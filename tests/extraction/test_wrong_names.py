"""Session 10's wrong-names pass (#16): a speaker is a whole name and nothing more. A headline is no person's name, a
name ends at a full stop, a French organisation's name ends where a clause opens, a judicial title is no part of a
name, and a place written "City, State" is no speaker. Sentences written for these tests."""

from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def _on_page(sentences: list[str], page_lines: list[str] = ()) -> list[str]:
    return speakers_of(sentences, "\n\n".join([*page_lines, *sentences]))


def test_a_headline_with_a_figure_is_no_person_named_on_the_page():
    headline = "Telkomo Quarterly Revenue Climbs To Sh41.7 Billion"
    assert names_on(f"Business: {headline}\n\nTelkomo said its revenue rose.").people == []
    speakers = _on_page(["Telkomo said revenue rose 8 per cent to Sh41.7 billion."], [f"Business: {headline}"])
    assert speakers == ["Telkomo"]


def test_a_name_after_a_french_title_ends_at_the_full_stop():
    sentences = [
        "« Le réseau compte 300 postes », a déclaré le directeur général de la Sodelec.",
        "Il a ajouté que 40 postes avaient été construits en 2022.",
    ]
    assert "Sodelec. Il" not in names_on(" ".join(sentences)).people
    assert "Sodelec. Il" not in speakers_of(sentences, " ".join(sentences))


def test_an_organisation_after_selon_ends_where_a_subordinate_clause_opens():
    sentences = [
        "Des résultats en hausse selon la mairie puisque 120 logements ont été livrés.",
        "Les dépenses ont baissé de 4 % selon la région lorsqu'on exclut la dette.",
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


def test_the_state_or_country_of_a_place_is_no_speaker():
    sentences = [
        "The brewer based in Milwaukee, Wisconsin, said sales fell 3%.",
        "Nurses at a clinic in Lyon, France, voted to strike, a union official said.",
        "Officials at the agency's office in Geneva, Maria Lopez, confirmed that 20 staff had left.",
    ]
    speakers = _on_page(sentences)
    assert speakers[0] != "Wisconsin" and speakers[1] != "France"
    assert speakers[2] == "Maria Lopez"
