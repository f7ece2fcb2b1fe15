"""French speakers round #16, session 16, frspeakers16: « noter » reports before what is noted and inverted after it;
an acronym the page spelt out after a name in lower case names that organisation wherever it speaks; an acronym
French writes in title case (« l'Insee ») is spelt out like one in capitals, and its name may hold many linking words;
and a label-free floor on the French claims that hold a reporting cue but get no speaker. Sentences written for these
tests."""

import pytest

from bench.eval_real_pages import read_pages
from bench.unattributed_reports import cues_in, unattributed_reports
from claims.extraction.acronyms import acronyms_defined, whole_name
from claims.extraction.speakers import speakers_of
from claims.extraction.verb_patterns import REPORTING_VERB
from tests.extraction.real_page_claims import found_once
from tests.extraction.test_linear_time import assert_linear


def _speakers(sentences: list[str]) -> list[str]:
    return speakers_of(sentences, "\n".join(sentences), "fr")


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("La préfecture note que « les barrages ont été levés dans trois communes du nord ».", "la préfecture"),
        ("Le syndicat a noté qu'une hausse de 12 % des salaires avait été obtenue en 2021.", "le syndicat"),
        ("Au niveau national, note l’Insee, « le taux le plus élevé est relevé dans le Nord ».", "l’Insee"),
    ],
)
def test_noting_reports_what_is_noted(sentence, speaker):
    assert _speakers(["Les prix ont augmenté.", sentence])[1] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "On note une hausse de 12 % des cambriolages dans le département depuis janvier.",
        "La note de synthèse compte 40 pages et 12 tableaux sur les dépenses de 2022.",
        "Le service ne note que deux cas de grippe en janvier, contre 40 l'an dernier.",
        "Le service n'a pas noté que les cas de grippe avaient doublé en janvier.",
        "Les élèves notent leurs résultats dans un carnet depuis 2019.",
    ],
)
def test_noting_without_what_is_noted_reports_nothing(sentence):
    assert not any(found.group(0).lower().startswith("not") for found in REPORTING_VERB.finditer(sentence))
    assert _speakers(["Les prix ont augmenté.", sentence])[1] == ""


def test_an_acronym_spelt_out_in_lower_case_names_the_organisation_where_it_speaks():
    sentences = [
        "Trois usagers ont porté plainte, selon un rapport du collectif national des usagers du rail (CNUR).",
        "Le CNUR note que les retards ont doublé en 2022 sur les lignes régionales du sud.",
    ]
    assert _speakers(sentences)[1] == "le collectif national des usagers du rail"


def test_an_acronym_in_title_case_is_spelt_out_with_its_linking_words():
    text = "Le rapport que vient de publier l’Office national de la statistique et de la démographie (Onsd) est clair."
    defined = acronyms_defined(text)
    assert defined["onsd"] == "Office national de la statistique et de la démographie"
    assert whole_name("l’Onsd", defined) == "l’Office national de la statistique et de la démographie"


def test_an_acronym_in_capitals_is_spelt_out_past_its_name_s_linking_words():
    text = "Un audit de l’Agence nationale pour la formation et de la recherche (ANFR) le montre."
    assert acronyms_defined(text)["anfr"] == "Agence nationale pour la formation et de la recherche"


@pytest.mark.parametrize(
    "text",
    [
        "Le prix a été fixé (Le) hier.",  # two letters need two capitals
        "Le maire de Toulouse (Haute-Garonne) a parlé.",  # a place, no acronym
        "Il est parti de Rodez (Sud) vers Paris.",  # its letters spell no name before it
    ],
)
def test_words_in_parentheses_spell_out_no_acronym(text):
    assert acronyms_defined(text) == {}


def test_noting_and_title_case_acronyms_are_read_in_linear_time():
    def page(size: int) -> list[str]:
        return [", note l’Ab de la (Abc) note que ne note " * (size // 40)]

    assert_linear(lambda sentences: speakers_of(sentences, sentences[0], "fr"), page, 4_000)


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        ("« Les prix ont doublé », a déclaré le maire.", ["after what was said"]),
        ("Le maire a indiqué mardi à la radio que les prix ont doublé.", ["before what is said"]),
        ("Les prix ont doublé, déclare-t-il.", ["inverted pronoun"]),
        ("Selon la mairie, les prix ont doublé.", ["selon"]),
        ("Pour Jeanne Roy, les prix ont doublé.", ["pour X,"]),
        ("Le maire n'a pas précisé que les prix ont doublé.", []),
        ("Le maire a-t-il déclaré que les prix ont doublé ?", []),
        ("Le maire lance un plan de 3 millions d'euros.", []),
    ],
)
def test_the_label_free_count_reads_cues_of_a_general_list(sentence, cues):
    assert cues_in(sentence) == cues


# What bench/unattributed_reports.py measured (BENCHMARKS.md): French claims holding a reporting cue with no speaker,
# per half, by the number of first pages measured: the 1,007 at the end of frspeakers16, the 1,049 once the twenty-sixth
# round was appended, the 1,091 once the twenty-seventh was, the 1,133 once the twenty-eighth was, the 1,175 once the
# twenty-ninth was, the 1,217 once the thirtieth was, the 1,259 once the thirty-first was, the 1,301 once the
# thirty-second was, the 1,343 once the thirty-third was, the 1,385 once the thirty-fourth was, the 1,427 once the
# thirty-fifth was (the tune counts of the first three lowered by one at the end of frsources18, « indique le même
# document »). A change may lower them, never raise them.
UNATTRIBUTED_REPORTS_CEILING = {
    1007: {"tune": 64, "test": 86},
    1049: {"tune": 68, "test": 90},
    1091: {"tune": 78, "test": 96},
    1133: {"tune": 83, "test": 102},
    1175: {"tune": 92, "test": 108},
    1217: {"tune": 96, "test": 109},
    1259: {"tune": 99, "test": 112},
    1301: {"tune": 101, "test": 117},
    1343: {"tune": 107, "test": 121},
    1385: {"tune": 109, "test": 125},
    1427: {"tune": 114, "test": 133},
}


@pytest.mark.parametrize("first", UNATTRIBUTED_REPORTS_CEILING)
def test_french_claims_reporting_words_without_a_speaker_stay_under_their_ceiling(first):
    found = unattributed_reports(read_pages()[:first], "fr", extract_page=found_once)
    counts = {split: found[split][0]["claims"] for split in found}
    assert counts["tune"] <= UNATTRIBUTED_REPORTS_CEILING[first]["tune"]
    assert counts["test"] <= UNATTRIBUTED_REPORTS_CEILING[first]["test"]
