"""French speakers (#16, session 14, frspeakers12): the people who speak as one for a service or an event after
« selon » ("selon les pompiers", "selon les organisateurs") are the source, as written; only where the noun phrase ends
there, and not where « selon » means "depending on". Sentences written for these tests, in no held-out page."""

from claims.extraction.speakers import speakers_of


def test_the_firefighters_after_selon_are_the_source():
    sentence = "Trois personnes ont été légèrement blessées dans l'incendie, selon les pompiers."
    assert speakers_of([sentence]) == ["les pompiers"]


def test_the_organisers_after_selon_are_the_source_of_a_count():
    sentence = "Lyon : 20 000 manifestants selon les organisateurs (6 000 selon la police)"
    assert speakers_of([sentence]) == ["les organisateurs"]


def test_the_rescuers_opening_the_sentence_are_the_source():
    sentence = "D'après les secours, deux randonneurs ont été hélitreuillés dimanche."
    assert speakers_of([sentence]) == ["les secours"]


def test_organisers_of_something_named_are_not_cut_to_the_bare_noun():
    sentence = "Selon les organisateurs du festival de Nyon, 30 000 personnes sont venues."
    assert speakers_of([sentence]) != ["les organisateurs"]


def test_selon_meaning_depending_on_gives_no_speaker():
    sentence = "Les délais d'intervention varient selon les secours disponibles dans la vallée."
    assert speakers_of([sentence]) == [""]


def test_a_recent_poll_named_for_no_body_speaks_as_written():
    sentence = (
        "Selon les élus, la situation s'améliore, mais un récent sondage révèle que 62 % des habitants sont inquiets."
    )
    assert speakers_of([sentence]) == ["un récent sondage"]


def test_a_study_opening_the_sentence_speaks_as_written():
    sentence = "Une étude américaine montre que 40 % des adolescents dorment moins de sept heures."
    assert speakers_of([sentence]) == ["une étude américaine"]


def test_a_study_opened_by_an_inquiry_is_no_source():
    sentence = "Une enquête a été ouverte après l'accident qui a fait deux blessés."
    assert speakers_of([sentence]) == [""]


def test_a_release_named_for_no_body_is_not_given_as_written():
    sentence = "Sur une base comparable, la progression s'est inscrite à 5,3 %, indique mercredi un communiqué."
    assert speakers_of([sentence]) != ["un communiqué"]
