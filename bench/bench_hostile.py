"""Worst time per MB over the hostile inputs (bench/hostile_inputs.py), for extraction and each reader, beside a
normal article of the same size.

    DEBUG=1 .venv/bin/python bench/bench_hostile.py --kilobytes 200

Times are this process's CPU time, best of three runs. "worst/normal" is how many times longer the worst hostile
input takes than normal prose of the same size: it must stay a small constant at every size.
"""

import argparse
import os
import sys
import time
from contextlib import suppress
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-0123456789")

import django  # noqa: E402

django.setup()

from bench import hostile_inputs  # noqa: E402
from claims import readers  # noqa: E402
from claims.extraction import extract  # noqa: E402


def cpu_seconds(run, argument) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        with suppress(readers.UnreadableInput):
            run(argument)
        best = min(best, time.process_time() - started)
    return best


def upload(name):
    return lambda text: readers.read_upload(name, text.encode("utf-8") if isinstance(text, str) else text)


def normal_prose(size):
    return hostile_inputs.text_inputs()["normal prose"](size)


TARGETS = {
    "extraction": (extract, hostile_inputs.text_inputs(), normal_prose),
    ".txt reader": (upload("a.txt"), hostile_inputs.text_inputs(), normal_prose),
    ".md reader": (upload("a.md"), hostile_inputs.markdown_inputs(), normal_prose),
    ".html reader": (upload("a.html"), hostile_inputs.html_inputs(), hostile_inputs.html_inputs()["many paragraphs"]),
    ".pdf reader": (upload("a.pdf"), hostile_inputs.pdf_inputs(), hostile_inputs.pdf_inputs()["normal prose"]),
    "transcript readers": (
        upload("a.vtt"),
        hostile_inputs.transcript_inputs(),
        hostile_inputs.transcript_inputs()["tiny cues ending sentences"],
    ),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kilobytes", type=int, default=200, help="size of each input")
    parser.add_argument("--target", action="append", choices=TARGETS, help="measure only these (repeatable)")
    arguments = parser.parse_args()
    size = arguments.kilobytes * 1024
    print(f"inputs of {size // 1024} KB; seconds per MB of input (CPU)")
    print(f"{'target':14} {'normal':>8} {'worst':>8} {'worst/normal':>13}  worst input")
    for target, (run, inputs, normal) in TARGETS.items():
        if arguments.target and target not in arguments.target:
            continue
        per_mb = 1024 * 1024 / size
        baseline = cpu_seconds(run, normal(size)) * per_mb
        worst_name, worst = max(
            ((name, cpu_seconds(run, make(size)) * per_mb) for name, make in inputs.items()), key=lambda row: row[1]
        )
        print(f"{target:14} {baseline:8.2f} {worst:8.2f} {worst / baseline:13.1f}  {worst_name}")


if __name__ == "__main__":
    main()
