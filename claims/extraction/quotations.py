"""Quotations in a document's sentences: whether a sentence quotes, and which sentences one quotation spans."""

import re

_STRAIGHT_QUOTE = re.compile(r'"[^"]{3,}"')
# A quotation of someone's own sentence opens the sentence or opens with a capital; one woven into the writer's sentence
# opens in the middle of it, in lower case ('ont "neutralisé" 19 terroristes', "par rapport « à la moyenne »").
_QUOTED_SENTENCE = re.compile(r'^[ \u00a0]*[«“"]|[«“"][ \u00a0]*[A-ZÀ-ÖØ-ÞŒ]')


def has_quotation(sentence: str) -> bool:
    """Whether the sentence quotes at least three characters. Each quotation mark is looked at once: a regex
    searching from every "«" to the next "»" would re-read the sentence for each "«" of a long run."""
    for opening, closing in (("«", "»"), ("“", "”")):
        start = sentence.find(opening)
        while start != -1:
            end = sentence.find(closing, start)
            if end == -1:
                break
            if end - start > 3:
                return True
            start = sentence.find(opening, end)
    return bool(_STRAIGHT_QUOTE.search(sentence))


def quotes_a_sentence(sentence: str) -> bool:
    """Whether the sentence quotes someone's own sentence, not only words woven into the writer's."""
    return bool(_QUOTED_SENTENCE.search(sentence))


def fill_quotations(
    sentences: list[str], speakers: list[str], cut_short_reach: int, *, from_closing: bool = True
) -> None:
    """A quotation running over several sentences is its speaker's throughout: the speaker named where it opens
    ('She said: “… rose. … fell.”') or where it closes ('"… semaines. … saisonnières", précise le communiqué').
    A quotation over several paragraphs reopens at each one without closing (news style): each reopening carries it
    on, and a bare quotation opened just after another closed goes on with that one's speaker. A quotation still open
    at the end of the page (cut short) keeps its speaker for a few sentences after its last opening."""
    open_since = None  # index of the sentence where a still-open quotation began (or last reopened)
    last_closed, last_closed_speaker = -2, ""  # where the last quotation closed, and whose it was
    for index, sentence in enumerate(sentences):
        opens, closes = _quote_balance(sentence)
        if open_since is None and opens > closes:
            open_since = index
        elif open_since is not None and opens > closes and sentence.lstrip()[:1] in _OPENING_MARKS:
            _fill(speakers, open_since, index, speakers[open_since])  # the next paragraph of the same quotation
            open_since = index
        elif open_since is not None and closes > opens:
            speaker = (speakers[index] if from_closing else "") or speakers[open_since]
            if not speaker and open_since == last_closed + 1 and sentences[open_since].lstrip()[:1] in _OPENING_MARKS:
                speaker = last_closed_speaker
            _fill(speakers, open_since, index, speaker)
            last_closed, last_closed_speaker = index, speaker
            open_since = None
        elif open_since is None and closes:  # a quotation opened and closed within the sentence
            last_closed, last_closed_speaker = index, speakers[index]
    if open_since is not None and speakers[open_since]:
        _fill(speakers, open_since + 1, min(len(sentences), open_since + cut_short_reach) - 1, speakers[open_since])


_OPENING_MARKS = ("«", "“", '"')


def _fill(speakers: list[str], first: int, last: int, speaker: str) -> None:
    """Gives `speaker` to the sentences from `first` to `last` that have none."""
    for inside in range(first, last + 1):
        speakers[inside] = speakers[inside] or speaker


def _quote_balance(sentence: str) -> tuple[int, int]:
    """Opening and closing quotation marks in a sentence; straight quotes alternate, so an odd count opens."""
    straight = sentence.count('"')
    opens = sentence.count("«") + sentence.count("“")
    closes = sentence.count("»") + sentence.count("”")
    if straight % 2:
        # The unpaired one opens when a word follows it ('He said: "Today\'s figures…'), else it closes
        last = sentence.rfind('"')
        if sentence[last + 1 : last + 2].isalnum():
            opens += 1
        else:
            closes += 1
    return opens, closes
