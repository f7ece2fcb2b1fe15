import random

from claims.extraction import duplicates, extract
from claims.extraction.duplicates import (
    SAME_SENTENCE_OVERLAP,
    content_stems,
    group_duplicates,
    overlap,
    states_other_figures,
)


def _pairwise_groups(stems):
    """The definition: each sentence repeats the first earlier sentence that repeats nothing and overlaps enough."""
    representative = list(range(len(stems)))
    for index in range(len(stems)):
        for earlier in range(index):
            if (
                representative[earlier] == earlier
                and overlap(stems[index], stems[earlier]) >= SAME_SENTENCE_OVERLAP
                and not states_other_figures(stems[index], stems[earlier])
            ):
                representative[index] = earlier
                break
    return representative


def test_the_stem_index_gives_the_pairwise_answer():
    randomiser = random.Random(11)
    vocabulary = [f"stem{number}" for number in range(12)] + ["12", "340", "2024"]  # figures too
    for _ in range(300):
        pool = [frozenset(randomiser.sample(vocabulary, randomiser.randint(0, 7))) for _ in range(6)]
        stems = [randomiser.choice(pool) for _ in range(randomiser.randint(0, 25))]  # exact repeats included
        assert group_duplicates(stems) == _pairwise_groups(stems)


# Ninth pass (#16): two counts told in the same words are two claims; the sentences are written for the test.
def test_sentences_alike_but_for_their_figures_are_not_repeats():
    first = "La manifestation des enseignants a réuni 12.400 personnes à Lyon, selon la préfecture du Rhône."
    second = "La manifestation des cheminots a réuni 8.900 personnes à Lyon, selon la préfecture du Rhône."
    result = extract(f"Grève à Lyon\n{first}\n{second}\n", language="fr")
    texts = [sentence.text for sentence in result.claims + result.candidates]
    assert first in texts and second in texts


def test_a_summary_keeping_some_of_the_figures_still_repeats_the_body():
    body = "Unemployment fell to 7.1 percent in March, its lowest level since 2008, the statistics office said."
    summary = "Unemployment fell to 7.1 percent in March, the statistics office said."
    result = extract(f"Jobs report\n{body}\n{summary}\n", language="en")
    assert [sentence.text for sentence in result.claims + result.candidates] == [body]


def test_sentences_told_in_the_same_words_with_other_figures_are_each_compared_with_a_bounded_number_before(
    monkeypatch,
):
    # None repeats another (each states a figure the others do not): every one stays a candidate for the next.
    stems = [content_stems(f"The rally gathered {count} people in Paris, the union said.") for count in range(3000)]
    comparisons = 0

    def counted_overlap(first, second):
        nonlocal comparisons
        comparisons += 1
        return overlap(first, second)

    monkeypatch.setattr(duplicates, "overlap", counted_overlap)
    assert duplicates.group_duplicates(stems) == list(range(3000))
    assert comparisons <= duplicates.SENTENCES_PER_STEM_MAX * len(stems)
