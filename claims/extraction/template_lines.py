"""Lines and line openings that a news page's template writes, in shapes its prose does not take: a wire dateline
with its date and its agency's code in brackets, a section's label glued before an item, and a headline kept in title
case or capitals with a full stop."""

import re

# An agency's code in capitals in brackets, as wire copy credits it: "(PTI)", "(ANI)", « (AHP) ».
_AGENCY_CODE = r"\((?-i:[A-Z]{2,6})\)"


# A section's label glued before each item of an aggregator or a category page by a separator that prose does not
# use: "Justice -- Halifax Regional Police …", "Premier's Office -- Government is …", « Agriculture • Entre … ».
_SECTION_LABEL = r"[A-ZÀ-Þ][\w'’.]*(?: (?:and|of|for|et|de|du|des|&|[A-ZÀ-Þ][\w'’.]*)){0,4} (?:--|•) "


def template_opening(date: str) -> re.Pattern:
    """A dateline or a label that a page's template glues before a paragraph's first sentence, `date` being the
    pattern of a date as datelines write it: a dated dateline crediting its agency by a code, with no mark after the
    code ("Chatra/Dumka (Jharkhand), Mar 28 (PTI) One person …"), with a country in brackets for its place ("[India],
    Feb 27 (ANI): The …"), or with the code between two dashes after a French « le » (« Port-au-Prince, le 22 août
    2016 – (AHP) – Le … »); or a section's label (_SECTION_LABEL)."""
    return re.compile(
        rf"(?:(?:\[|[A-ZÀ-Þ])[^.!?:,\n]{{0,60}}, (?i:le )?{date}"
        rf"(?: {_AGENCY_CODE} ?(?:[—–-]+|:)?| ?[—–-]+ ?{_AGENCY_CODE} ?[—–-]+) *|{_SECTION_LABEL})(?=[A-ZÀ-Þ«“\"])"
    )


# Words a title case may leave in lower case: articles, prepositions, conjunctions.
_MINOR_WORD = re.compile(
    r"a|an|the|of|in|on|at|to|for|and|or|nor|but|by|with|from|as|into|onto|over|after|about|per|via|vs"
    r"|le|la|les|l|un|une|des|de|du|d|et|ou|à|au|aux|en|sur|sous|par|pour|dans|avec|chez",
    re.IGNORECASE,
)
_LETTER_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Three capitalised words tell a headline's case; a short line of two is as often a name.
HEADLINE_MIN_CAPITALISED = 3
HEADLINE_MAX_WORDS = 14
_INNER_SENTENCE_END = re.compile(r"[.!?…]\s")


def is_capitalised_headline(line: str) -> bool:
    """A stripped line of headline size closed by one full stop, every word but the minor ones opening on a capital:
    an archive's or a briefs page's headline ("Drugs With Street Value Of €65,000, Seized In Thurles.", "SUSPECT
    ACCUSED OF BITING POLICE OFFICER."). A sentence has words in lower case."""
    if not line.endswith(".") or line.endswith("..") or _INNER_SENTENCE_END.search(line):
        return False
    words = _LETTER_WORD.findall(line)
    if len(words) > HEADLINE_MAX_WORDS:
        return False
    major = [word for word in words if not _MINOR_WORD.fullmatch(word)]
    return len(major) >= HEADLINE_MIN_CAPITALISED and all(word[0].isupper() for word in major)
