"""The body whose document a French sentence names without quoting it ("C'est rare qu'un communiqué du gouvernement
parle de …", "Une étude du Commissariat général au développement durable vient d'être rendue publique"): a later
"d'après le communiqué en question" or "souligne le rapport" points back to it, as it would to a body that spoke."""

import re

from claims.extraction.french_organisations import FRENCH_OF, NEXT_WORD, ORGANISATION_NOUNS, article_in_of
from claims.extraction.names import with_determiner
from claims.extraction.patterns import prefix_tree

_SPACE = "[ \u00a0]+"
# A document a body issues, with the article that names one ("un communiqué", "une étude", "le rapport").
_DOCUMENT = r"(?:communiqué|rapport|étude|note|enquête|bilan)s?"
_OWNER_AFTER_DOCUMENT = re.compile(
    rf"(?<![\w‑-])(?i:un|une|le|la|l[’'])[ \u00a0]*(?i:{_DOCUMENT}){_SPACE}"
    rf"(?:(?:annuel|annuelle|officiel|officielle|publié|publiée){_SPACE})?"
    r"(?P<of>de[ \u00a0]+la|de[ \u00a0]+l[’']|du|des)(?:[ \u00a0]+|(?<=[’']))"
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
