"""What may stand between an inverted reporting verb and its subject, in English and French news copy.

After what was said, the verb may come first; between it and its subject news writing inserts a time or an adverb,
bare or set off by commas ("…, déclare d'emblée Jeanne Roy", "…, a indiqué, samedi, son directeur général", "…, said
on Tuesday Jane Doe"), and the subject may be a description of the speaker with their name in apposition ("…, a
déclaré le bourgmestre de Valmont, Jean Dupont, à la radio", "…, said a neighbour, Jane Doe").
"""

from claims.extraction.names import NAME
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
