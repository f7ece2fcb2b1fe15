"""The reporting verbs attribution reads, as patterns: a verb in any tense ("said", "a déclaré", "was quoted as
saying"), and a verb inverted after what was said ('"…," said Jane Doe', "…, a indiqué à l'AFP le ministre")."""

import re

from claims.extraction import reporting_words
from claims.extraction.inversions import DESCRIBED_THEN_NAMED, INSERTIONS, LOWER_CASE_DESCRIPTION_THEN_NAMED
from claims.extraction.names import NAME_WORD, SPEAKER
from claims.extraction.patterns import prefix_tree
from claims.extraction.reporting_words import PARTICIPLES_FR, VERBS_EN, VERBS_FR

ADVERB_FR = rf"(?:(?:{prefix_tree(reporting_words.ADVERBS_FR)})[ \u00a0]+)?"  # "a également précisé"
VERB = (
    rf"(?:(?:a|ont|avait|avaient)[ \u00a0]+{ADVERB_FR}{prefix_tree(PARTICIPLES_FR)}"  # passé composé: "a déclaré"
    rf"|{prefix_tree(VERBS_EN + VERBS_FR)}|{reporting_words.PHRASES_FR}|{reporting_words.NOTING_FR}"
    # the progressive ("X was saying", "X has been telling voters") and "X pointed out"
    rf"|(?:was|is|were|are|has[ \u00a0]+been|have[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+"
    rf"(?:{prefix_tree(reporting_words.PARTICIPLES_EN)})"
    r"|point(?:ed|s)[ \u00a0]+out"
    # "continued" reports only before what is said ("He continued: …", "… continued that"); "expressed concern that"
    r"|(?:continued|continues)(?=[ \u00a0]*:|[ \u00a0]+that\b)|expressed[ \u00a0]+concerns?"
    # "inform" reports in the active voice before what is said ("Mr Roe informed that …", « a informé que … »), never
    # "informed decisions", nor the one informed ("she was informed that", « il a été informé que »)
    r"|(?<!was[ \u00a0])(?<!were[ \u00a0])(?<!been[ \u00a0])inform(?:s|ed)(?=[ \u00a0]+that\b)"
    rf"|(?:(?:a|ont|avait|avaient)[ \u00a0]+{ADVERB_FR}informé|informe|informent)(?=[ \u00a0]+qu)"
    # "X was quoted (by the BBC) as saying": the one quoted is the subject
    r"|(?:was|is|has[ \u00a0]+been|had[ \u00a0]+been)[ \u00a0]+(?:(?:later|also|then|[a-z]+ly)[ \u00a0]+)?quoted)"
)
# A French object pronoun may be elided onto the verb: "Jean Dupont l'a confirmé", "la mairie l'affirme".
REPORTING_VERB = re.compile(rf"(?:(?<![\w’'])|(?<=(?<!\w)[lL][’']))(?i:{VERB})\b")
# What may stand between an inverted verb and its speaker: a time or an adverb (inversions.py) and, in French, the
# listener ("a indiqué à l'AFP le ministre").
LISTENER = rf"(?:(?:à|au|aux)[ \u00a0]+(?:l’|l'|la[ \u00a0]+|le[ \u00a0]+)?{NAME_WORD}[ \u00a0]+)?"
# After a quotation the verb comes first ('"...," said Jane Doe'); "told", "advised" and "described" never invert: what
# follows them is their object ("Jane Doe, the mayor, told the BBC", "…, described the plan as").
NEVER_INVERTED = r"(?!(?:told|tells|advised|advises|described|describes)\b)"
VERB_THEN_SPEAKER = re.compile(rf"(?<![\w’']){NEVER_INVERTED}(?:{VERB}){INSERTIONS}{LISTENER}{SPEAKER}")
VERB_THEN_DESCRIBED = re.compile(rf"(?<![\w’']){NEVER_INVERTED}(?:{VERB}){INSERTIONS}{DESCRIBED_THEN_NAMED}")
# English only: French copy writes the description with its determiner ("a raconté sur place Jean Dupont, 20 ans" is
# where the speaker stood), read by VERB_THEN_SPEAKER and VERB_THEN_DESCRIBED.
VERB_THEN_DESCRIBED_IN_LOWER_CASE = re.compile(
    rf"(?<![\w’']){NEVER_INVERTED}(?:{prefix_tree(VERBS_EN)}){INSERTIONS}{LOWER_CASE_DESCRIPTION_THEN_NAMED}"
)
# A finite verb just after a noun phrase that follows "said": the phrase is the subject of what was said ("…, said the
# GDP of the state was higher"), not an inverted speaker, which ends its clause ('"…," said the minister.').
VERB_AFTER_OBJECT = re.compile(
    r"[ \u00a0]+(?:was|were|is|are|has|had|have|will|would|could|can|may|might|should|must|did|does|do)(?![\w’'‑-])"
)
# Inverted only after what was said ('"…," said he'): "The office says she is well" has its subject before the verb.
# French adds a "t" only between two vowels ("ajoute-t-il"), not after a verb ending in "t" or "d" ("dit-il",
# "poursuit-elle", "expliquait-il", "répond-il").
INVERTED_PRONOUN = re.compile(
    r"[- \u00a0]t-(?:il|elle)\b|[,»”\"’][ \u00a0]*(?:said|says|added|told) (?:he|she)\b"
    rf"|(?<![\w’'])(?:{prefix_tree(VERBS_FR)})(?<=[td])-(?:il|elle)\b",
    re.IGNORECASE,
)
