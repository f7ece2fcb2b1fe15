"""The learned attribution tagger of bench/attribution_tagger.py (#16, session 13): its features on sentences of
both languages, its training labels, that it only fills speakers the rules left empty, and hostile inputs."""

import time

import pytest

from bench.attribution_crf import (
    MAX_TOKENS,
    bio_labels,
    made_whole,
    pair_features,
    sentence_features,
    spans_tagged,
    tag_speaker,
    tokens,
)
from bench.eval_real_pages import Found
from claims.extraction.page_names import PageNames, names_on


def _features_of(sentence: str, language: str) -> dict[str, dict]:
    spans, features = sentence_features(sentence, language, "claim")
    return {sentence[start:end]: feature for (start, end), feature in zip(spans, features, strict=True)}


def test_english_features_say_quotation_verb_distance_and_shape():
    features = _features_of("“Rents will rise again next year,” said Jane Doe, the housing officer.", "en")
    assert features["Rents"]["quoted=True"] == 1.0
    assert features["said"]["verb=0"] == 1.0
    assert features["Jane"]["quoted=False"] == 1.0
    assert features["Jane"]["verb=1"] == 1.0
    assert features["Jane"]["shape=Xx"] == 1.0
    assert features["Jane"]["w-1=said"] == 1.0
    assert features["Jane"]["lang=en"] == 1.0
    assert "first" in features["“"] and "last" in features["."]


def test_french_features_read_guillemets_and_a_compound_reporting_verb():
    features = _features_of("« Les loyers vont encore augmenter », a déclaré Marie Dupont, adjointe au logement.", "fr")
    assert features["loyers"]["quoted=True"] == 1.0
    assert features["Marie"]["quoted=False"] == 1.0
    assert features["déclaré"]["verb=0"] == 1.0
    assert features["Marie"]["verb=1"] == 1.0
    assert features["Marie"]["suf3=rie"] == 1.0
    assert features["Marie"]["lang=fr"] == 1.0


def test_a_sentence_without_a_reporting_verb_says_so_and_far_words_are_far():
    assert _features_of("The bridge reopened on Monday.", "en")["bridge"]["verb=none"] == 1.0
    far = _features_of("Officials said that the new bridge over the river will finally reopen next spring.", "en")
    assert far["spring"]["verb=far-after"] == 1.0


def test_an_elided_article_and_a_possessive_are_words_of_their_own():
    sentence = "Selon l’Insee, le chômage baisse, and the council’s figures agree."
    words = [sentence[start:end] for start, end in tokens(sentence)]
    assert words[:4] == ["Selon", "l", "’", "Insee"]
    assert "council" in words and "’s" in words


def test_the_pair_says_which_sentence_each_word_is_in():
    where, features = pair_features("The mayor spoke on Friday.", "Taxes will not rise.", "en")
    assert [part for part, _, _ in where].count("before") == 6
    assert features[0]["part=before"] == 1.0 and features[-1]["part=claim"] == 1.0


def test_training_labels_mark_the_speaker_in_either_sentence():
    before, claim = "Jane Doe, the county treasurer, spoke to reporters.", "The deficit has doubled since 2020."
    where, _ = pair_features(before, claim, "en")
    labels = bio_labels(where, before, claim, "Jane Doe")
    assert labels[:3] == ["B", "I", "O"]
    assert labels.count("B") == 1


def test_training_labels_fall_back_on_the_surname_and_never_on_an_article():
    before, claim = "", "Inman said the warnings had been ignored for years."
    where, _ = pair_features(before, claim, "en")
    assert bio_labels(where, before, claim, "Todd Inman")[0] == "B"
    where, _ = pair_features("", "The agency said prices fell.", "en")
    assert bio_labels(where, "", "The agency said prices fell.", "The Ministry of Finance") is None


def test_training_labels_without_a_speaker_are_all_outside():
    claim = "Le chômage a baissé de 0,3 point au dernier trimestre."
    where, _ = pair_features("", claim, "fr")
    assert set(bio_labels(where, "", claim, "")) == {"O"}


def test_runs_of_a_bio_labelling():
    assert spans_tagged(["O", "B", "I", "O", "B"]) == [(1, 3), (4, 5)]
    assert spans_tagged(["I", "I", "O"]) == [(0, 2)]
    assert spans_tagged([]) == []


def test_a_surname_or_an_acronym_is_made_whole_from_the_page():
    names = names_on(
        "Todd Inman chairs the board. The Office for National Statistics (ONS) said wages rose. Inman agreed."
    )
    assert made_whole("Inman", names) == "Todd Inman"
    assert made_whole("ONS", names) == names.by_acronym["ONS"]
    assert made_whole("Smith", names) == "Smith"


class MarksCapitals:
    """A stand-in model: every capitalised word after the first of its sentence is a speaker's, with certainty."""

    def tag(self, features):
        return ["B" if "shape=Xx" in feature and "first" not in feature else "O" for feature in features]

    def set(self, features):
        pass

    def marginal(self, label, position):
        return 1.0


def _page_claims(text: str, found: list[Found]):
    # bench.attribution_tagger shares train_on_real_pages' folds, which import scipy (requirements-bench.txt).
    pytest.importorskip("scipy")
    from bench.attribution_tagger import PageClaims

    page = PageClaims.__new__(PageClaims)
    page.page = type("Page", (), {"lang": "en"})()
    page.names = PageNames()
    page.before = {claim.start: "" for claim in found}
    page.found = found
    return page


def test_the_tagger_only_fills_speakers_the_rules_left_empty():
    text = "Taxes will rise, said Jane Doe. Rents fell by a third, according to Oxfam."
    first, second = text.index("Taxes"), text.index("Rents")
    found = [
        Found(first, second - 1, text[first : second - 1], "the rules' speaker"),
        Found(second, len(text), text[second:], ""),
    ]
    filled = _page_claims(text, found).with_tagger(MarksCapitals(), 0.5)
    assert filled[0].speaker == "the rules' speaker"
    assert filled[1].speaker == "Oxfam"
    assert [(claim.start, claim.end) for claim in filled] == [(claim.start, claim.end) for claim in found]


def test_a_doubtful_run_names_no_one():
    class Doubtful(MarksCapitals):
        def marginal(self, label, position):
            return 0.3

    assert tag_speaker(Doubtful(), "", "Rents fell, according to Oxfam.", "en", PageNames(), 0.5) == ""


@pytest.mark.parametrize(
    "claim",
    ["", "   ", "… 123 — !!! 45 % ?", "« » “ ” - – —", "\u200b\u200b\u00a0", "Ah " + "Word " * 20_000 + "said Bob."],
    ids=["empty", "blank", "no letters", "only quotation marks", "invisible", "very long"],
)
def test_hostile_inputs_give_a_name_or_nothing_quickly(claim):
    # CPU time, not wall time: on a loaded machine the process may wait longer than the tagger works (0.05 s here).
    started = time.process_time()
    speaker = tag_speaker(MarksCapitals(), claim, claim, "fr", PageNames())
    assert time.process_time() - started < 1.0
    assert speaker == "" or speaker.isprintable()
    assert len(tokens(claim)) <= MAX_TOKENS


def test_a_real_crf_learns_the_speaker_after_said(tmp_path):
    pytest.importorskip("pycrfsuite")  # requirements-bench.txt
    from bench.attribution_tagger import trained

    sentences = [
        ("The bridge will close in May, said Anna Berg.", "Anna Berg"),
        ("Fares rose by ten percent, said Omar Haddad.", "Omar Haddad"),
        ("The school will reopen, said Lucy Grant.", "Lucy Grant"),
        ("Crime fell last year, said Peter Lund.", "Peter Lund"),
        ("The harbour was dredged in 2019.", ""),
        ("Water bills rose again in March.", ""),
    ]
    examples = []
    for claim, speaker in sentences:
        where, features = pair_features("", claim, "en")
        examples.append((features, bio_labels(where, "", claim, speaker)))
    tagger = trained(examples, tmp_path / "tiny.crfsuite")
    assert tag_speaker(tagger, "", "Parking fees doubled, said Maria Costa.", "en", PageNames()) == "Maria Costa"
    assert tag_speaker(tagger, "", "", "en", PageNames()) == ""
