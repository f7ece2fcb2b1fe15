"""The body whose document a French sentence names without quoting it ("C'est rare qu'un communiqué du gouvernement
parle de …", "Une étude du Commissariat général au développement durable vient d'être rendue publique"): a later
"d'après le communiqué en question" or "souligne le rapport" points back to it, as it would to a body that spoke, and
so does a document pointed at ("selon ce document"). A document cited with its publisher ("selon le rapport …, publié
vendredi par l'Office fédéral de la statistique") speaks for that publisher."""

import re

from claims.extraction.french_organisations import (
    FRENCH_OF,
    NEXT_WORD,
    ORGANISATION_NOUNS,
    article_in_of,
    organisation_name,
)
from claims.extraction.names import TITLED_PERSON, clean_name, with_determiner
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.verb_patterns import VERB

# A document a body issues, with the article that names one ("un communiqué", "une étude", "le rapport").
_DOCUMENT = r"(?:communiqué|rapport|étude|note|enquête|bilan|document)s?"
_OWNER_AFTER_DOCUMENT = re.compile(
    rf"(?<![\w‑-])(?i:un|une|le|la|l[’'])[ \u00a0]*(?i:{_DOCUMENT}){SPACE}"
    rf"(?:(?:annuel|annuelle|officiel|officielle|publié|publiée){SPACE})?"
    r"(?P<of>de[ \u00a0]+la|de[ \u00a0]+l[’']|du|des)(?:[ \u00a0]+|(?<=[’']))"
)
# A document the sentence cites as its source: after "selon", after an inverted reporting verb, or opening it.
_CITED_DOCUMENT = re.compile(
    rf"(?:^|(?<![\w’'])(?i:selon|d[’']après){SPACE}|[,»”\"][ \u00a0]*(?i:{VERB}){SPACE}(?:(?i:toujours){SPACE})?)"
    rf"(?i:un|une|le|la|les|l[’'])[ \u00a0]*(?i:{_DOCUMENT}|chiffres|données)(?![\w’'‑-])"
)
# What was given out, and by whom: "publié vendredi par", "fourni par", "transmis par", "rendu public par".
_GIVEN_BY = (
    rf"(?<![\w’'])(?:(?:publié|diffusé|rendu|fourni|établi|communiqué)e?s?|transmise?s?)(?:{SPACE}publique?s?)?"
    rf"(?:{SPACE}[\w’'‑-]+){{0,2}}?{SPACE}par"
)
_AGENT = rf"{SPACE}(?P<det>le|la|les|l[’'])[ \u00a0]*(?=[A-ZÀ-ÖØ-Þa-zà-öø-ÿ])"
# Its publisher, named after it in the same clause: "le rapport «Logement 2019», publié vendredi par l'Office fédéral
# de la statistique", "le rapport final que vient de publier l'Agence nationale de la statistique".
_PUBLISHED_BY = re.compile(
    rf"[^.;!?]{{0,150}}?(?:{_GIVEN_BY}|(?<![\w’'])(?:que{SPACE}vient{SPACE}de{SPACE}publier"
    rf"|qu[’'](?:a|ont){SPACE}publiée?s?)){_AGENT}"
)
# Whatever "selon" cites, when the words after it run, unbroken by a mark, to what gave it out: "selon les premiers
# éléments de l'enquête transmis par la police", "selon le bilan fourni par le préfet": the giver is the source, as a
# document's publisher is.
_SOURCE_GIVEN_BY = re.compile(
    rf"(?<![\w’'])(?i:selon|d[’']après){SPACE}(?i:un|une|le|la|les|l[’'])[^,;:.!?«»“”\"()]{{1,80}}?{SPACE}"
    rf"{_GIVEN_BY}{_AGENT}"
)
# A document pointed at, the one named before ("selon ce document", "…, indique toujours ce rapport", "Cette étude
# montre …", "selon la même étude"): it speaks for whoever issued it, as "le rapport" does.
_THIS_DOCUMENT = rf"(?:(?i:ce|cet|cette|ces)|(?i:le|la|les)[ \u00a0]+(?i:mêmes?))[ \u00a0]+(?i:{_DOCUMENT})(?![\w’'‑-])"
_POINTED_DOCUMENT = re.compile(
    rf"(?<![\w’'])(?i:selon|d[’']après){SPACE}{_THIS_DOCUMENT}"
    rf"|[,»”\"][ \u00a0]*(?i:{VERB}){SPACE}(?:(?i:toujours){SPACE})?{_THIS_DOCUMENT}"
    rf"|^{_THIS_DOCUMENT}{SPACE}(?:(?i:{VERB})|montre)(?![\w’'‑-])"
)
_KIND = re.compile(rf"(?:{prefix_tree(ORGANISATION_NOUNS)})(?![\w’'‑-])")  # in lower case: "Cour" opens a name
# A body's own name: a capitalised word, then lower-case words of its name up to the clause's end ("Commissariat
# général au développement durable,"); a verb or a relative pronoun ends it before any comma.
_OWN_NAME = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'‑-]+(?:[ \u00a0]+(?!(?:qui|que|a|ont|est|vient|parle|montre)(?![\w’'‑-]))"
    r"[\w’'‑-]+){0,5}?)(?=[ \u00a0]*[,;.(]|[ \u00a0]+(?:qui|vient|montre|parle|a|indique)(?![\w’'‑-]))"
)


def document_owner(sentence: str) -> str:
    """The body whose document the sentence names ("le gouvernement", "le Commissariat général au développement
    durable"), or ""."""
    for document in _OWNER_AFTER_DOCUMENT.finditer(sentence):
        determiner = article_in_of(document["of"].lower())
        if kind := _KIND.match(sentence, document.end()):
            # the kind and a capitalised complement ("ministère de la Santé"); lower-case words after it may be
            # the sentence's verb ("un communiqué du gouvernement parle de …")
            complement = FRENCH_OF.match(sentence, kind.end())
            whole = complement and NEXT_WORD.match(sentence, complement.end())
            end = whole.end() if whole and whole[1][:1].isupper() else kind.end()
            return with_determiner(determiner, sentence[document.end() : end])
        if owner := _OWN_NAME.match(sentence, document.end()):
            return with_determiner(determiner, owner["name"])
    return ""


def document_publisher(sentence: str) -> str:
    """The body that published the document the sentence cites ("selon le rapport …, publié par l'Office fédéral de la
    statistique"), or "": the document speaks for it."""
    cited = _CITED_DOCUMENT.search(sentence)
    published = (cited and _PUBLISHED_BY.match(sentence, cited.end())) or _SOURCE_GIVEN_BY.search(sentence)
    if not published:
        return ""
    if titled := TITLED_PERSON.match(sentence, published.end()):
        return clean_name(None, titled["name"])  # "selon le bilan fourni par le préfet du Nord Jean Dupont"
    determiner = published["det"].lower()
    name = organisation_name(sentence, published.end()) if _KIND.match(sentence[published.end() :].lower()) else ""
    if name and not FRENCH_OF.match(sentence, published.end() + len(name)):
        return with_determiner(determiner, name)  # "… et de la démographie", which its own name would cut
    owner = _OWN_NAME.match(sentence, published.end())
    return with_determiner(determiner, owner["name"]) if owner else ""


def points_to_document(sentence: str) -> bool:
    """Whether the sentence's source is a document it points at ("selon ce document"), the one named before."""
    return bool(_POINTED_DOCUMENT.search(sentence))


# A poll, an audit or a study that no body is named for, as the subject of a reporting verb: "un récent sondage révèle
# que …", "une étude américaine montre que …". Its labels give it as written; a release ("un communiqué indique") is the
# body's the page is about, and stays the tracker's.
_UNOWNED_STUDY = re.compile(
    rf"(?:^|[,;:][ \u00a0]*(?:(?i:mais|et|or){SPACE})?|(?<![\w’'])(?:que|qu[’']))(?P<study>(?i:un|une)[ \u00a0]+"
    rf"(?:(?i:récent|récente|nouveau|nouvel|nouvelle|dernier|dernière){SPACE})?"
    rf"(?i:sondage|audit|étude|enquête)(?:{SPACE}[a-zà-öø-ÿ][\w‑-]*)?){SPACE}(?:(?i:{VERB})|montre)(?![\w’'‑-])"
)


def unowned_study(sentence: str) -> str:
    """The poll or study, named for no body, that the sentence reports as its source ("un récent sondage"), or ""."""
    found = _UNOWNED_STUDY.search(sentence)
    if not found:
        return ""
    study = found["study"]
    return study[:1].lower() + study[1:]
