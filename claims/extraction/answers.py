"""An exchange's answer, introduced by its owner and a colon: "Prisk's full reply was: “…”", "Réponse de Gaël
Perdriau : « … »". The owner speaks the quotation that follows, with no reporting verb of their own."""

import re

from claims.extraction.names import NAME, clean_name
from claims.extraction.patterns import SPACE

_COLON_THEN_QUOTATION = r":[ \u00a0]*[«“\"‘]"
_QUOTATION_OPENING = re.compile(_COLON_THEN_QUOTATION)
# An owner and the words naming an answer are short. Each search is held to this much text before a colon: a name's
# words may hold full stops ("J. Doe"), so a search from every sentence start would read on to the sentence's end.
_ANSWER_MAX_CHARS = 200
_ANSWER = re.compile(
    rf"(?:^|[.;!?][ \u00a0]+)(?:"
    # one lower-case word may qualify the answer ("full", "written") and a verb may close it ("was", "read")
    rf"(?P<owner>{NAME})[’']s{SPACE}(?:[a-z]+{SPACE})?(?:reply|answer|response)(?:{SPACE}(?:was|read))?"
    rf"|(?:La{SPACE}|Sa{SPACE})?(?i:réponse|réplique){SPACE}(?:de{SPACE}|d[’'])(?P<owner_fr>{NAME})"
    rf")[ \u00a0]*{_COLON_THEN_QUOTATION}"
)


def answer_owner(sentence: str) -> str:
    """Who owns the answer a sentence introduces before a colon and a quotation, or ""."""
    for opening in _QUOTATION_OPENING.finditer(sentence):
        if found := _ANSWER.search(sentence, max(0, opening.start() - _ANSWER_MAX_CHARS), opening.end()):
            return clean_name(None, found["owner"] or found["owner_fr"])
    return ""
