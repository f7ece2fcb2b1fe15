"""Review of session 18's extraction passes (#16, review18): a long capitalised run costs untold_domain_end one pass,
and an amount whose currency is written in letters glued to its digits ("Sh26 billion") still states a figure in a
list after a colon, as "Covid-19" and "G20" do not. Lines and names invented for these tests."""

from claims.extraction.names import untold_domain_end
from tests.extraction.test_linear_time import assert_linear


def test_a_long_capitalised_run_after_a_title_s_domain_is_read_in_linear_time():
    assert_linear(untold_domain_end, lambda size: "Minister for Water and " + "Abc " * (size // 4), 2_000)

