"""The shared claim-matching data (CheckThat! 2022 task 2A, ../shared/data/claim-matching-en) run
through the desk's own import and matching, and a plain BM25 over the same fact-checks to compare.

Used by bench/eval_matching.py and by the quality-floor test. The data is read where it lies and
never copied into the project.
"""

import csv
import json
import math
import re
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import Stemmer

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "claim-matching-en"
TOP = 5
STEMMER = Stemmer.Stemmer("english")


def read_tsv(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def factchecks(data: Path = DATA) -> list[dict]:
    return read_tsv(data / "factchecks.tsv")


def queries(name: str, data: Path = DATA) -> list[dict]:
    """[{"id", "text", "relevant": set of fact-check ids}]"""
    return [{**row, "relevant": set(row["relevant"].split(","))} for row in read_tsv(data / f"{name}.tsv")]


def as_claimreviews(rows: list[dict]) -> bytes:
    """The fact-checks as the ClaimReview JSON-LD a newsroom's archive exports; the data has no
    rating, so each says so."""

    def iso(day: str) -> str:
        try:
            return datetime.strptime(day.strip(), "%d %B %Y").date().isoformat()
        except ValueError:
            return ""

    reviews = [
        {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": row["url"],
            "claimReviewed": row["claim"],
            "headline": row["title"],
            "datePublished": iso(row["date"]),
            "inLanguage": "en",
            "author": {"@type": "Organization", "name": "Snopes"},
            "reviewRating": {"@type": "Rating", "alternateName": "not in the data"},
        }
        for row in rows
    ]
    return json.dumps(reviews).encode()


def average_precision(ranked: list[str], relevant: set[str]) -> float:
    hits, total = 0, 0.0
    for rank, item in enumerate(ranked[:TOP], start=1):
        if item in relevant:
            hits += 1
            total += hits / rank
    return total / min(len(relevant), TOP)


def scores(rankings: list[list[str]], queries_: list[dict]) -> tuple[float, float]:
    """(MAP@5, Recall@5: a relevant fact-check among the five)."""
    aps = [average_precision(ranked, query["relevant"]) for ranked, query in zip(rankings, queries_, strict=True)]
    found = [bool(set(ranked[:TOP]) & query["relevant"]) for ranked, query in zip(rankings, queries_, strict=True)]
    return sum(aps) / len(aps), sum(found) / len(found)


class PlainBm25:
    """Okapi BM25 (k1 1.2, b 0.75) over the fact-check's claim, lower-cased words with English
    Snowball stemming: the lab's baseline, as strong as the issue measured it."""

    def __init__(self, documents: dict[str, str], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.postings = defaultdict(list)
        self.lengths = {}
        for key, text in documents.items():
            words = self.words(text)
            self.lengths[key] = len(words)
            for word, count in Counter(words).items():
                self.postings[word].append((key, count))
        self.mean_length = sum(self.lengths.values()) / max(len(self.lengths), 1)

    @staticmethod
    def words(text: str) -> list[str]:
        return STEMMER.stemWords(re.findall(r"\w+", text.lower()))

    def rank(self, text: str, top: int = TOP) -> list[str]:
        totals = Counter()
        documents = len(self.lengths)
        for word in set(self.words(text)):
            postings = self.postings.get(word, [])
            idf = math.log(1 + (documents - len(postings) + 0.5) / (len(postings) + 0.5))
            for key, count in postings:
                norm = self.k1 * (1 - self.b + self.b * self.lengths[key] / self.mean_length)
                totals[key] += idf * count * (self.k1 + 1) / (count + norm)
        return [key for key, _score in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:top]]


def import_factchecks(rows: list[dict]) -> dict[int, str]:
    """Import through the desk's own path (publishing.importing, as `import_claimreviews` does),
    holding back the embedding tasks the import queues: the desk's worker would embed every
    fact-check, but only those the semantic stage reads change a ranking, and `embed_needed`
    embeds exactly those. Returns {ExternalFactCheck pk: data id}."""
    from unittest import mock

    from publishing import match_index
    from publishing.importing import claimreviews_import
    from publishing.models import ExternalFactCheck

    with mock.patch.object(match_index, "enqueue_embedding"):
        claimreviews_import(as_claimreviews(rows))
    ids_by_url = {row["url"]: row["id"] for row in rows}
    return {pk: ids_by_url[url] for pk, url in ExternalFactCheck.objects.values_list("pk", "url")}


def embed_needed(texts: list[str]) -> int:
    """Embed (with the worker's own function) the rows the semantic stage will read for these
    texts: the lexical stage's top candidates of each. Returns how many were embedded."""
    from publishing import match_index, match_search

    needed = defaultdict(set)
    for text in texts:
        query = match_search.QueryWords.of(match_search.clean_incoming(text))
        for hit in match_search.lexical_stage(query)[: match_search.RERANKED_CANDIDATES]:
            needed[hit.kind].add(hit.pk)
    done = 0
    for kind, pks in needed.items():
        ordered = sorted(pks)
        for start in range(0, len(ordered), match_index.EMBEDDING_BATCH):
            done += match_index.embed_rows(kind, ordered[start : start + match_index.EMBEDDING_BATCH])
    return done


def build_vector_index() -> int:
    """Index the embedded rows as the matching worker does once enough have gathered, so that the
    semantic stage finds the nearest rows through the shared index, as it does at scale. Returns
    how many rows it holds."""
    from datetime import timedelta

    from publishing import vector_index
    from publishing.match_index import INDEXED

    # Every row was embedded minutes ago: without the margin none is also compared exactly.
    vector_index.COMMIT_MARGIN = timedelta(0)
    return sum(vector_index.build(kind) for kind in INDEXED)


def desk_suggestions(texts: list[str], data_id_of: dict[int, str], *, threshold: float | None = None):
    """What the desk suggests for each text (publishing.match_search.search, as the API and
    the `match` command call it): [(data id, score)], best first."""
    from publishing import match_search

    return [
        [(data_id_of[hit.pk], hit.score) for hit in match_search.search(text, threshold=threshold)] for text in texts
    ]


def above(suggestions, threshold: float) -> list[list[str]]:
    """The rankings a higher threshold leaves (search ranks first, then cuts at the threshold)."""
    return [[key for key, score in ranked if score >= threshold] for ranked in suggestions]
