"""A compact BM25 inverted index over integer term keys: per term, the documents that hold it
(uint32) and a quantised BM25 term weight (uint8). Built in chunks so memory stays bounded."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from store.tokens import doc_keys, group_starts, term_counts

K1 = 1.2
LEVELS = 255
MIN_CUT = 500
WORKERS = 2


@dataclass(frozen=True)
class Postings:
    terms: np.ndarray  # sorted uint32 keys
    indptr: np.ndarray  # int64, len(terms) + 1
    docs: np.ndarray  # uint32
    weights: np.ndarray  # uint8, tf part of BM25 scaled to 0..255
    idf: np.ndarray  # float32 per term

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in (self.terms, self.indptr, self.docs, self.weights, self.idf))

    def add_scores(
        self,
        scores: np.ndarray,
        keys: Iterable[int],
        boost: float = 1.0,
        touched: list[np.ndarray] | None = None,
        matched: np.ndarray | None = None,
    ) -> int:
        """Add each key's BM25 contribution to `scores`, the documents it reached to `touched`,
        and one to `matched` for each key a document holds; returns how many keys were known."""
        known = 0
        scale = boost * (K1 + 1) / LEVELS
        wanted = np.asarray(list(keys), dtype=np.uint32)
        if not wanted.size or not self.terms.size:
            return 0
        found = np.searchsorted(self.terms, wanted)
        for key, i in zip(wanted.tolist(), found.tolist(), strict=True):
            if i >= self.terms.size or self.terms[i] != key:
                continue
            known += 1
            lo, hi = self.indptr[i], self.indptr[i + 1]
            docs = self.docs[lo:hi]
            scores[docs] += self.weights[lo:hi] * np.float32(self.idf[i] * scale)
            if touched is not None:
                touched.append(docs)
            if matched is not None:
                matched[docs] += 1
        return known

    def df(self, key: int) -> int:
        i = int(np.searchsorted(self.terms, np.uint32(key)))
        if i >= self.terms.size or self.terms[i] != key:
            return 0
        return int(self.indptr[i + 1] - self.indptr[i])


def build_postings(
    chunks: Callable[[], Iterable[list[str]]],
    n_docs: int,
    lengths: np.ndarray,
    *,
    unigrams: bool,
    b: float,
    max_df: float = 1.0,
    on_chunk: Callable[[list[str]], None] | None = None,
) -> Postings:
    """Two passes over `chunks()` (lists of texts, in document order): document frequencies,
    then postings written in place. Terms in more than `max_df` of documents are left out.
    `on_chunk` sees every chunk of the first pass (to gather other facts in the same read)."""
    avgdl = float(lengths.mean()) if lengths.size else 1.0
    vocab, df = _document_frequencies(chunks(), unigrams, on_chunk)
    # the cut only matters for a large archive: a small one keeps every pair
    keep = df <= max(MIN_CUT, int(max_df * n_docs)) if max_df < 1.0 else np.ones(df.size, bool)
    terms = vocab[keep]
    kept_df = df[keep]
    indptr = np.zeros(terms.size + 1, dtype=np.int64)
    np.cumsum(kept_df, out=indptr[1:])
    docs = np.zeros(int(indptr[-1]), dtype=np.uint32)
    weights = np.zeros(int(indptr[-1]), dtype=np.uint8)
    cursor = indptr[:-1].copy()
    base = 0
    for n, (d, k, tf) in counted(chunks(), unigrams):  # sorted by key, then doc
        d = d + np.uint32(base)
        base += n
        starts = group_starts(k)
        sizes = np.diff(np.append(starts, k.size))
        where = np.searchsorted(terms, k[starts])
        where[where >= terms.size] = 0
        present = terms[where] == k[starts] if terms.size else np.zeros(starts.size, bool)
        idx = np.repeat(where, sizes)
        mask = np.repeat(present, sizes)
        rank = np.arange(k.size) - np.repeat(starts, sizes)
        d, idx, tf, rank = d[mask], idx[mask], tf[mask], rank[mask]
        pos = cursor[idx] + rank
        norm = K1 * (1 - b + b * lengths[d] / avgdl)
        w = tf * (K1 + 1) / (tf + norm)
        docs[pos] = d
        weights[pos] = np.clip(np.rint(w / (K1 + 1) * LEVELS), 1, LEVELS).astype(np.uint8)
        cursor[where[present]] += sizes[present]
    idf = np.log(1 + (n_docs - kept_df + 0.5) / (kept_df + 0.5)).astype(np.float32)
    return Postings(terms, indptr, docs, weights, idf)


def counted(
    chunks: Iterable[list[str]], unigrams: bool, on_chunk: Callable[[list[str]], None] | None = None
) -> Iterator[tuple[int, tuple[np.ndarray, np.ndarray, np.ndarray]]]:
    """(chunk size, term counts) per chunk, in order, computed on two threads (NumPy releases
    the GIL while it sorts) while the next chunk is read."""
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        pending: deque[tuple[int, Future[tuple[np.ndarray, np.ndarray, np.ndarray]]]] = deque()
        for texts in chunks:
            pending.append((len(texts), pool.submit(_count, texts, unigrams)))
            if on_chunk:
                on_chunk(texts)
            while len(pending) > WORKERS:
                n, fut = pending.popleft()
                yield n, fut.result()
        while pending:
            n, fut = pending.popleft()
            yield n, fut.result()


def _count(texts: list[str], unigrams: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return term_counts(*doc_keys(texts, unigrams))


def _document_frequencies(
    chunks: Iterable[list[str]], unigrams: bool, on_chunk: Callable[[list[str]], None] | None
) -> tuple[np.ndarray, np.ndarray]:
    parts_k: list[np.ndarray] = []
    parts_c: list[np.ndarray] = []
    for _n, (_, k, _) in counted(chunks, unigrams, on_chunk):
        starts = group_starts(k)
        parts_k.append(k[starts])
        parts_c.append(np.diff(np.append(starts, k.size)))
    if not parts_k:
        return np.zeros(0, np.uint32), np.zeros(0, np.int64)
    keys = np.concatenate(parts_k)
    counts = np.concatenate(parts_c)
    order = np.argsort(keys, kind="stable")
    keys, counts = keys[order], counts[order]
    starts = group_starts(keys)
    return keys[starts], (np.add.reduceat(counts, starts) if keys.size else counts)


def save(p: Postings, prefix: str, out: dict[str, np.ndarray]) -> None:
    for name in ("terms", "indptr", "docs", "weights", "idf"):
        out[f"{prefix}_{name}"] = getattr(p, name)


def load(prefix: str, arrays: dict[str, np.ndarray] | np.lib.npyio.NpzFile) -> Postings:
    return Postings(*(arrays[f"{prefix}_{name}"] for name in ("terms", "indptr", "docs", "weights", "idf")))
