"""What may stand between an inverted reporting verb and its subject, in English and French news copy.

After what was said, the verb may come first; between it and its subject news writing inserts a time or an adverb,
bare or set off by commas ("…, déclare d'emblée Jeanne Roy", "…, a indiqué, samedi, son directeur général", "…, said
on Tuesday Jane Doe"), and the subject may be a description of the speaker with their name in apposition ("…, a
déclaré le bourgmestre de Valmont, Jean Dupont, à la radio", "…, said a neighbour, Jane Doe").
"""

from claims.extraction.names import NAME, NAME_WORD
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.reporting_words import ADVERBS_FR, DAYS

# One inserted time or adverb: a day ("on Tuesday", "jeudi soir"), an adverb in -ment or -ly, a French adverbial
# phrase with "d'" ("d'emblée", "d'abord"), a French adverb of the auxiliary's list ("ensuite", "aussi").
_ADVERBIAL = (
    rf"(?:(?i:on{SPACE})?(?i:{prefix_tree(DAYS)})(?:{SPACE}(?:soir|matin|après-midi))?"
    rf"|{prefix_tree(ADVERBS_FR)}|[a-zà-öø-ÿ]+(?:ment|ly)|d[’'][a-zà-öø-ÿ]+)(?![\w’'‑-])"
)
# Up to three insertions after the verb, each with or without commas; then the space before the subject.
INSERTIONS = rf"(?:,?{SPACE}{_ADVERBIAL},?){{0,3}}{SPACE}"
# A description of the speaker (a determiner, up to a comma), then their name in apposition, ending the sentence or
# followed by a comma or a listener ("à la RTBF", "to reporters").
DESCRIBED_THEN_NAMED = (
    r"(?i:le|la|les|l[’']|un|une|son|sa|ses|leur|the|an?|its|his|her|their)(?![\w’'‑-])"
    rf"[^,;:«»“”\"()]{{1,80}}?,{SPACE}(?P<name>{NAME})"
    rf"(?=[ \u00a0]*(?:[,.;!?]|$)|{SPACE}(?:à|au|aux|to){SPACE})"
)
# English news copy also describes the speaker in lower case before the name, with no article and no comma ("…,"
# said managing director Jane Doe', "…," said machinist John Roe Tuesday): up to three lower-case words that are no
# article, preposition or linking word, then a name of two words or more ending the clause or followed by a day.
_NOT_DESCRIPTION = prefix_tree("the a an to in on at by for of from with and or as that this its his her their our")
LOWER_CASE_DESCRIPTION_THEN_NAMED = (
    rf"(?:(?!(?:{_NOT_DESCRIPTION})[ \u00a0])[a-z][a-z-]*{SPACE}){{1,3}}"
    rf"(?P<name>{NAME_WORD}(?:{SPACE}{NAME_WORD})+)"
    rf"(?=[ \u00a0]*(?:[,.;!?]|$)|{SPACE}(?i:on{SPACE})?(?i:{prefix_tree(DAYS)})\b)"
)
