"""A shortened name looked up whole: each name a page gives is recorded under the runs of words it ends with, so that
"the Labor Department" finds "the US Labor Department" and "Zelenskyy" finds "Volodymyr Zelenskyy"."""

# The longest shortened name looked up whole ("Centers for Disease Control and Prevention" after "the US Centers …").
SHORTENED_NAME_MAX_WORDS = 6


def index_endings(by_ending: dict[tuple[str, ...], str], name: str, *, replace: bool) -> None:
    """Records `name` under each shorter run of words it ends with, replacing a name recorded before or not."""
    words = name.split()
    for length in range(1, min(len(words), SHORTENED_NAME_MAX_WORDS + 1)):
        ending = tuple(words[-length:])
        if replace or ending not in by_ending:
            by_ending[ending] = name


def first_of_two_people(name: str, by_ending: dict[tuple[str, ...], str]) -> str:
    """The first of two people a name joined by "and" stands for, whole ("Melton and Malone" after "Sheriff Jackie
    Melton and Chief Deputy Brian Malone": Jackie Melton, as the first named source of a claim is its speaker), when
    each side ends a different name of `by_ending`; else "". Two names of a company ("Marks and Spencer") end no
    person's name, and "Johnson and Johnson" ends one."""
    first, joiner, second = name.partition(" and ")
    people = [by_ending.get(tuple(part.split()), "") for part in (first, second)] if joiner else []
    return people[0] if len(set(people)) == 2 and "" not in people else ""
