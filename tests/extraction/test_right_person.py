"""Session 11's right-person pass (#16): the speaker given is the person or organisation the page names, whole and
bare. Titles of address ("Professor", "Hon") are no part of a name; two people a page names in one run ("Sheriff X
and Deputy Y") are each remembered whole; a possessive before a name ("the Lions' Jane Doe") is no part of it.
Sentences written for these tests."""

from claims.extraction.page_names import names_on
from claims.extraction.speakers import speakers_of


def _on_page(sentences: list[str], page_lines: list[str] = ()) -> list[str]:
    return speakers_of(sentences, "\n\n".join([*page_lines, *sentences]))


def test_a_title_of_address_is_no_part_of_the_name():
    sentences = [
        '"Revenue fell by 3 per cent last year," Professor Amara Dlamini, an economist, said.',
        "Hon Peter Walsh said 40,000 jobs had been created since March.",
    ]
    assert _on_page(sentences) == ["Amara Dlamini", "Peter Walsh"]


def test_a_surname_after_a_title_of_address_is_the_whole_name():
    sentences = [
        "Professor Amara Dlamini teaches economics in Durban.",
        '"Revenue fell by 3 per cent last year," Dlamini said.',
    ]
    assert _on_page(sentences)[1] == "Amara Dlamini"


def test_two_people_named_in_one_run_are_each_named_whole():
    page = "County Sheriff Alan Brooks and Chief Deputy Maria Lopez urged residents to lock their cars."
    assert names_on(page).people == ["Alan Brooks", "Maria Lopez"]
    sentences = [page, '"We had 14 thefts in May," Brooks said.', '"Eight were solved," Lopez added.']
    assert _on_page(sentences)[1:] == ["Alan Brooks", "Maria Lopez"]


def test_an_organisation_and_a_person_in_one_run_name_the_person_whole():
    sentences = [
        "Northbridge Holdings and Tariq Osman have asked the court to halt the sale.",
        '"The shares were sold at a loss of P20 million," writes Osman.',
    ]
    assert _on_page(sentences)[1] == "Tariq Osman"


def test_an_organisations_name_with_and_stays_whole():
    assert names_on("The Centers for Disease Control and Prevention said 12 cases were confirmed.").people == []


def test_a_possessive_before_a_name_is_no_part_of_it():
    headline = "Rovers’ Tom Haines and Ella Grant settle their dispute"
    assert names_on(headline).people == ["Tom Haines", "Ella Grant"]
    sentences = ["Rovers manager Tom Haines says the club lost £2m last season."]
    assert _on_page(sentences, [headline]) == ["Tom Haines"]


def test_a_title_set_off_before_its_holders_name_points_to_them_later():
    sentences = [
        "The Deputy Minister of Trade, Industry and Energy, Jane Okoro, says exports rose by 6 per cent.",
        "Health Minister Paul Mensah said 40 clinics had opened.",
        "The Deputy Minister also said 300 jobs were lost in the sector.",
    ]
    assert _on_page(sentences)[2] == "Jane Okoro"


def test_a_french_title_set_off_before_its_holders_name_points_to_them_later():
    sentences = [
        "Le directeur général de l’office portuaire (OPL), Jean-Marc Pivot, a présenté le bilan annuel.",
        "Grèves et tempêtes, Météo Concept et travaux ont marqué l’année.",
        "« 40 postes ont été créés en 2023 », déclare le directeur.",
    ]
    assert _on_page(sentences)[2] == "Jean-Marc Pivot"


def test_a_rank_in_capitals_before_an_apposed_name_is_no_part_of_it():
    sentences = [
        "The spokesman of the command, ASP Musa Bello, said four suspects were arrested.",
        "Bello said two guns were recovered.",
    ]
    assert _on_page(sentences) == ["Musa Bello", "Musa Bello"]


def test_a_bare_french_institution_is_the_whole_name_the_page_gives_it():
    sentences = [
        "Selon la préfecture, 14 personnes ont été interpellées dans la nuit.",
        "« 30 véhicules ont été incendiés », précise la préfecture du Var.",
    ]
    assert _on_page(sentences)[0] == "la préfecture du Var"


def test_a_bare_institution_the_page_names_two_ways_stays_as_written():
    sentences = [
        "Selon la préfecture, 14 personnes ont été interpellées dans la nuit.",
        "La préfecture du Var et la préfecture de Vaucluse ont interdit les feux.",
    ]
    assert _on_page(sentences)[0] == "la préfecture"


def test_a_bare_institution_is_the_name_an_acronym_spells_out():
    sentences = [
        "Selon les données de l’Institut National de la démographie (INAD), 3 200 naissances ont été recensées."
    ]
    assert _on_page(sentences) == ["l’Institut National de la démographie"]
