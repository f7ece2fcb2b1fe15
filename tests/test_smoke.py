from claims.extraction import extract


def test_it_extracts_a_sentence_with_a_figure():
    result = extract("The unemployment rate fell to 3.5 percent in 2019, the Labor Department said.")
    assert [c.text for c in result.claims] == [
        "The unemployment rate fell to 3.5 percent in 2019, the Labor Department said."
    ]
