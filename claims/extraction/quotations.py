"""Quotations in a document's sentences: whether a sentence quotes, and which sentences one quotation spans."""

import re

_STRAIGHT_QUOTE = re.compile(r'"[^"]{3,}"')


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


def fill_quotations(sentences: list[str], speakers: list[str], cut_short_reach: int) -> None:
    """A quotation running over several sentences is its speaker's throughout: the speaker named where it opens
    ('She said: “… rose. … fell.”') or where it closes ('"… semaines. … saisonnières", précise le communiqué').
    A quotation still open at the end of the page (cut short) keeps the speaker that opened it for a few sentences."""
    open_since = None  # index of the sentence where a still-open quotation began
    for index, sentence in enumerate(sentences):
        opens, closes = _quote_balance(sentence)
        if open_since is None and opens > closes:
            open_since = index
        elif open_since is not None and closes > opens:
            speaker = speakers[index] or speakers[open_since]
            for inside in range(open_since, index + 1):
                speakers[inside] = speakers[inside] or speaker
            open_since = None
    if open_since is not None and speakers[open_since]:
        for inside in range(open_since + 1, min(len(sentences), open_since + cut_short_reach)):
            speakers[inside] = speakers[inside] or speakers[open_since]


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
