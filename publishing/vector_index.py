"""Claim matching, the nearest rows by meaning without holding every embedding in each process.

One approximate-nearest-neighbour index per table (usearch's HNSW graph, vectors as float16) in a file
under FACTCHECK_VECTOR_INDEX_DIR, which every process of the machine maps read-only: the pages are
shared, so four workers cost the memory of one. Rows embedded since the file was written are held
by each process in memory and compared exactly (publishing.match_search.RecentVectors). The
matching worker folds them into the file once FACTCHECK_VECTOR_INDEX_PENDING_ROWS have gathered
(`update_vector_index`, queued after each batch of embeddings); `manage.py reindex_matching`
rebuilds it from nothing. With no file, every embedded row counts as recent, as before there was one.

The index only proposes candidates: their cosines are computed again from the stored embeddings.
A row whose embedding changed since is found by its new one among the recent rows; a deleted row
is dropped when its id is no longer in the table.
"""

import fcntl
import json
import logging
import os
import time
from datetime import datetime, timedelta
from pathlib import Path

import numpy as np
from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from publishing import embedding
from publishing.match_index import INDEXED

logger = logging.getLogger(__name__)

# HNSW parameters, measured on 1M rows for recall against exact search, build time and size (BENCHMARKS.md).
CONNECTIVITY = 16
EXPANSION_ADD = 64
EXPANSION_SEARCH = 128
# int8 halves the file but missed 6 % of the rows within 0.005 of the exact tenth cosine; float16 none.
VECTOR_DTYPE = "f16"
# A row's embedding is stored a moment before its transaction commits, so a build may miss a row
# embedded just before the newest it read: readers count the rows embedded within this margin of
# the build's newest as recent too (found twice at worst, never missed).
COMMIT_MARGIN = timedelta(minutes=1)
# Rows read from the database per round trip while building.
BUILD_BATCH = 10_000


def _directory() -> Path:
    return Path(settings.FACTCHECK_VECTOR_INDEX_DIR)


def _manifest_path(kind: str) -> Path:
    return _directory() / f"{kind}.json"


def manifest(kind: str) -> dict | None:
    """The current index of a table: {"file", "rows", "embedded_until"}; None when there is none."""
    try:
        return json.loads(_manifest_path(kind).read_text())
    except (FileNotFoundError, ValueError):
        return None


class SharedIndex:
    """A process's read-only view of a table's index file, opened again when a newer one is written."""

    def __init__(self, kind: str):
        self.kind = kind
        self.stamp = None
        self.view = None
        self.recent_after = None

    def refresh(self) -> None:
        path = _manifest_path(self.kind)
        try:
            status = path.stat()
            stamp = (str(path), status.st_ino, status.st_mtime_ns)
        except FileNotFoundError:
            stamp = None
        if stamp == self.stamp:
            return
        current = manifest(self.kind)
        self.view, self.recent_after = None, None
        if current is not None:
            try:
                self.view = _restore(_directory() / current["file"], view=True)
                self.recent_after = datetime.fromisoformat(current["embedded_until"]) - COMMIT_MARGIN
            except (OSError, RuntimeError, ValueError):
                logger.warning("Vector index of %s rows unreadable; exact search over recent rows only", self.kind)
                self.view = None
        self.stamp = stamp

    def nearest(self, query: np.ndarray, limit: int) -> list[tuple[int, float]]:
        """(row id, approximate cosine) of the `limit` nearest indexed rows."""
        if self.view is None or not len(self.view):
            return []
        self.view.expansion_search = max(EXPANSION_SEARCH, limit)
        found = self.view.search(query.astype(np.float32), limit, threads=1)
        return [(int(key), 1.0 - float(distance)) for key, distance in zip(found.keys, found.distances, strict=True)]


def _restore(path: Path, *, view: bool):
    from usearch.index import Index

    index = Index.restore(str(path), view=view)
    if index is None:
        raise ValueError(f"not a vector index: {path}")
    return index


def _new_index():
    from usearch.index import Index

    return Index(
        ndim=embedding.DIMENSIONS,
        metric="cos",
        dtype=VECTOR_DTYPE,
        connectivity=CONNECTIVITY,
        expansion_add=EXPANSION_ADD,
        expansion_search=EXPANSION_SEARCH,
    )


def _embedded_rows(model, after=None):
    """(ids, vectors) of the embedded rows, those embedded after `after` only if given, in batches."""
    rows = model.objects.filter(embedding__isnull=False)
    if after is not None:
        rows = rows.filter(embedded_at__gt=after)
    batch_ids, batch_vectors = [], []
    for pk, raw in rows.order_by("pk").values_list("pk", "embedding").iterator(chunk_size=BUILD_BATCH):
        batch_ids.append(pk)
        batch_vectors.append(np.frombuffer(bytes(raw), dtype=embedding.STORED_DTYPE))
        if len(batch_ids) == BUILD_BATCH:
            yield np.array(batch_ids, dtype=np.uint64), np.stack(batch_vectors).astype(np.float32)
            batch_ids, batch_vectors = [], []
    if batch_ids:
        yield np.array(batch_ids, dtype=np.uint64), np.stack(batch_vectors).astype(np.float32)


class _Lock:
    """One builder per table and machine; another one arriving meanwhile gives way (the rows it
    would add stay recent, and the next batch of embeddings asks again)."""

    def __init__(self, kind: str):
        _directory().mkdir(parents=True, exist_ok=True)
        self.file = open(_directory() / f"{kind}.lock", "w")  # noqa: SIM115 (held until release)

    def acquire(self, wait: bool) -> bool:
        try:
            fcntl.flock(self.file, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
            return True
        except BlockingIOError:
            self.file.close()
            return False

    def release(self) -> None:
        fcntl.flock(self.file, fcntl.LOCK_UN)
        self.file.close()


def _publish(kind: str, index, embedded_until, previous: dict | None) -> None:
    """Write the file under a new name, then point the manifest at it (each step atomic): a reader
    maps either the old file or the new one, whole. The old file's pages stay readable by those
    still mapping it until they move on."""
    name = f"{kind}-{time.time_ns()}.usearch"
    index.save(str(_directory() / f".{name}"))
    os.replace(_directory() / f".{name}", _directory() / name)
    written = {"file": name, "rows": len(index), "embedded_until": embedded_until.isoformat()}
    temporary = _directory() / f".{kind}.json"
    temporary.write_text(json.dumps(written))
    os.replace(temporary, _manifest_path(kind))
    if previous is not None:
        (_directory() / previous["file"]).unlink(missing_ok=True)


def build(kind: str, progress=lambda done, total: None) -> int:
    """Index every embedded row of the table from nothing. Returns the rows indexed."""
    model, _text_of = INDEXED[kind]
    lock = _Lock(kind)
    lock.acquire(wait=True)
    try:
        total = model.objects.filter(embedding__isnull=False).count()
        embedded_until = model.objects.aggregate(newest=Max("embedded_at"))["newest"] or timezone.now()
        index = _new_index()
        for ids, vectors in _embedded_rows(model):
            index.add(ids, vectors, threads=settings.FACTCHECK_EMBEDDING_THREADS)
            progress(len(index), total)
        _publish(kind, index, embedded_until, manifest(kind))
        return len(index)
    finally:
        lock.release()


def pending_rows(kind: str) -> int:
    """Rows embedded since the index was written (all embedded rows when there is none)."""
    model, _text_of = INDEXED[kind]
    current = manifest(kind)
    rows = model.objects.filter(embedding__isnull=False)
    if current is not None:
        rows = rows.filter(embedded_at__gt=datetime.fromisoformat(current["embedded_until"]))
    return rows.count()


def update(kind: str) -> int:
    """Fold the rows embedded since the index was written into it, once there are
    FACTCHECK_VECTOR_INDEX_PENDING_ROWS of them (build it when there is none). Returns the rows
    added; 0 when too few are waiting or another process is at it. Running again adds nothing."""
    if pending_rows(kind) < settings.FACTCHECK_VECTOR_INDEX_PENDING_ROWS:
        return 0
    lock = _Lock(kind)
    if not lock.acquire(wait=False):
        return 0
    try:
        current = manifest(kind)
        if current is None:
            lock.release()
            lock = None
            return build(kind)
        model, _text_of = INDEXED[kind]
        embedded_until = model.objects.aggregate(newest=Max("embedded_at"))["newest"]
        index = _restore(_directory() / current["file"], view=False)
        added = 0
        after = datetime.fromisoformat(current["embedded_until"]) - COMMIT_MARGIN
        for ids, vectors in _embedded_rows(model, after=after):
            # Re-embedded rows replace their old vector.
            index.remove([key for key in ids.tolist() if key in index])
            index.add(ids, vectors, threads=settings.FACTCHECK_EMBEDDING_THREADS)
            added += len(ids)
        _publish(kind, index, max(embedded_until, datetime.fromisoformat(current["embedded_until"])), current)
        return added
    finally:
        if lock is not None:
            lock.release()
