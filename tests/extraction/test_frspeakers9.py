"""French speakers given wrong (#16, frspeakers9). Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_a_bare_kind_of_body_is_the_body_named_just_before():
    sentences = [
        "La FSU indique dans un communiqué que 40 classes ont été fermées.",
        "Selon le syndicat, douze postes de remplaçants ont été supprimés en juin.",
    ]
    assert speakers_of(sentences, language="fr")[1] == "la FSU"


def test_a_bare_kind_of_body_is_the_body_named_just_after_when_none_is_before():
    sentences = [
        "Selon les chiffres du syndicat, le prix du blé a baissé de 20 % en mai.",
        "Les éleveurs touchent 180 euros la tonne, précise la Fnsea.",
    ]
    assert speakers_of(sentences, language="fr")[0] == "la Fnsea"


def test_an_institution_one_of_its_kind_stays_as_written():
    sentences = [
        "La CGT indique que 40 salariés étaient en grève.",
        "Selon la direction, 12 salariés seulement étaient en grève.",
    ]
    assert speakers_of(sentences, language="fr")[1] == "la direction"


def test_a_bare_kind_with_no_named_body_near_stays_as_written():
    sentences = [
        "Le marché a ouvert à 8 heures.",
        "Selon le syndicat, douze postes de remplaçants ont été supprimés en juin.",
    ]
    assert speakers_of(sentences, language="fr")[1] == "le syndicat"


def test_a_document_points_back_to_the_body_whose_document_was_named_before():
    sentences = [
        "Il est rare qu'un communiqué du gouvernement évoque les coupures d'eau.",
        "D'après le communiqué en question, 300 quartiers ont été privés d'eau en mai.",
    ]
    assert speakers_of(sentences, language="fr")[1] == "le gouvernement"


def test_a_report_points_back_to_the_capitalised_body_that_wrote_it():
    sentences = [
        "Une étude de l'Observatoire régional des transports, qui dépend de la région, vient de paraître.",
        "Les trains régionaux ont eu 12 % de retards en 2023, souligne le rapport.",
    ]
    assert speakers_of(sentences, language="fr")[1] == "l'Observatoire régional des transports"


def test_a_document_with_no_owner_named_points_back_to_no_one():
    sentences = [
        "Le marché a ouvert à 8 heures.",
        "Les trains régionaux ont eu 12 % de retards en 2023, souligne le rapport.",
    ]
    assert speakers_of(sentences, language="fr")[1] == ""
