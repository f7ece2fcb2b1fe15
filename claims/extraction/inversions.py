"""What may stand between an inverted reporting verb and its subject, in English and French news copy.

After what was said, the verb may come first; between it and its subject news writing inserts a time or an adverb,
bare or set off by commas ("…, déclare d'emblée Jeanne Roy", "…, a indiqué, samedi, son directeur général", "…, said
on Tuesday Jane Doe"), and the subject may be a description of the speaker with their name in apposition ("…, a
déclaré le bourgmestre de Valmont, Jean Dupont, à la radio", "…, said a neighbour, Jane Doe").
"""

from claims.extraction.names import NAME, NAME_WORD
from claims.extraction.patterns import SPACE, prefix_tree
from claims.extraction.reporting_words import ADVERBS_FR, DAYS

_DAY = rf"(?i:{prefix_tree(DAYS)})"
# One inserted time or adverb: a day ("on Tuesday", "jeudi soir"), an adverb in -ment or -ly, a French adverbial
# phrase with "d'" ("d'emblée", "d'abord"), a French adverb of the auxiliary's list ("ensuite", "aussi").
_ADVERBIAL = (
    rf"(?:(?i:on{SPACE})?{_DAY}(?:{SPACE}(?:soir|matin|après-midi))?"
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
# article, preposition, relative pronoun or linking word, the last a title's noun, not a participle whose object the
# name is ("said lawyers representing Jane Doe", "said officers who arrested John Roe", "said residents near Lake
# Placid" are the speakers' descriptions with no name), then a name of two words or more, no day among them, ending
# the clause or followed by a day.
_NOT_DESCRIPTION = prefix_tree(
    """the a an to in on at by for of from with and or as that this its his her their our who whom whose which near
    about after before into onto over under against among amid between behind beyond during without within outside
    inside across around through toward towards via like than upon off past since until per"""
)
_DESCRIPTION_WORD = rf"(?!(?:{_NOT_DESCRIPTION})[ \u00a0])[a-z][a-z-]*"
LOWER_CASE_DESCRIPTION_THEN_NAMED = (
    rf"(?:{_DESCRIPTION_WORD}{SPACE}){{0,2}}{_DESCRIPTION_WORD}(?<!ing)(?<!ed){SPACE}"
    rf"(?P<name>{NAME_WORD}(?:{SPACE}(?!{_DAY}\b){NAME_WORD})+)"
    rf"(?=[ \u00a0]*(?:[,.;!?]|$)|{SPACE}(?i:on{SPACE})?{_DAY}\b)"
)
