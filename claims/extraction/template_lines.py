"""Lines and line openings that a news page's template writes, in shapes its prose does not take: a wire dateline
with its date and its agency's code in brackets, a section's label glued before an item, and a headline kept in title
case or capitals with a full stop."""

import re

from claims.extraction.linking_words import is_linking_word

# An agency's code in capitals in brackets, as wire copy credits it: "(PTI)", "(ANI)", « (AHP) ».
_AGENCY_CODE = r"\((?-i:[A-Z]{2,6})\)"


# An outlet's credit opening a paragraph in the shapes the datelines of claims.extraction.cleaning miss: its code alone
# with a dash ("(CNN) — "), the place and its state in brackets ("(Jackson, Mississippi) "), or the outlet's name in
# brackets after a place in capitals and a semicolon ("COLOMBO (News 1st); "). A sentence opens on none of them.
_BRACKETED_PLACE_WORDS = r"[A-ZÀ-Þ][a-zà-ÿ'’.-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’.-]+){0,2}"
_OUTLET_OPENING = (
    rf"{_AGENCY_CODE} ?[—–-]+ "
    rf"|\({_BRACKETED_PLACE_WORDS}, {_BRACKETED_PLACE_WORDS}\) "
    r"|[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,2} \([^()\n]{1,40}\); "
)


# A section's label glued before each item of an aggregator or a category page by a separator that prose does not
# use: "Justice -- Halifax Regional Police …", "Premier's Office -- Government is …", « Agriculture • Entre … ».
_SECTION_LABEL = r"[A-ZÀ-Þ][\w'’.]*(?: (?:and|of|for|et|de|du|des|&|[A-ZÀ-Þ][\w'’.]*)){0,4} (?:--|•) "


def template_opening(date: str) -> re.Pattern:
    """A dateline or a label that a page's template glues before a paragraph's first sentence, `date` being the
    pattern of a date as datelines write it: a dated dateline crediting its agency by a code, with no mark after the
    code ("Chatra/Dumka (Jharkhand), Mar 28 (PTI) One person …"), with a country in brackets for its place ("[India],
    Feb 27 (ANI): The …"), or with the code between two dashes after a French « le » (« Port-au-Prince, le 22 août
    2016 – (AHP) – Le … »); an outlet's credit (_OUTLET_OPENING); or a section's label (_SECTION_LABEL)."""
    return re.compile(
        rf"(?:(?:\[|[A-ZÀ-Þ])[^.!?:,\n]{{0,60}}, (?i:le )?{date}"
        rf"(?: {_AGENCY_CODE} ?(?:[—–-]+|:)?| ?[—–-]+ ?{_AGENCY_CODE} ?[—–-]+) *|{_OUTLET_OPENING}|{_SECTION_LABEL})"
        r"(?=[A-ZÀ-Þ«“\"])"
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
    major = [word for word in words if not is_linking_word(word)]
    return len(major) >= HEADLINE_MIN_CAPITALISED and all(word[0].isupper() for word in major)


# A feed aggregator's page opens on "Subscribe to … feed" (« S'abonner au flux … ») below its name, then the feed's
# description until its "Updated: … ago", then each item under its title.
_FEED_SUBSCRIPTION = re.compile(r"\s*(?:subscribe to\b.{0,120}\bfeed|s['’]abonner (?:au|à)\b.{0,120}\bflux)\b", re.I)
_FEED_UPDATED = re.compile(r"\s*(?:updated|mis à jour)\s*:", re.I)
FEED_SUBSCRIPTION_WITHIN = 4
FEED_DESCRIPTION_MAX_LINES = 2
FEED_TITLE_MAX_WORDS = 30
_SENTENCE_END_MARKS = '.!?…:;»”"’)'


def feed_page_furniture(lines: list[str]) -> set[int]:
    """Indexes of a feed aggregator's template lines below its "Subscribe to … feed": the feed's description, when its
    "Updated: …" line follows within FEED_DESCRIPTION_MAX_LINES, and each item's title, a line that ends no sentence
    with a line after it, however long ("One lot of herbal tea recalled because of potential contamination with
    Salmonella"). The page's last line is left: a stored excerpt stops there mid-sentence."""
    opening = lines[:FEED_SUBSCRIPTION_WITHIN]
    subscription = next((index for index, line in enumerate(opening) if _FEED_SUBSCRIPTION.match(line)), None)
    if subscription is None:
        return set()
    found = set()
    description = range(subscription + 1, min(subscription + 2 + FEED_DESCRIPTION_MAX_LINES, len(lines)))
    updated = next((index for index in description if _FEED_UPDATED.match(lines[index])), None)
    if updated is not None:
        found.update(range(subscription + 1, updated))
    for index in range(subscription + 1, len(lines) - 1):
        stripped = lines[index].strip()
        if stripped[-1:] not in _SENTENCE_END_MARKS and len(_LETTER_WORD.findall(stripped)) <= FEED_TITLE_MAX_WORDS:
            found.add(index)
    return found
