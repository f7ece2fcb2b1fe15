import random

from claims.extraction.duplicates import SAME_SENTENCE_OVERLAP, group_duplicates, overlap


def _pairwise_groups(stems):
    """The definition: each sentence repeats the first earlier sentence that repeats nothing and overlaps enough."""
    representative = list(range(len(stems)))
    for index in range(len(stems)):
        for earlier in range(index):
            if representative[earlier] == earlier and overlap(stems[index], stems[earlier]) >= SAME_SENTENCE_OVERLAP:
                representative[index] = earlier
                break
    return representative


def test_the_stem_index_gives_the_pairwise_answer():
    randomiser = random.Random(11)
    vocabulary = [f"stem{number}" for number in range(12)]
    for _ in range(300):
        pool = [frozenset(randomiser.sample(vocabulary, randomiser.randint(0, 7))) for _ in range(6)]
        stems = [randomiser.choice(pool) for _ in range(randomiser.randint(0, 25))]  # exact repeats included
        assert group_duplicates(stems) == _pairwise_groups(stems)
