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
