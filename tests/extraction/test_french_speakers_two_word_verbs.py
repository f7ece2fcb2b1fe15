"""French speakers (#16, frspeakers7): reporting verbs French writes in two words, military and police ranks, a
quotation a colon introduces after a person's clause, and names that hold an institution's letters. Sentences written
for these tests, in no held-out page."""

import pytest

from claims.extraction.names import is_person
from claims.extraction.speakers import speakers_of


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("La ministre Claire Roux a fait savoir que 300 postes avaient été supprimés.", "Claire Roux"),
        ("Paul Lemaire avait également fait savoir qu'il y avait eu 12 blessés.", "Paul Lemaire"),
        ("La préfète Anne Morel fait part de 24 000 foyers privés de courant.", "Anne Morel"),
        ("« Douze lits ont fermé en mars », fait savoir la directrice Anne Morel.", "Anne Morel"),
        ("Le budget a baissé de 3 %, a fait savoir le député Luc Perrin.", "Luc Perrin"),
    ],
)
def test_reporting_verbs_in_two_words(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


def test_faire_with_another_complement_reports_nothing():  # a guard: "fait partie des", "fait part" needs "de"
    assert speakers_of(["Jeanne Roy fait partie des 12 élus qui ont voté contre."]) == [""]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "« Nous avons mené 1 200 contrôles », a indiqué le colonel Paul Girard, commandant du groupement.",
            "Paul Girard",
        ),
        ("Dix-neuf assaillants ont été tués, a déclaré le général Amadou Keita, chef d'état-major.", "Amadou Keita"),
        ("« 14 personnes ont été interpellées », a indiqué le commissaire Luc Bernier.", "Luc Bernier"),
        ("« Trois kilos ont été saisis », a précisé le capitaine Marie Lenoir.", "Marie Lenoir"),
        ("« 12 véhicules ont brûlé », a affirmé le lieutenant-colonel Paul Girard, chef du groupement.", "Paul Girard"),
    ],
)
def test_military_and_police_ranks_are_titles(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "En séance, l'élue Nadia Ferrand interroge le maire : « Le budget des sports a baissé de 27 %. »",
            "Nadia Ferrand",
        ),
        ('Le préfet Luc Arnaud se félicite du bilan : "Les accidents ont reculé de 12 % en un an."', "Luc Arnaud"),
    ],
)
def test_a_colon_introducing_a_quotation_gives_it_the_person_whose_clause_it_closes(sentence, speaker):
    assert speakers_of([sentence]) == [speaker]


def test_a_colon_without_french_spacing_or_a_quotation_names_no_one():  # guards: English typography, a plain list
    assert speakers_of(["Nadia Ferrand visited the school: “Fees rose 27% in a year.”"]) == [""]
    assert speakers_of(["Paul Girard a visité trois hôpitaux : Lyon, Nantes et Lille."]) == [""]


def test_a_name_holding_an_institution_s_letters_is_still_a_person():  # "Courbon" holds "cour", "Lapolice" "police"
    assert is_person("Pierre Courbon") and is_person("Anne Lapolice")
    assert not is_person("Cour des comptes") and not is_person("Services fiscaux")
