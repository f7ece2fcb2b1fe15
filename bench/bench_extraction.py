"""Extraction speed per stage, in ~600-word articles per second on one core, and peak memory.

    DEBUG=1 .venv/bin/python bench/bench_extraction.py --seconds 3

Articles are built from the project's own test texts (tests/extraction/fixtures), repeated and shuffled to ~600 words.
Times are this process's CPU time, and the stages take turns in short rounds, each keeping its best: other processes
on a shared machine then slow all stages alike, and the ratio between them stays meaningful.
"""

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
os.environ.setdefault("SECRET_KEY", "benchmark-only-secret-key-not-for-production-use-0123456789")

import django  # noqa: E402

django.setup()

from claims.extraction import extract  # noqa: E402
from claims.extraction.attribution import SpeakerTracker  # noqa: E402
from claims.extraction.cleaning import clean  # noqa: E402
from claims.extraction.model import score  # noqa: E402
from claims.extraction.pipeline import segment  # noqa: E402

ARTICLE_WORDS = 600
ROUNDS = 5


def build_articles(count: int = 20) -> list[tuple[str, str]]:
    """(language, text) pairs of about ARTICLE_WORDS words, clutter included."""
    randomiser = random.Random(7)
    articles = []
    for path, language in (("tram-en.txt", "en"), ("hopitaux-fr.txt", "fr")):
        header, *body = (REPO / "tests/extraction/fixtures" / path).read_text(encoding="utf-8").splitlines()
        for _ in range(count // 2):
            lines = [header]
            while sum(len(line.split()) for line in lines) < ARTICLE_WORDS:
                lines.extend(randomiser.sample(body, len(body)))
            articles.append((language, "\n".join(lines)))
    return articles


def rate(articles, run, seconds: float) -> float:
    """Articles per CPU second for `run(language, text)`, repeated for at least `seconds` of CPU time."""
    done, started = 0, time.process_time()
    while time.process_time() - started < seconds:
        for language, text in articles:
            run(language, text)
        done += len(articles)
    return done / (time.process_time() - started)


def best_rates(articles, stages: dict, seconds: float) -> dict[str, float]:
    """Each stage's best rate over ROUNDS interleaved rounds, `seconds` per stage in all."""
    best = dict.fromkeys(stages, 0.0)
    for _ in range(ROUNDS):
        for name, run in stages.items():
            best[name] = max(best[name], rate(articles, run, seconds / ROUNDS))
    return best


def cleaning(language, text):
    clean(text)


def segmentation(language, text):
    segment(text)  # the pipeline's own segmentation step: cleaning, then splitting the prose blocks


def pysbd_segmentation(language, text, _segmenters: dict = {}):  # noqa: B006 -- a per-process cache
    import pysbd

    segmenter = _segmenters.setdefault(language, pysbd.Segmenter(language=language, clean=False, char_span=True))
    segmenter.segment(text)


def _sentences(text):
    return [text[start:end] for start, end in segment(text)[1]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent on each stage")
    seconds = parser.parse_args().seconds
    articles = build_articles()
    words = sum(len(text.split()) for _, text in articles) / len(articles)
    sentences = {text: _sentences(text) for _, text in articles}
    extract(articles[0][1])  # load the model outside the timings

    def scoring(language, text):
        for sentence in sentences[text]:
            score(sentence, language)

    def attribution(language, text):
        tracker = SpeakerTracker()
        for sentence in sentences[text]:
            tracker.speaker_of(sentence)

    def whole(language, text):
        extract(text, language=None)

    stages = {
        "cleaning": cleaning,
        "segmentation (clean + split)": segmentation,
        "scoring (pre-split)": scoring,
        "attribution (pre-split)": attribution,
        "whole extract()": whole,
        "pysbd segmentation alone": pysbd_segmentation,
    }
    print(
        f"{len(articles)} articles, {words:.0f} words each on average, one core, {seconds:g} s per stage "
        f"(best of {ROUNDS} interleaved rounds)"
    )
    figures = best_rates(articles, stages, seconds)
    for name, per_second in figures.items():
        print(f"{name:32s} {per_second:9.1f} articles/s  {1000 / per_second:7.2f} ms/article")
    ratio = figures["segmentation (clean + split)"] / figures["whole extract()"]
    print(f"whole pipeline / segmentation cost: {ratio:.2f}x")
    tracemalloc.start()
    for _, text in articles:
        extract(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"peak traced memory during extraction: {peak / 2**20:.1f} MiB")
    print(f"max resident set size of the process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
