"""A topic's keyword lists as matching sees them: each term stemmed by its language's Snowball
stemmer, folded (no accents, no case) and cut into whole words by publishing.text.search_terms, the
very words the desk's search and matching use, so "Impôts", "impot" and "impôt" are one term and
"tax" never matches "taxi". A term of several words matches them in a row (stop words aside)."""

from dataclasses import dataclass

from publishing.text import guess_language, search_terms

TERM_KINDS = ("any", "all", "exclude")
TERM_LANGUAGES = ("en", "fr")
MAX_TERM_LENGTH = 100
MAX_TERMS_PER_LIST = 50


def stems(text: str, language: str) -> tuple[str, ...]:
    return tuple(search_terms(text, language))


def term_problem(term: str, language: str) -> str | None:
    """Why a term cannot be looked for, or None. Untranslated: the caller words the message."""
    if len(term) > MAX_TERM_LENGTH:
        return "too_long"
    if not stems(term, language):
        return "no_word"
    return None


def lead_language(text: str, language: str) -> str:
    return language if language in TERM_LANGUAGES else guess_language(text)


def _said(phrase: tuple[str, ...], words: tuple[str, ...], word_set: frozenset[str]) -> bool:
    if len(phrase) == 1:
        return phrase[0] in word_set
    width = len(phrase)
    return any(words[start : start + width] == phrase for start in range(len(words) - width + 1))


@dataclass(frozen=True)
class TopicRule:
    """One topic's terms in one language, stemmed once."""

    topic_id: int
    any: tuple[tuple[str, ...], ...]
    all: tuple[tuple[str, ...], ...]
    exclude: tuple[tuple[str, ...], ...]

    def matches(self, words: tuple[str, ...]) -> bool:
        if not (self.any or self.all):
            return False
        word_set = frozenset(words)
        return (
            (not self.any or any(_said(phrase, words, word_set) for phrase in self.any))
            and all(_said(phrase, words, word_set) for phrase in self.all)
            and not any(_said(phrase, words, word_set) for phrase in self.exclude)
        )


def rules_for(topics) -> dict[str, list[TopicRule]]:
    """Every topic's rule in each language."""
    rules: dict[str, list[TopicRule]] = {language: [] for language in TERM_LANGUAGES}
    for topic in topics:
        for language in TERM_LANGUAGES:
            terms = topic.terms(language)
            compiled = {kind: tuple(p for p in (stems(t, language) for t in terms[kind]) if p) for kind in TERM_KINDS}
            rules[language].append(TopicRule(topic.pk, **compiled))
    return rules


def topics_of(text: str, language: str, rules: dict[str, list[TopicRule]]) -> set[int]:
    """The ids of the topics whose terms in the text's language it says."""
    language = lead_language(text, language)
    words = stems(text, language)
    return {rule.topic_id for rule in rules[language] if rule.matches(words)}
