import io
import re
from unittest.mock import patch

from django.core.management import call_command


def _run(lines: str, language: str) -> list[str]:
    output = io.StringIO()
    with patch("sys.stdin", io.StringIO(lines)):
        call_command("score_sentences", "--lang", language, stdout=output)
    return output.getvalue().splitlines()


def test_it_prints_a_score_and_a_flag_per_line_in_order():
    lines = _run("The unemployment rate fell to 3.5 percent in 2019.\nThank you very much.\n", "en")
    assert len(lines) == 2
    assert all(re.fullmatch(r"\d\.\d{4}\t[01]", line) for line in lines)
    assert [line.split("\t")[1] for line in lines] == ["1", "0"]


def test_it_scores_french_lines():
    lines = _run("Selon l’Insee, le chômage a baissé de 2 % en 2024.\nMerci beaucoup.\n", "fr")
    assert [line.split("\t")[1] for line in lines] == ["1", "0"]
